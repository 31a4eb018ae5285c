"""The first sync's snapshot (mapujpomoc_store/snapshot.py): format 4 and its bzip2 download hold exactly what
format 3 holds, for every reader; old clients keep getting format 3 (docs/ARCHITECTURE.md, *Sync*)."""

from __future__ import annotations

import bz2
import gzip
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest
import requests
from storelib import AID, assert_problem, feature

from mapujpomoc_model.gpkg_geom import encode

SNAPSHOT = AID + "/snapshot"
ROLES = (None, "viewer", "ed_olsztyn", "admin")


def read_snapshot(content: bytes) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """(meta, rows in file order) of a snapshot file's bytes."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "snapshot.sqlite"
        path.write_bytes(content)
        conn = sqlite3.connect(path)
        conn.row_factory = sqlite3.Row
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            rows = [dict(r) for r in conn.execute("SELECT * FROM features ORDER BY n")]
        finally:
            conn.close()
    return meta, rows


def blob_of(row: dict[str, Any]) -> bytes | None:
    """The GeoPackage blob a client writes for a format 4 row."""
    if row["geom"] is not None:
        return row["geom"]
    return encode({"type": "Point", "coordinates": [row["x"], row["y"]]})


@pytest.mark.parametrize("role", ROLES)
def test_format_4_and_bz2_hold_what_format_3_holds(api, role):
    old = api.get(SNAPSHOT, role)
    new = api.get(SNAPSHOT, role, params={"format": 4})
    packed = requests.get(api.url + SNAPSHOT, params={"format": 4, "compression": "bz2"}, stream=True, timeout=60,
                          headers={**api.headers(role), "Accept-Encoding": "gzip"})
    packed_raw = packed.raw.read(decode_content=False)
    assert old.status_code == new.status_code == packed.status_code == 200
    assert packed.headers["content-type"] == "application/x-bzip2"
    assert "content-encoding" not in packed.headers  # already compressed: not gzipped again
    assert bz2.decompress(packed_raw) == new.content
    assert old.headers["x-mapujpomoc-version"] == new.headers["x-mapujpomoc-version"] \
        == packed.headers["x-mapujpomoc-version"]
    meta3, rows3 = read_snapshot(old.content)
    meta4, rows4 = read_snapshot(new.content)
    assert (meta3["format"], meta4["format"]) == ("3", "4")
    assert meta3["version"] == meta4["version"] == old.headers["x-mapujpomoc-version"]
    assert len(rows4) == len(rows3) > 100
    by_id = {r["id"]: r for r in rows3}
    for row in rows4:
        expected = by_id[row["id"]]
        assert row["version"] == expected["version"]
        assert blob_of(row) == expected["geom"], row["id"]
        assert {k: v for k, v in row.items() if k.startswith("p_")} == \
            {k: v for k, v in expected.items() if k.startswith("p_")}, row["id"]
        if row["geom"] is None:  # a point: its bounds are the point
            assert (row["x"], row["x"], row["y"], row["y"]) == (expected["minx"], expected["maxx"],
                                                                 expected["miny"], expected["maxy"])
    keys = [(r["p_teryt"] or "", r["p_name"] or "") for r in rows4]
    assert keys == sorted(keys)  # neighbours alike: what makes format 4 compress better
    # and it does: fewer bytes gzipped than format 3, fewer again with bzip2
    assert len(packed_raw) < len(gzip.compress(new.content)) < len(gzip.compress(old.content))


def test_a_write_makes_new_snapshots_of_both_formats(api):
    before = api.get(SNAPSHOT, "admin", params={"format": 4, "compression": "bz2"})
    created = api.post(AID + "/items", "admin", json=feature(20.4801, 53.7784, name="Punkt po migawce"))
    assert created.status_code == 201, created.text
    fid = created.headers["location"].rsplit("/", 1)[1]
    for params in ({}, {"format": 4}, {"format": 4, "compression": "bz2"}):
        r = api.get(SNAPSHOT, "admin", params=params)
        assert int(r.headers["x-mapujpomoc-version"]) > int(before.headers["x-mapujpomoc-version"])
        content = bz2.decompress(r.content) if params.get("compression") else r.content
        _, rows = read_snapshot(content)
        assert [r["p_name"] for r in rows if r["id"] == fid] == ["Punkt po migawce"], params


@pytest.mark.parametrize(("params", "refused"), [({"format": 5}, "format"), ({"format": 2}, "format"),
                                                ({"format": "x"}, "format"),
                                                ({"format": 4, "compression": "xz"}, "compression")])
def test_unknown_formats_are_refused(api, params, refused):
    assert_problem(api.get(SNAPSHOT, "admin", params=params), 400, refused)
