"""The unit tier: pure Python, no QGIS and no Qt.

QGIS cannot be blocked inside the whole suite's session: the pytest-qgis and pytest-qt plugins import
qgis and PyQt5 before any conftest, and the other tiers need them. So the unit tier is checked by
running it again on its own, in a pytest without those plugins
(`test_import_rules.py::test_the_unit_tier_runs_without_qgis`, which `make test` runs with the rest):

    MAPUJPOMOC_UNIT_NO_QGIS=1 python -m pytest -p no:pytest_qgis -p no:pytest-qt tests/unit

With MAPUJPOMOC_UNIT_NO_QGIS=1 this conftest installs an import hook at once, so importing `qgis`,
`PyQt5`, `PyQt6` or `sip` raises ImportError: a unit test that needs QGIS fails loudly there (it
belongs in tests/qgis). A run that has already imported them is a usage error, not a silent pass.
"""

from __future__ import annotations

import importlib.abc
import os
import sys

import pytest

BLOCKED = ("qgis", "PyQt5", "PyQt6", "sip")
NO_QGIS = os.environ.get("MAPUJPOMOC_UNIT_NO_QGIS") == "1"


class QgisBlocker(importlib.abc.MetaPathFinder):
    """Refuses every module of BLOCKED, so a unit test that reaches for QGIS or Qt fails."""

    def find_spec(self, fullname, path=None, target=None):  # type: ignore[no-untyped-def]
        if fullname.split(".")[0] in BLOCKED:
            raise ImportError(f"tests/unit runs without QGIS and Qt: {fullname} may not be imported here "
                              "(a test that needs QGIS belongs in tests/qgis)", name=fullname)
        return None


def _block_qgis() -> None:
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
    if loaded:
        raise pytest.UsageError(f"MAPUJPOMOC_UNIT_NO_QGIS=1 but {', '.join(loaded[:5])} are already imported: run "
                                "only tests/unit, with -p no:pytest_qgis -p no:pytest-qt")
    if not any(isinstance(f, QgisBlocker) for f in sys.meta_path):
        sys.meta_path.insert(0, QgisBlocker())


if NO_QGIS:
    _block_qgis()


def pytest_report_header() -> str:
    return "unit tier: qgis and Qt blocked" if NO_QGIS else "unit tier: QGIS may be loaded (checked in a subprocess)"
