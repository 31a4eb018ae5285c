"""CQL2 text parsed with pygeofilter's own grammar and transformer, with three gaps of its grammar (0.4) filled
the way CQL2 defines them, because GDAL sends each of them:

- `NOT (a condition)`: pygeofilter takes only `NOT predicate` and `NOT (predicate)`, so GDAL's
  `NOT ((verified_at IS NULL))` (its `IS NOT NULL`) and `NOT ((a = 1) AND (b = 2))` did not parse;
- a quote inside a string, doubled (`'Caritas ''Pomoc'''`): pygeofilter's string ends at the first quote;
- `ILIKE` (GDAL 3.6's case-insensitive LIKE, from the CQL drafts GDAL names cql-text), read as CQL2's
  `CASEI(a) LIKE CASEI(b)`: pygeofilter's transformer has it, its CQL2 grammar not.

Everything else is pygeofilter's: the same syntax tree, so ogc/cql.py translates it unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pygeofilter.parsers.cql2_text.parser as upstream
from lark import Lark, v_args

_GRAMMAR = Path(upstream.__file__).with_name("grammar.lark")
_PATCHES = (  # (pygeofilter's text, ours): each must be found, so a changed grammar fails loudly
    ('| "NOT"i "(" predicate ")"', '| "NOT"i "(" condition ")"'),
    ('SINGLE_QUOTED: "\'" /.*?/ "\'"', "SINGLE_QUOTED: /'(?:[^']|'')*'/"),
    ('| expression "IS"i "NULL"i', '| expression "ILIKE"i expression -> ilike\n'
     '          | expression "NOT"i "ILIKE"i expression -> not_ilike\n          | expression "IS"i "NULL"i'),
)


@v_args(meta=False, inline=True)
class _Transformer(upstream.CQLTransformer):
    def SINGLE_QUOTED(self, token: Any) -> str:  # noqa: N802 - lark names terminal callbacks by the terminal
        return str(token)[1:-1].replace("''", "'")


def _build() -> Lark:
    grammar = _GRAMMAR.read_text(encoding="utf-8")
    for old, new in _PATCHES:
        if old not in grammar:
            raise RuntimeError(f"pygeofilter's CQL2 text grammar changed: {old!r} is gone (ogc/cql_text.py)")
        grammar = grammar.replace(old, new, 1)
    return Lark(grammar, parser="lalr", maybe_placeholders=False, transformer=_Transformer(),
                import_paths=[str(_GRAMMAR.parent.parent)], source_path=str(_GRAMMAR))


_PARSER = _build()


def parse(text: str) -> Any:
    return _PARSER.parse(text)


__all__ = ["parse"]
