"""`mapujpomoc import`: a messy Windows-1250 spreadsheet of help points into ed_olsztyn's working copy,
run as a user would, then synced to the real store.

- every row's verdict (new, duplicate, update, unchanged, invalid, outside the area) counted as the test
  meant it when it built the sheet (tests/support/import_sheet.py), and the report says the same;
- after the sync the store's database holds exactly the accepted rows: the new points once each, the
  update applied, nothing of the duplicates and refused rows;
- a second import of the same file creates and changes nothing.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

from e2elib import create, mapujpomoc, outbox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from support.import_sheet import map_features, messy_sheet  # noqa: E402


def store_points(store: Any) -> dict[str, dict[str, Any]]:
    """id -> properties of every live aid point, straight from the store's database."""
    from sqlalchemy import create_engine, text

    engine = create_engine(store.db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT id, properties FROM features WHERE collection = 'aid_points' "
                                     "AND deleted = :no"), {"no": False}).fetchall()
    finally:
        engine.dispose()
    return {r[0]: json.loads(r[1]) for r in rows}


def counts_line(stdout: str) -> dict[str, int]:
    line = next(ln for ln in stdout.splitlines() if ln.startswith("rows\t"))
    return {k: int(v) for k, v in (part.split("=") for part in line.split("\t")[1:])}


def test_messy_spreadsheet_through_the_cli(clone: Any, store: Any, tmp_path: Path) -> None:
    for feature in map_features():
        create(store, feature)
    me = clone("ed_olsztyn")
    me.sync()
    sheet = messy_sheet(me.local_features())
    source = tmp_path / "lista_gmin.csv"
    source.write_bytes(sheet.csv_text(";").encode("cp1250"))  # as Polish Excel saves it
    before = store_points(store)
    report = tmp_path / "raport.csv"

    done = mapujpomoc("import", "--workcopy", me.path, source, "--report", report, "--quiet")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert counts_line(done.stdout) == sheet.counts()
    expected = sheet.counts()
    outcome = {"created": expected["new"], "updated": expected["update"],
               "skipped": expected["duplicate"] + expected["unchanged"],
               "refused": expected["invalid"] + expected["outside_scope"]}
    assert (f"{outcome['created']} created, {outcome['updated']} updated, 0 merged, {outcome['skipped']} skipped, "
            f"{outcome['refused']} refused") in done.stdout
    assert "unmapped\thelp_types\tpomoc dentystyczna" in done.stdout, done.stdout
    with report.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.DictReader(fh))
    assert [ln["status"] for ln in lines] == sheet.expected
    assert {ln["name"] for ln in lines if ln["outcome"] == "created"} == set(sheet.created_names)
    assert all(ln["reason"] for ln in lines if ln["outcome"] == "refused")
    assert [ln["location"] for ln in lines if ln["name"] == "Klub Mam Zielony Domek"] == ["to check"]
    # the edits wait in the outbox as ordinary edits
    ops = [p["op"] for p in outbox(me).values()]
    assert sorted(ops) == sorted(["create"] * outcome["created"] + ["update"] * outcome["updated"])

    result = me.sync()
    assert not result.refused, result.refused
    after = store_points(store)
    added = {i: p for i, p in after.items() if i not in before}
    assert sorted(p["name"] for p in added.values()) == sorted(sheet.created_names)
    names = [p["name"] for p in after.values()]
    assert not set(sheet.absent_names) & set(names)
    for uid, fields in sheet.updated.items():
        assert {k: after[uid][k] for k in fields} == fields
    unchanged = {i for i in before if i not in sheet.updated}
    assert all(after[i] == before[i] for i in unchanged)
    clinic = next(p for p in added.values() if p["name"] == "Legal Clinic Kortowo")
    assert clinic["help_types"] == ["legal", "food"] and clinic["languages"] == ["uk", "pl"]

    again = mapujpomoc("import", "--workcopy", me.path, source, "--quiet")
    assert again.returncode == 0, again.stdout + again.stderr
    assert counts_line(again.stdout)["new"] == 0 and counts_line(again.stdout)["update"] == 0
    assert "0 created, 0 updated, 0 merged" in again.stdout
    assert outbox(me) == {}
    me.sync()
    assert store_points(store) == after
