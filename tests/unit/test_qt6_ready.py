"""QGIS 4 / Qt 6 readiness of the plugin's source, without QGIS (issue 17; scripts/qt6_ready.py).

- No `exec_()`/`print_()` and no Qt or sip imported around `qgis.PyQt`: read from the source alone.
- Every name the plugin takes from `qgis.PyQt`, and every attribute chain on it, exists in PyQt6
  (through QGIS's Qt 6 shim): resolved by PyQt6 from PyPI in its own venv (.venv-qt6, made on first use),
  in a subprocess, so this tier still never imports Qt. Where no PyQt6 can be installed (no network) that
  test skips and says why; under CI it fails instead, so CI never passes without having checked.

The unscoped enums of QGIS's own classes need the installed QGIS: tests/qgis/test_qt6_scoped_enums.py.
"""

from __future__ import annotations

import configparser
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))

import qt6_ready  # noqa: E402
import qt_source  # noqa: E402

SAMPLE = '''\
from qgis.PyQt.QtCore import Qt, QRegExp, QVariant
from qgis.PyQt.QtWidgets import QAction, QActionGroup, QDialogButtonBox, QShortcut
from qgis.PyQt import QtGui, sip
from qgis.core import QgsProject
import qgis.core as qc

label = "Zażółć gęślą jaźń"; align = Qt.AlignmentFlag.AlignLeft | Qt.AlignTop
ok = QDialogButtonBox.StandardButton.Ok
kind = QVariant.Type.String
QgsProject.instance().mapLayers()
brush = QtGui.QBrush(QtGui.QColor("red")).style()
layer = qc.QgsVectorLayer
'''


def _sample(tmp_path: Path, text: str = SAMPLE) -> Path:
    path = tmp_path / "sample.py"
    path.write_text(text, encoding="utf-8")
    return path


def _outside_pending(problems: list[qt_source.Problem]) -> list[str]:
    return sorted(str(p) for p in problems)


def test_no_exec_underscore_and_no_direct_qt_import() -> None:
    _uses, problems = qt6_ready.collect()
    assert not _outside_pending(problems), "\n".join(_outside_pending(problems))


def test_static_check_finds_qt5_spellings(tmp_path: Path) -> None:
    path = _sample(tmp_path, "from PyQt5.QtCore import Qt\nimport sip\nfrom qgis.PyQt import sip as qsip\n"
                             "dialog.exec_()\ndoc.print_(printer)\ndialog.exec()\n")
    found = [(p.line, p.message.split(" ")[0]) for p in qt_source.static_problems(path)]
    assert sorted(found) == [(1, "imports"), (2, "imports"), (4, "exec_()"), (5, "print_()")]


def test_uses_are_read_from_the_source(tmp_path: Path) -> None:
    path = _sample(tmp_path)
    dotted = {(u.module, u.dotted) for u in qt_source.uses_in(path)}
    assert ("qgis.PyQt.QtCore", "Qt.AlignmentFlag.AlignLeft") in dotted
    assert ("qgis.PyQt.QtCore", "Qt.AlignTop") in dotted
    assert ("qgis.PyQt.QtCore", "QRegExp") in dotted  # the import itself
    assert ("qgis.core", "QgsProject.instance") in dotted  # a chain stops at a call
    assert ("qgis.PyQt", "QtGui.QBrush") in dotted and ("qgis.PyQt", "QtGui.QColor") in dotted
    assert ("qgis", "core.QgsVectorLayer") in dotted  # import qgis.core as qc
    assert not any(d.endswith("mapLayers") or d.endswith("style") for _m, d in dotted)
    # columns count UTF-8 bytes in ast: the Polish text before Qt.AlignTop must not shift the edit
    top = next(u for u in qt_source.uses_in(path) if u.dotted == "Qt.AlignTop")
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    index, start, end = qt_source.name_span(lines, top.ends[-1], "AlignTop")
    assert lines[index][start:end] == "AlignTop"


_NO_PYQT6: list[qt6_ready.VenvUnavailable] = []  # one failed install per run is enough


def pyqt6_python() -> Path:
    """The PyQt6 venv's Python, or skip (fail under CI) saying why there is none."""
    try:
        if _NO_PYQT6:
            raise _NO_PYQT6[0]
        return qt6_ready.ensure_venv()
    except qt6_ready.VenvUnavailable as exc:
        _NO_PYQT6[:] = [exc]
        if qt6_ready.in_ci():
            pytest.fail(f"CI must check the plugin against PyQt6, but none could be installed: {exc}")
        pytest.skip(f"no PyQt6 to check against (needs PyPI): {exc}")


@pytest.mark.timeout(900)  # the first run downloads PyQt6 (about 80 MB)
def test_every_qt_name_exists_in_pyqt6() -> None:
    uses, _problems = qt6_ready.collect()
    problems = qt6_ready.pyqt6_problems(uses, pyqt6_python())
    assert not _outside_pending(problems), "\n".join(_outside_pending(problems))


@pytest.mark.timeout(900)
def test_pyqt6_check_finds_qt5_only_names(tmp_path: Path) -> None:
    uses = qt_source.uses_in(_sample(tmp_path))
    found = {p.message.split(" ")[0] for p in qt6_ready.pyqt6_problems(uses, pyqt6_python())}
    # QAction, QActionGroup and QShortcut stay in QtWidgets through QGIS's shim; sip and QtGui exist
    assert found == {"Qt.AlignTop", "QVariant.Type", "qgis.PyQt.QtCore"}  # QRegExp: not in Qt 6


@pytest.mark.parametrize(("ci", "outcome"), [("1", pytest.fail.Exception), ("true", pytest.fail.Exception),
                                              ("", pytest.skip.Exception)])
def test_no_pyqt6_skips_but_fails_under_ci(monkeypatch: pytest.MonkeyPatch, ci: str, outcome: type) -> None:
    def offline(*_args: object) -> Path:
        raise qt6_ready.VenvUnavailable("no network")

    monkeypatch.setattr(qt6_ready, "ensure_venv", offline)
    monkeypatch.setattr(sys.modules[__name__], "_NO_PYQT6", [])
    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome, match="no network"):
        pyqt6_python()


def test_metadata_declares_qgis4() -> None:
    """QGIS 4 offers the plugin only with qgisMaximumVersion >= 4.0; Qt 6 builds of QGIS 3 need supportsQt6."""
    metadata = configparser.ConfigParser()
    metadata.read(ROOT / "metadata.txt", encoding="utf-8")
    general = metadata["general"]
    assert float(general["qgisMinimumVersion"]) <= 3.22 < 4.0 <= float(general["qgisMaximumVersion"])
    assert general.getboolean("supportsQt6")
