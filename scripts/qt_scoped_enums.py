"""Rewrite unscoped enum uses into their scoped spelling, and `exec_()`/`print_()` into `exec()`/`print()`.

    .venv/bin/python scripts/qt_scoped_enums.py [--dry-run] PATH...

PATH is a file or a folder (its .py files). `Qt.AlignLeft` becomes `Qt.AlignmentFlag.AlignLeft`,
`QDialogButtonBox.Ok` `QDialogButtonBox.StandardButton.Ok`, `QgsTask.CanCancel` `QgsTask.Flag.CanCancel`:
the enum type is found by introspecting the installed PyQt5 and QGIS (scripts/qt6_ready.py), so run it
with the Python that has qgis. PyQt5 5.15 and QGIS 3.22 accept the scoped names, PyQt6 only them.
Only the text of each name changes: comments, layout and everything else stay as they are.
Prints what it changed and what it could not (an enum type the class does not name); exit status 1 when
something is left to fix by hand. Issue 17.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from qt6_ready import installed_findings  # noqa: E402
from qt_source import UNDERSCORED, name_span, python_files, relative, uses_in  # noqa: E402

Edit = tuple[int, int, int, str]  # line index, start, end (str indices), replacement


def edits_for(path: Path) -> tuple[list[Edit], list[str]]:
    """The edits that make one file scoped, and what needs a person."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    edits: set[Edit] = set()
    manual: list[str] = []
    unscoped, _missing = installed_findings(uses_in(path))
    for finding in unscoped:
        if finding.scope is None:
            manual.append(str(finding.problem()))
            continue
        member = finding.use.names[finding.index]
        line, start, end = name_span(lines, finding.use.ends[finding.index], member)
        edits.add((line, start, end, ".".join(finding.scope)))
    for node in ast.walk(ast.parse("".join(lines), filename=str(path))):
        if isinstance(node, ast.Attribute) and node.attr in UNDERSCORED:
            line, start, end = name_span(lines, (node.end_lineno or node.lineno, node.end_col_offset or 0), node.attr)
            edits.add((line, start, end, UNDERSCORED[node.attr]))
    return sorted(edits), manual


def apply(text_lines: list[str], edits: list[Edit]) -> str:
    lines = list(text_lines)
    for line, start, end, new in sorted(edits, reverse=True):  # from the end, so earlier columns stay valid
        lines[line] = lines[line][:start] + new + lines[line][end:]
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="say what would change, change nothing")
    args = parser.parse_args(argv)
    left = 0
    for path in python_files(args.paths):
        edits, manual = edits_for(path)
        for problem in manual:
            print(f"by hand: {problem}")
        left += len(manual)
        if not edits:
            continue
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        new = apply(lines, edits)
        ast.parse(new, filename=str(path))  # never write a file that no longer parses
        if not args.dry_run:
            path.write_text(new, encoding="utf-8")
        print(f"{relative(path)}: {len(edits)} name(s) {'to change' if args.dry_run else 'changed'}")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
