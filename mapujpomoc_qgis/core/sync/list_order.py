"""A list keeps its order when QGIS's multi-select widget writes it back.

docs/ARCHITECTURE.md, "The attribute form".

The attribute form edits help types, forms, languages and target groups with QGIS's ValueRelation
widget, which returns the ticked codes sorted by code, whatever order the point had, and which the
OGR provider writes as indented JSON. The order is the point's own (its first help type is its icon),
so saving a form after changing another field would record a re-ordered list nobody made.

The plugin's forms give the lists back in the point's order (`gui/form_lists.py`); a trigger in the
working copy puts it right for every other writer (the attribute table's cells, QGIS without the
plugin): a list written sorted by code (what the widget writes) keeps the values the point already had, in
their order, with new ones after them; when the values are the ones it had, the old text comes back
byte for byte. A list written in another order (a script, the field calculator) is a deliberate
order and stays as written. The sync's own writes (`mp_guard.applying`) are left alone.
"""

from __future__ import annotations

import sqlite3

from mapujpomoc_model import schema

CATALOG_TABLE = "mp_catalog"  # the catalog as a lookup table (workcopy.CATALOG_TABLE reads it from here)


def _as_json_array(value: str) -> str:
    """SQL: `value`, or the JSON array it means when QGIS 3.44 wrote PostgreSQL array text as a JSON string
    ('"{\\"pl\\",\\"uk\\"}"': its multi-select widget's value for a field it types as a string list)."""
    text = f"json_extract({value}, '$')"
    converted = f"'[' || substr({text}, 2, length({text}) - 2) || ']'"
    return (f"(CASE WHEN NOT coalesce(json_valid({value}), 0) THEN {value} "
            f"WHEN json_type({value}) <> 'text' OR {text} NOT LIKE '{{%}}' THEN {value} "
            f"WHEN json_valid({converted}) THEN {converted} ELSE {value} END)")


def kept_order_sql(column: str) -> str:
    """SQL (inside an UPDATE trigger) for the list `column` as it should be stored after NEW was written."""
    old, new = f'OLD."{column}"', _as_json_array(f'NEW."{column}"')
    # sorted by code, as the widget sorts its items (QString::localeAwareCompare: plain or ignoring the "_")
    in_widget_order = " OR ".join(
        f"NOT EXISTS (SELECT 1 FROM json_each({new}) a, json_each({new}) b WHERE a.key < b.key AND {a} > {b})"
        for a, b in (("a.value", "b.value"), ("replace(a.value, '_', '')", "replace(b.value, '_', '')")))
    same_values = (f"json_array_length({new}) = json_array_length({old}) "
                   f"AND NOT EXISTS (SELECT 1 FROM json_each({new}) n WHERE n.value NOT IN "
                   f"(SELECT value FROM json_each({old}))) "
                   f"AND NOT EXISTS (SELECT 1 FROM json_each({old}) o WHERE o.value NOT IN "
                   f"(SELECT value FROM json_each({new})))")
    # the old values still ticked, in their order, then the new ones; compact JSON, as the sync writes it
    merged = (f"(SELECT json_group_array(v) FROM ("
              f"SELECT o.value AS v, 0 AS g, o.key AS k FROM json_each({old}) o "
              f"WHERE o.value IN (SELECT value FROM json_each({new})) UNION ALL "
              f"SELECT n.value, 1, n.key FROM json_each({new}) n "
              f"WHERE n.value NOT IN (SELECT value FROM json_each({old})) ORDER BY g, k))")
    # CASE evaluates one branch at a time: json_each never sees text that is not a JSON array
    return (f"CASE WHEN NOT (coalesce(json_valid({old}), 0) AND coalesce(json_valid({new}), 0)) THEN {new} "
            f"WHEN json_type({old}) <> 'array' OR json_type({new}) <> 'array' THEN {new} "
            f"WHEN NOT ({in_widget_order}) THEN {new} "
            f"WHEN {same_values} THEN {old} "
            f"ELSE {merged} END")


def list_columns(table: str) -> list[str]:
    return [f.name for f in schema.COLLECTION_FIELDS[table] if f.kind == schema.LIST]


TRIGGER_VERSION = 2  # a new version replaces the trigger of working copies made with an older one


def trigger_name(table: str) -> str:
    return f"mp_{table}_list_order_v{TRIGGER_VERSION}"


def trigger_sql(table: str) -> str:
    """The trigger of one editable table ("" when it has no list)."""
    columns = list_columns(table)
    if not columns:
        return ""
    fixes = "\n".join(f'  UPDATE "{table}" SET "{c}" = {kept_order_sql(c)} WHERE fid = NEW.fid '
                      f'AND {kept_order_sql(c)} IS NOT NEW."{c}";' for c in columns)
    of = ", ".join(f'"{c}"' for c in columns)
    # its own writes under the guard: no trigger (this one included, GDAL turns recursive triggers on)
    # takes them for an edit, and the edit that fired it is in the outbox already
    return (f'CREATE TRIGGER IF NOT EXISTS {trigger_name(table)} AFTER UPDATE OF {of} ON "{table}"\n'
            f"WHEN (SELECT applying FROM mp_guard) = 0\nBEGIN\n  UPDATE mp_guard SET applying = 1;\n{fixes}\n"
            f"  UPDATE mp_guard SET applying = 0;\nEND;\n")


def ensure_triggers(conn: sqlite3.Connection, tables: tuple[str, ...]) -> None:
    """Add the triggers a working copy made by an earlier version lacks (nothing is written otherwise).

    A working copy that cannot be written (a read-only file) is left as it is: it cannot be edited either.
    """
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    missing = [trigger_sql(t) for t in tables if trigger_sql(t) and trigger_name(t) not in have]
    older = [name for name in have for t in tables
             if name.startswith(f"mp_{t}_list_order") and name != trigger_name(t)]
    if not missing and not older:
        return
    try:
        conn.executescript("".join(f'DROP TRIGGER IF EXISTS "{name}";' for name in older) + "".join(missing))
    except sqlite3.OperationalError:
        if conn.in_transaction:
            conn.rollback()
