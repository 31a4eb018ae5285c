"""Is the plugin ready for QGIS 4 (Qt 6, PyQt6)? Issue 17.

    python scripts/qt6_ready.py check [FILE...]   static problems, unscoped enums and names the installed QGIS
                                                  lacks (run it with the Python that has qgis: .venv/bin/python)
    python scripts/qt6_ready.py pyqt6 [FILE...]   Qt names PyQt6 lacks (makes the PyQt6 venv first if missing)
    python scripts/qt6_ready.py venv              make the PyQt6 venv (.venv-qt6, PyQt6 from PyPI)

FILE may be a folder. Without FILE: the whole plugin. Exit status 1 when something is found. The tests run the same functions:
tests/unit/test_qt6_ready.py (static, PyQt6) and tests/qgis/test_qt6_scoped_enums.py (installed QGIS).

*Unscoped*: an enum member read through its class instead of through its enum type (`Qt.AlignLeft`,
`QgsTask.CanCancel`, `Qgis.Info`, `QVariant.String`): PyQt6 only has the scoped spelling
(`Qt.AlignmentFlag.AlignLeft`), which PyQt5 5.15 and QGIS 3.22 accept as well. Found by resolving each
attribute chain of the source (scripts/qt_source.py) against the installed PyQt5 and QGIS;
scripts/qt_scoped_enums.py rewrites them.

*PyQt6*: every name the plugin takes from `qgis.PyQt` and every attribute chain on it must exist in
PyQt6, through QGIS's own `qgis.PyQt` shim for Qt 6, which adds a few names (SHIM below). QGIS's own
classes cannot be checked that way (there is no Qt 6 QGIS here): their enums are covered by *unscoped*.
No module here imports qgis or Qt at import time: the unit tier imports it with both blocked.
"""

from __future__ import annotations

import enum
import fcntl
import importlib
import json
import os
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from qt_source import PLUGIN, ROOT, Problem, Use, plugin_files, python_files, static_problems, uses_in  # noqa: E402

PYQT6_PIN = "PyQt6==6.8.1"  # Qt 6.8 LTS, what Debian 13 and QGIS 4 builds use
VENV = Path(os.environ.get("MAPUJPOMOC_QT6_VENV") or ROOT / ".venv-qt6")

# What QGIS's qgis.PyQt adds on Qt 6 (python/PyQt/PyQt6 in QGIS): QAction and QShortcut (qgis/QGIS#55658)
# and QActionGroup (#57467) moved to QtGui in Qt 6 and stay importable from QtWidgets; QtCore gets NULL.
SHIM = {
    ("QtWidgets", "QAction"): ("QtGui", "QAction"),
    ("QtWidgets", "QActionGroup"): ("QtGui", "QActionGroup"),
    ("QtWidgets", "QShortcut"): ("QtGui", "QShortcut"),
}
SHIM_EXTRA = {("QtCore", "NULL"), ("QtWidgets", "QLayout", "setMargin")}


class VenvUnavailable(RuntimeError):
    """No PyQt6 could be installed (no network, no pip): the PyQt6 check cannot run."""


@dataclass(frozen=True)
class Unscoped:
    """`use.names[index]` is an enum member read through a class; `scope` names its enum type there."""

    use: Use
    index: int
    scope: tuple[str, str] | None  # (the enum type's attribute on the class, the member's name in it)

    @property
    def spelled(self) -> str:
        return ".".join(self.use.names[: self.index + 1])

    @property
    def scoped(self) -> str | None:
        if self.scope is None:
            return None
        return ".".join((*self.use.names[: self.index], *self.scope))

    def problem(self) -> Problem:
        fix = f"write {self.scoped}" if self.scoped else "write it through its enum type"
        return Problem(self.use.path, self.use.line, f"unscoped enum {self.spelled}: {fix} "
                       "(PyQt6 has only the scoped name)", "unscoped")


def collect(paths: Iterable[Path] | None = None) -> tuple[list[Use], list[Problem]]:
    """The uses and the static problems of the given files (default: the whole plugin)."""
    files = python_files(list(paths)) if paths is not None else plugin_files(PLUGIN)
    uses: list[Use] = []
    problems: list[Problem] = []
    for path in files:
        uses.extend(uses_in(path))
        problems.extend(static_problems(path))
    return uses, problems


# -- against the installed QGIS and PyQt5 (needs qgis importable) ------------------------------------------

def _root(module: str, name: str) -> object:
    mod = importlib.import_module(module)
    try:
        return getattr(mod, name)
    except AttributeError:
        return importlib.import_module(f"{module}.{name}")  # a submodule not imported yet


def _is_enum_member(obj: object) -> bool:
    # PyQt5 and QGIS 3.22 enums are sip enum types (int subclasses); newer QGIS has Python enums too
    return isinstance(obj, enum.Enum) or type(type(obj)).__name__ == "enumtype"


def _scope(parent: object, member: object, name: str) -> tuple[str, str] | None:
    """(attribute of `parent` that is the enum type of `member`, the member's name in that type).

    The name is `name` where the type knows it (sip enums), else the member's own name: QGIS 3.22 maps
    `QgsRenderContext.TextFormatAlwaysText` onto `Qgis.TextRenderFormat.AlwaysText`."""
    kind = type(member)
    names = [name] + ([member.name] if isinstance(member, enum.Enum) and member.name != name else [])
    for attr in [kind.__name__] + sorted(a for a in dir(parent) if a != kind.__name__):
        if getattr(parent, attr, None) is kind:
            for spelled in names:
                if getattr(kind, spelled, None) == member:
                    return attr, spelled
    return None


def installed_findings(uses: Iterable[Use]) -> tuple[list[Unscoped], list[Problem]]:
    """Unscoped enum members, and names the installed QGIS/PyQt5 lacks, among the uses."""
    from qgis.core import Qgis  # noqa: PLC0415 - only here: the module is imported where qgis is blocked

    unscoped: list[Unscoped] = []
    missing: list[Problem] = []
    for use in uses:
        try:
            obj = _root(use.module, use.names[0])
        except (ImportError, AttributeError):
            missing.append(Problem(use.path, use.line, f"{use.module} has no {use.names[0]} in QGIS "
                                   f"{Qgis.QGIS_VERSION}", "missing"))
            continue
        for i, name in enumerate(use.names[1:], start=1):
            parent = obj
            try:
                obj = getattr(parent, name)
            except AttributeError:
                missing.append(Problem(use.path, use.line, f"{'.'.join(use.names[:i + 1])} does not exist in "
                                       f"QGIS {Qgis.QGIS_VERSION}", "missing"))
                break
            if _is_enum_member(obj) and not (isinstance(parent, type) and isinstance(obj, parent)):
                unscoped.append(Unscoped(use, i, _scope(parent, obj, name)))
                break
    return unscoped, missing


def installed_problems(uses: Iterable[Use]) -> list[Problem]:
    unscoped, missing = installed_findings(uses)
    return [u.problem() for u in unscoped] + missing


# -- against PyQt6 (runs inside the PyQt6 venv) ------------------------------------------------------------

def _qt_path(use: Use) -> tuple[str, tuple[str, ...]] | None:
    """(Qt module, names) of a use of qgis.PyQt, e.g. ("QtCore", ("Qt", "AlignmentFlag")); None otherwise."""
    module, names = use.module, use.names
    if module == "qgis" and names[:1] == ("PyQt",):
        module, names = "qgis.PyQt", names[1:]
    if module == "qgis.PyQt" and names:
        module, names = f"qgis.PyQt.{names[0]}", names[1:]
    if not module.startswith("qgis.PyQt.") or module.count(".") != 2:
        return None
    return module.rsplit(".", 1)[1], names


def pyqt6_problems_here(uses: Iterable[Use]) -> list[Problem]:
    """Resolve the uses of qgis.PyQt against the PyQt6 of this interpreter (the PyQt6 venv's)."""
    import PyQt6  # noqa: PLC0415, F401 - fails loudly outside the PyQt6 venv
    from PyQt6 import QtCore  # noqa: PLC0415

    problems: list[Problem] = []
    for use in uses:
        where = _qt_path(use)
        if where is None:
            continue
        qt_module, names = where
        if not names:  # `from qgis.PyQt import QtCore` / `import sip`
            try:
                importlib.import_module(f"PyQt6.{qt_module}")
            except ImportError:
                problems.append(Problem(use.path, use.line, f"PyQt6 has no module {qt_module}", "pyqt6"))
            continue
        first = SHIM.get((qt_module, names[0]), (qt_module, names[0]))
        if (qt_module, *names[:2]) in SHIM_EXTRA or (qt_module, names[0]) in SHIM_EXTRA:
            continue
        try:
            obj: object = getattr(importlib.import_module(f"PyQt6.{first[0]}"), first[1])
        except (ImportError, AttributeError):
            problems.append(Problem(use.path, use.line, f"qgis.PyQt.{qt_module} has no {names[0]} on Qt 6 "
                                    f"(PyQt6 {QtCore.PYQT_VERSION_STR})", "pyqt6"))
            continue
        for i, name in enumerate(names[1:], start=1):
            try:
                obj = getattr(obj, name)
            except AttributeError:
                dotted = ".".join(names[: i + 1])
                problems.append(Problem(use.path, use.line, f"{dotted} does not exist in PyQt6 "
                                        f"{QtCore.PYQT_VERSION_STR} (removed in Qt 6, or an unscoped enum)",
                                        "pyqt6"))
                break
    return problems


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


def ensure_venv(venv: Path = VENV) -> Path:
    """The Python of a venv with PyQt6 from PyPI, made on first use; raises VenvUnavailable."""
    python = _venv_python(venv)
    ready = venv / "ready"
    venv.mkdir(parents=True, exist_ok=True)
    with open(venv / ".lock", "w") as lock:  # two test runs at once make it once
        fcntl.flock(lock, fcntl.LOCK_EX)
        if ready.exists() and ready.read_text().strip() == PYQT6_PIN and python.exists():
            return python
        steps = [[sys.executable, "-m", "venv", str(venv)],
                 [str(python), "-m", "pip", "install", "--disable-pip-version-check", "--quiet",
                  "--timeout", "30", "--retries", "2", PYQT6_PIN]]
        for step in steps:
            if step[0] == str(python) and not python.exists():
                break
            done = subprocess.run(step, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-5:])
                raise VenvUnavailable(f"cannot install {PYQT6_PIN} into {venv} ({' '.join(step[:4])} ...): {tail}")
        check = subprocess.run([str(python), "-c", "import PyQt6.QtCore, PyQt6.QtGui, PyQt6.QtWidgets"],
                               capture_output=True, text=True, check=False)
        if check.returncode != 0:
            raise VenvUnavailable(f"{PYQT6_PIN} installed in {venv} but does not import: "
                                  f"{check.stderr.strip().splitlines()[-1:]}")
        ready.write_text(PYQT6_PIN + "\n")
    return python


def pyqt6_problems(uses: Iterable[Use], python: Path | None = None) -> list[Problem]:
    """Resolve the uses against PyQt6 in the PyQt6 venv (a subprocess: PyQt5 and PyQt6 cannot share one)."""
    python = python or ensure_venv()
    payload = json.dumps([u.to_json() for u in uses if _qt_path(u) is not None])
    done = subprocess.run([str(python), str(Path(__file__).resolve()), "resolve-pyqt6"], input=payload,
                          capture_output=True, text=True, check=False,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""})
    if done.returncode != 0:
        raise RuntimeError(f"the PyQt6 resolver failed: {done.stderr.strip()}")
    return [Problem(**p) for p in json.loads(done.stdout)]


def _main(argv: list[str]) -> int:
    command, files = (argv[0] if argv else "check"), [Path(a) for a in argv[1:]]
    if command == "resolve-pyqt6":
        uses = [Use.from_json(u) for u in json.load(sys.stdin)]
        json.dump([p.__dict__ for p in pyqt6_problems_here(uses)], sys.stdout)
        return 0
    if command == "venv":
        print(ensure_venv())
        return 0
    uses, problems = collect(files or None)
    if command == "check":
        problems += installed_problems(uses)
    elif command == "pyqt6":
        problems = pyqt6_problems(uses)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for problem in sorted(problems, key=lambda p: (p.path, p.line, p.message)):
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
