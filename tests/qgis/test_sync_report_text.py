"""The sync's message says first what needs the user (issue 16's walk-through: on a 1366×768 screen the
message bar showed "Sync finished: 0 changes received, 1 change sent." and cut off the refusal)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from qgis.core import Qgis

from mapujpomoc_qgis.gui.sync_runner import report_level, report_text


def _task(refused: int = 0, conflicts: int = 0) -> Any:
    report = SimpleNamespace(pulled={"aid_points": 3}, pushed={"aid_points": 1},
                             refused=[{"id": str(i), "collection": "aid_points"} for i in range(refused)],
                             conflicts=conflicts)
    return SimpleNamespace(report=report)


def test_refusals_and_conflicts_come_before_the_counts(qgis_app: Any) -> None:
    text = report_text(_task(refused=1, conflicts=2))
    assert text == ("1 change refused by the store; see the Sync panel. 2 features with conflicts to resolve. "
                    "Sync finished: 3 changes received, 1 change sent.")
    assert report_level(_task(refused=1)) == Qgis.MessageLevel.Warning


def test_a_clean_sync_says_the_counts_only(qgis_app: Any) -> None:
    assert report_text(_task()) == "Sync finished: 3 changes received, 1 change sent."
    assert report_level(_task()) == Qgis.MessageLevel.Success
