"""Fully scoped enums and no name the installed QGIS lacks, checked against the QGIS this suite runs on
(issue 17; scripts/qt6_ready.py, scripts/qt_scoped_enums.py).

It needs QGIS, so it lives here rather than in tests/unit: an enum member read through its class
(`Qt.AlignLeft`, `QgsTask.CanCancel`, `Qgis.Info`, `QVariant.String`) is found by resolving each attribute
chain of the source against the installed PyQt5 and QGIS; PyQt6 knows only the scoped spelling. Run on
QGIS 3.40 and 3.44 (make test-qgis) it also catches scoped names those versions no longer have.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))

import qt6_ready  # noqa: E402
import qt_scoped_enums  # noqa: E402
import qt_source  # noqa: E402

BEFORE = '''\
from qgis.core import Qgis, QgsFieldConstraints, QgsTask
from qgis.PyQt import QtCore
from qgis.PyQt.QtCore import Qt, QVariant
from qgis.PyQt.QtWidgets import QDialogButtonBox

title = "Zażółć gęślą jaźń"; flags = Qt.AlignLeft | Qt.AlignmentFlag.AlignTop  # a comment stays
buttons = QDialogButtonBox(QDialogButtonBox.Ok |
                           QDialogButtonBox.Cancel)
task_flags = QgsTask.CanCancel
level = Qgis.Info
constraint = (QgsFieldConstraints
              .ConstraintNotNull)
kind = QVariant.String
role = QtCore.Qt.UserRole + 1
dialog.exec_()
'''

AFTER = '''\
from qgis.core import Qgis, QgsFieldConstraints, QgsTask
from qgis.PyQt import QtCore
from qgis.PyQt.QtCore import Qt, QVariant
from qgis.PyQt.QtWidgets import QDialogButtonBox

title = "Zażółć gęślą jaźń"; flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop  # a comment stays
buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                           QDialogButtonBox.StandardButton.Cancel)
task_flags = QgsTask.Flag.CanCancel
level = Qgis.MessageLevel.Info
constraint = (QgsFieldConstraints
              .Constraint.ConstraintNotNull)
kind = QVariant.Type.String
role = QtCore.Qt.ItemDataRole.UserRole + 1
dialog.exec()
'''


def test_no_unscoped_enum_or_missing_name_in_the_plugin() -> None:
    uses, _static = qt6_ready.collect()
    problems = sorted(str(p) for p in qt6_ready.installed_problems(uses))
    assert not problems, "\n".join(problems)


def test_the_check_finds_unscoped_enums(tmp_path: Path) -> None:
    path = tmp_path / "sample.py"
    path.write_text(BEFORE, encoding="utf-8")
    unscoped, missing = qt6_ready.installed_findings(qt_source.uses_in(path))
    assert missing == []
    assert {(u.spelled, u.scoped) for u in unscoped} == {
        ("Qgis.Info", "Qgis.MessageLevel.Info"),
        ("QDialogButtonBox.Cancel", "QDialogButtonBox.StandardButton.Cancel"),
        ("QDialogButtonBox.Ok", "QDialogButtonBox.StandardButton.Ok"),
        ("QVariant.String", "QVariant.Type.String"),
        ("QgsFieldConstraints.ConstraintNotNull", "QgsFieldConstraints.Constraint.ConstraintNotNull"),
        ("QgsTask.CanCancel", "QgsTask.Flag.CanCancel"),
        ("Qt.AlignLeft", "Qt.AlignmentFlag.AlignLeft"),
        ("QtCore.Qt.UserRole", "QtCore.Qt.ItemDataRole.UserRole"),
    }


def test_the_check_finds_names_qgis_lacks(tmp_path: Path) -> None:
    path = tmp_path / "sample.py"
    path.write_text("from qgis.core import QgsNoSuchClass, QgsTask\nflag = QgsTask.Flag.NoSuchFlag\n",
                    encoding="utf-8")
    _unscoped, missing = qt6_ready.installed_findings(qt_source.uses_in(path))
    assert sorted(p.line for p in missing) == [1, 2]


def test_the_converter_scopes_them_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "sample.py"
    path.write_text(BEFORE, encoding="utf-8")
    assert qt_scoped_enums.main([str(path)]) == 0
    assert path.read_text(encoding="utf-8") == AFTER
    unscoped, _missing = qt6_ready.installed_findings(qt_source.uses_in(path))
    assert unscoped == []
    assert qt_scoped_enums.main([str(path)]) == 0 and path.read_text(encoding="utf-8") == AFTER  # idempotent


def test_the_converter_dry_run_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sample.py"
    path.write_text(BEFORE, encoding="utf-8")
    qt_scoped_enums.main(["--dry-run", str(tmp_path)])
    assert path.read_text(encoding="utf-8") == BEFORE
    assert "9 name(s) to change"  # 8 enums and exec_ in capsys.readouterr().out
