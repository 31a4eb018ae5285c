"""What may import what (docs/ARCHITECTURE.md, *Packages and what may import what*), read from the
source with `ast`: nothing is imported, so a rule holds whatever is installed.

Every import counts, wherever it stands (in a function, under `TYPE_CHECKING`, in a `try`): relative
imports are resolved against the file's package, and `from a import b` counts as importing both `a`
and `a.b` (b may be a submodule). A failure lists every offending file:line.

The last test is of the unit tier itself: it runs without QGIS (see tests/unit/conftest.py).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MODEL = "mapujpomoc_model"
STORE = "mapujpomoc_store"
PLUGIN = "mapujpomoc_qgis"
GUI = f"{PLUGIN}.gui"
QT_WIDGETS = ("qgis.PyQt.QtWidgets", "PyQt5.QtWidgets", "PyQt6.QtWidgets")
# what code below the GUI must not import: widgets, and qgis.utils, whose `iface` is the running desktop
WIDGETS = (GUI, "qgis.gui", "qgis.utils", *QT_WIDGETS)

# Known violations the lead has yet to decide on: (file, imported module) pairs, each allowed exactly.
# Anything not listed here fails. Remove an entry once its import is gone.
ALLOWED: frozenset[tuple[str, str]] = frozenset()  # (file, module) pairs allowed to break a rule, each with its reason


@dataclass(frozen=True)
class Import:
    file: str  # relative to the repository
    line: int
    names: tuple[str, ...]  # the absolute module names this statement may import

    def where(self) -> str:
        return f"{self.file}:{self.line}"


def module_name(path: Path, root: Path = REPO) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, root: Path = REPO) -> Iterator[Import]:
    """Every import statement of one file, with relative imports made absolute."""
    rel = path.relative_to(root).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield Import(rel, node.lineno, tuple(alias.name for alias in node.names))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                if node.level - 1 >= len(parts):
                    raise AssertionError(f"{rel}:{node.lineno}: a relative import above the top package")
                base = ".".join(parts[:len(parts) - (node.level - 1)])
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            if module == "__future__":
                continue
            yield Import(rel, node.lineno, (module, *(f"{module}.{a.name}" for a in node.names if a.name != "*")))


def sources(*paths: str) -> list[Path]:
    """The Python files of packages (directories) and single modules, relative to the repository."""
    files = []
    for p in paths:
        path = REPO / p
        files += [path] if path.is_file() else [f for f in sorted(path.rglob("*.py")) if "__pycache__" not in f.parts]
    assert files, f"no Python files in {paths}"
    return files


def under(name: str, prefixes: Iterable[str]) -> str | None:
    """The prefix `name` is or lies below, if any."""
    return next((p for p in prefixes if name == p or name.startswith(p + ".")), None)


def violations(files: Iterable[Path], forbidden: Iterable[str]) -> list[tuple[str, str, str]]:
    """(file:line, file, forbidden module) of every import of `forbidden` or anything below it."""
    forbidden = tuple(forbidden)
    found = []
    for path in files:
        for imp in imports_of(path):
            hits = {hit for name in imp.names if (hit := under(name, forbidden))}
            found += [(imp.where(), imp.file, hit) for hit in sorted(hits)]
    return found


def outside_stdlib(files: Iterable[Path], own: str) -> list[tuple[str, str, str]]:
    """(file:line, file, module) of every import neither of the standard library nor of package `own`."""
    found = []
    for path in files:
        for imp in imports_of(path):
            tops = {name.split(".")[0] for name in imp.names}  # `from a import b`: a and a.b share the top
            found += [(imp.where(), imp.file, top) for top in sorted(tops)
                      if top != own and top not in sys.stdlib_module_names]
    return found


# -- the rules ---------------------------------------------------------------------------------------------------

# rule: (the packages or modules it covers, what they must not import); docs/ARCHITECTURE.md's table
RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "mapujpomoc_store must not import the plugin": ((STORE,), (PLUGIN,)),
    "mapujpomoc_qgis.core must not import gui, processing, plugin, cli, qgis.gui, qgis.utils or Qt widgets":
        ((f"{PLUGIN}/core",), (*WIDGETS, f"{PLUGIN}.processing", f"{PLUGIN}.plugin", f"{PLUGIN}.cli")),
    "mapujpomoc_qgis.processing must not import gui, qgis.gui, qgis.utils or Qt widgets": ((f"{PLUGIN}/processing",), WIDGETS),
    "mapujpomoc_qgis.cli must not import gui, qgis.gui, qgis.utils or Qt widgets": ((f"{PLUGIN}/cli.py",), WIDGETS),
}


def all_violations() -> dict[str, list[tuple[str, str, str]]]:
    found = {rule: violations(sources(*paths), forbidden) for rule, (paths, forbidden) in RULES.items()}
    found["mapujpomoc_model imports only the standard library"] = outside_stdlib(sources(MODEL), MODEL)
    return found


@pytest.mark.parametrize("rule", [*RULES, "mapujpomoc_model imports only the standard library"])
def test_import_rule(rule: str) -> None:
    new = [f"{where}: imports {module}" for where, file, module in all_violations()[rule]
           if (file, module) not in ALLOWED]
    assert not new, f"{rule} (docs/ARCHITECTURE.md, Packages and what may import what):\n" + "\n".join(new)


def test_the_allow_list_holds_only_live_violations() -> None:
    """An allowed violation that is gone must leave the list, so it cannot come back unnoticed."""
    live = {(file, module) for found in all_violations().values() for _, file, module in found}
    stale = sorted(ALLOWED - live)
    assert not stale, f"no longer violated, remove from ALLOWED: {stale}"


def test_the_checker_resolves_relative_imports(tmp_path: Path) -> None:
    """The rules are only as good as this: `from ...gui import x` deep in core is caught."""
    probe = tmp_path / PLUGIN / "core" / "sync" / "probe.py"
    probe.parent.mkdir(parents=True)
    (probe.parent / "__init__.py").write_text("from . import probe\nfrom .. import log\n")
    probe.write_text("import os.path\nfrom ...gui import sync_dock\nfrom ..log import x\n"
                     "def f():\n    from qgis.PyQt import QtWidgets\n")
    assert [imp.names for imp in imports_of(probe, tmp_path)] == [
        ("os.path",), (GUI, f"{GUI}.sync_dock"), (f"{PLUGIN}.core.log", f"{PLUGIN}.core.log.x"),
        ("qgis.PyQt", "qgis.PyQt.QtWidgets")]
    assert [imp.names for imp in imports_of(probe.parent / "__init__.py", tmp_path)] == [
        (f"{PLUGIN}.core.sync", f"{PLUGIN}.core.sync.probe"), (f"{PLUGIN}.core", f"{PLUGIN}.core.log")]
    assert under("qgis.PyQt.QtWidgets", WIDGETS) and under(f"{GUI}.sync_dock", WIDGETS)
    assert not under("qgis.guidance", WIDGETS) and not under("qgis.PyQt", WIDGETS)


# -- the unit tier runs without QGIS -------------------------------------------------------------------------------


@pytest.mark.skipif(os.environ.get("MAPUJPOMOC_UNIT_NO_QGIS") == "1", reason="this run is the check itself")
def test_the_unit_tier_runs_without_qgis() -> None:
    """tests/unit again in a fresh pytest without the QGIS plugins and with qgis/PyQt blocked
    (tests/unit/conftest.py): a unit test that needs QGIS fails here, and so does this test."""
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:pytest_qgis",
           "-p", "no:pytest-qt", "-W", "ignore::pytest.PytestConfigWarning", str(REPO / "tests" / "unit")]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, timeout=600,
                          env={**os.environ, "MAPUJPOMOC_UNIT_NO_QGIS": "1"})
    assert proc.returncode == 0, f"tests/unit failed without QGIS ({' '.join(cmd[2:])}):\n{proc.stdout[-6000:]}" \
                                 f"\n{proc.stderr[-2000:]}"
