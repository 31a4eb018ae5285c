"""What a Python file uses of Qt and QGIS, read from its source (ast) alone: no qgis, no Qt imported.

Shared by the QGIS 4 / Qt 6 readiness check (scripts/qt6_ready.py, tests/unit/test_qt6_ready.py,
tests/qgis/test_qt6_scoped_enums.py) and the converter (scripts/qt_scoped_enums.py); issue 17.

A *use* is one name the file takes from a `qgis` module and the attribute chain it reads on it:
`from qgis.PyQt.QtCore import Qt` then `Qt.AlignmentFlag.AlignLeft` is the use
("qgis.PyQt.QtCore", ("Qt", "AlignmentFlag", "AlignLeft")); the import itself is the use
("qgis.PyQt.QtCore", ("Qt",)). Chains stop at a call or a subscript (`QgsProject.instance().x` is the use
`QgsProject.instance`): what a call returns has no type in the source. Names imported inside functions
and under TYPE_CHECKING count like the others.

The *static problems* need no introspection: `exec_`/`print_` (PyQt5-only spellings; `exec()` works in
PyQt5 5.15 too), and Qt or sip imported directly instead of through `qgis.PyQt` (QGIS picks PyQt5 or
PyQt6 there).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = ROOT / "mapujpomoc_qgis"
# PyQt5-only method spellings and what Qt 6 calls them (PyQt5 5.15 has both)
UNDERSCORED = {"exec_": "exec", "print_": "print"}
DIRECT_QT = ("PyQt5", "PyQt6", "sip", "PySide2", "PySide6")


@dataclass(frozen=True)
class Use:
    """One attribute chain on a name taken from a qgis module (see the module docstring)."""

    path: str  # relative to the repository root
    module: str  # where the root name comes from: "qgis.core", "qgis.PyQt.QtCore", "qgis.PyQt", "qgis"
    names: tuple[str, ...]  # the imported name, then each attribute read on it
    # where each name of `names` ends in the source, (line, column), so a converter can edit at the right place
    ends: tuple[tuple[int, int], ...]

    @property
    def line(self) -> int:
        return self.ends[-1][0]

    @property
    def dotted(self) -> str:
        return ".".join(self.names)

    def to_json(self) -> dict[str, object]:
        return {"path": self.path, "module": self.module, "names": list(self.names),
                "ends": [list(e) for e in self.ends]}

    @classmethod
    def from_json(cls, data: dict) -> Use:
        return cls(data["path"], data["module"], tuple(data["names"]), tuple(tuple(e) for e in data["ends"]))


@dataclass(frozen=True)
class Problem:
    """A finding a person must fix: where, what, and the fix when one is known."""

    path: str
    line: int
    message: str
    kind: str = "static"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class _Bindings:
    """Local names bound by imports from qgis modules: name -> (module, imported name or "" for a module)."""

    names: dict[str, tuple[str, str]] = field(default_factory=dict)


def relative(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def plugin_files(root: Path = PLUGIN) -> list[Path]:
    """Every Python file of the plugin (what the zip ships), in a stable order."""
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def python_files(paths: list[Path]) -> list[Path]:
    """The files given, with each folder replaced by its Python files."""
    return [f for p in paths for f in (plugin_files(p) if p.is_dir() else [p])]


def _is_qgis(module: str) -> bool:
    return module == "qgis" or module.startswith("qgis.")


def _bind_imports(tree: ast.AST, rel: str) -> tuple[_Bindings, list[Use]]:
    """The qgis names the file imports, and one use per imported name (so a missing one is reported)."""
    bound = _Bindings()
    uses: list[Use] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and _is_qgis(node.module):
            for alias in node.names:
                if alias.name == "*":
                    continue
                bound.names[alias.asname or alias.name] = (node.module, alias.name)
                uses.append(Use(rel, node.module, (alias.name,), ((node.lineno, node.col_offset),)))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if not _is_qgis(alias.name):
                    continue
                if alias.asname:  # import qgis.core as qc: qc is the module qgis.core
                    parent, _, last = alias.name.rpartition(".")
                    bound.names[alias.asname] = (parent or alias.name, last if parent else "")
                else:  # import qgis.core binds qgis; chains then start at qgis
                    bound.names["qgis"] = ("qgis", "")
    return bound, uses


def _chain(node: ast.Attribute) -> tuple[ast.Name, list[ast.Attribute]] | None:
    """`a.b.c` as (Name a, [Attribute .b, Attribute .c]); None when it does not start at a plain name."""
    steps: list[ast.Attribute] = []
    cur: ast.expr = node
    while isinstance(cur, ast.Attribute):
        steps.append(cur)
        cur = cur.value
    if not isinstance(cur, ast.Name):
        return None
    return cur, steps[::-1]


def uses_in(path: Path) -> list[Use]:
    """Every use of a qgis name in one file: its imports and each longest attribute chain on them."""
    rel = relative(path)
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    bound, uses = _bind_imports(tree, rel)
    inner: set[int] = set()  # attributes that are the value of a longer chain
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute):
            inner.add(id(node.value))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or id(node) in inner:
            continue
        chain = _chain(node)
        if chain is None or chain[0].id not in bound.names:
            continue
        name, steps = chain
        module, imported = bound.names[name.id]
        names = ([imported] if imported else []) + [s.attr for s in steps]
        ends = [(s.end_lineno or s.lineno, s.end_col_offset or 0) for s in steps]
        if imported:
            ends.insert(0, (name.end_lineno or name.lineno, name.end_col_offset or 0))
        uses.append(Use(rel, module, tuple(names), tuple(ends)))
    return uses


def static_problems(path: Path) -> list[Problem]:
    """`exec_()`/`print_()` and direct Qt or sip imports in one file (no introspection needed)."""
    rel = relative(path)
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    problems: list[Problem] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in UNDERSCORED:
            problems.append(Problem(rel, node.lineno, f"{node.attr}() is PyQt5 only: call "
                                    f"{UNDERSCORED[node.attr]}() (PyQt5 5.15 has it too)"))
        modules: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
        elif isinstance(node, ast.Import):
            modules = [a.name for a in node.names]
        for module in modules:
            if module.split(".")[0] in DIRECT_QT:
                problems.append(Problem(rel, node.lineno, f"imports {module} directly: import it through "
                                        "qgis.PyQt (QGIS 4 runs on PyQt6)"))
    return problems


def name_span(source_lines: list[str], end: tuple[int, int], name: str) -> tuple[int, int, int]:
    """(line index, start, end) of `name` ending at `end`, as str indices, checked against the text.

    ast columns count UTF-8 bytes, so a Polish string earlier on the line shifts them: convert."""
    line, col = end
    raw = source_lines[line - 1].encode("utf-8")
    start = col - len(name.encode("utf-8"))
    if start < 0 or raw[start:col] != name.encode("utf-8"):
        raise ValueError(f"expected {name!r} before line {line} column {col}: {raw!r}")
    begin = len(raw[:start].decode("utf-8"))
    return line - 1, begin, begin + len(name)
