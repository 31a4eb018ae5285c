"""The read path's speed-ups keep the answers: bbox strips through the index, numberMatched without a count on
the last page, the indexes of later releases added to existing databases (SQLite and PostgreSQL)."""

from __future__ import annotations

import socket
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, inspect, select, text, true
from sqlalchemy.dialects import sqlite
from storelib import ITEMS

from mapujpomoc_store import db
from mapujpomoc_store.ogc import cql as cql_module
from mapujpomoc_store.privacy import Reader
from mapujpomoc_store.routers.items import ENTRY_COLUMNS, _feature_filter, _live_page, _read_unordered

NEW_INDEXES = ("features_point_page", "features_public", "features_status_page")
# indexes of earlier releases that these replace (db.OBSOLETE_INDEXES), as those releases made them
OLD_INDEXES = {
    "features_bbox": "(collection, minx, miny)",
    "features_point_box": "(collection, minx, miny, deleted, public_view, id)",
    "features_status": "(collection, status, deleted, public_view, id)",
}


@pytest.fixture(scope="module")
def everything(api):
    """Every live aid point the viewer sees, from the changes feed (not the items endpoint)."""
    changes, _ = api.all_changes(0)
    latest = {ch["id"]: ch for ch in changes}
    return {fid: ch["feature"] for fid, ch in latest.items() if not ch["deleted"]}


def _inside(feature, box) -> bool:
    x, y = feature["geometry"]["coordinates"][:2]
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def test_bbox_pages_add_up_to_the_selection_and_count_it(api, everything):
    # a box around the middle of the points, so it cuts the collection on all four sides
    xs = sorted(f["geometry"]["coordinates"][0] for f in everything.values())
    ys = sorted(f["geometry"]["coordinates"][1] for f in everything.values())
    box = (xs[len(xs) // 4], ys[len(ys) // 4], xs[3 * len(xs) // 4], ys[3 * len(ys) // 4])
    expected = sorted(fid for fid, f in everything.items() if _inside(f, box))
    assert 10 < len(expected) < len(everything) // 2
    seen: list[str] = []
    limit = 7
    for offset in range(0, len(expected) + limit, limit):
        page = api.get(ITEMS, "viewer", params={"bbox": ",".join(map(str, box)), "limit": limit,
                                               "offset": offset}).json()
        assert page["numberMatched"] == len(expected), offset  # also past the end and on the last page
        seen += [f["id"] for f in page["features"]]
    assert seen == expected  # in id order, each once


def test_number_matched_of_a_last_page_and_past_the_end(api, everything):
    n = len(everything)
    for offset, returned in ((n - 1, 1), (n, 0), (n + 50, 0), (0, min(n, 10_000))):
        page = api.get(ITEMS, "viewer", params={"limit": 10_000, "offset": offset}).json()
        assert (page["numberMatched"], page["numberReturned"]) == (n, returned), offset


def test_status_filter_counts_what_the_feed_holds(api, everything):
    for status in ("active", "inactive", "unverified"):
        expected = sorted(fid for fid, f in everything.items() if f["properties"].get("status") == status)
        page = api.get(ITEMS, "viewer", params={"filter": f"status='{status}'", "limit": 5}).json()
        assert page["numberMatched"] == len(expected)
        assert [f["id"] for f in page["features"]] == expected[:5]


def _plans(tmp_path: Path, conditions: list) -> list[str]:
    """SQLite's query plan of `SELECT <what a page needs before its texts> WHERE <live aid point an anonymous
    reader sees> AND <condition>` (routers/items.ENTRY_COLUMNS)."""
    engine = db.make_engine(db.normalise_url(str(tmp_path / "plan.db")))
    db.init_db(engine)
    engine.dispose()
    base = _feature_filter("aid_points", (None,) * 4, None, None) & Reader().sql_visible()
    plans = []
    with sqlite3.connect(tmp_path / "plan.db") as conn:
        for cond in conditions:
            query = str(select(*ENTRY_COLUMNS).where(base & cond).compile(dialect=sqlite.dialect(),
                                                                 compile_kwargs={"literal_binds": True}))
            plans.append(" | ".join(row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + query)))
    return plans


def test_a_point_bbox_reads_a_strip_of_a_covering_index(tmp_path: Path):
    """Both ends of the box bound minx in the index (a one-sided bound reads every row west of the box), the
    index alone answers (no table row read), and generalised points' public location has its own range."""
    stored, public = _plans(tmp_path, Reader().sql_bbox_parts(20.0, 53.0, 21.0, 54.0, points=True))
    assert "COVERING INDEX features_point_page (collection=? AND minx>? AND minx<?)" in stored, stored
    assert "features_public (collection=? AND public_x>? AND public_x<?)" in public, public


def test_a_status_filter_reads_a_covering_index(tmp_path: Path):
    (plan,) = _plans(tmp_path, [db.features.c.status == "inactive"])
    assert "COVERING INDEX features_status_page (collection=? AND status=?" in plan, plan


def _page_plans(tmp_path: Path, parts: list, status: str | None = None, sort: bool = True) -> list[str]:
    """SQLite's plans of the statements routers/items._live_page runs for an anonymous reader's page."""
    engine = db.make_engine(db.normalise_url(str(tmp_path / "page.db")))
    db.init_db(engine)
    statements: list[tuple[str, Any]] = []
    event.listen(engine, "before_cursor_execute",
                 lambda _conn, _cursor, sql, params, _ctx, _many: statements.append((sql, params)))
    base = _feature_filter("aid_points", (None,) * 4, status, None) & Reader().sql_visible()
    with engine.connect() as conn:
        _live_page(conn, base, parts, sort, 0, 1000)
        plans = [" | ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
                 for sql, params in statements if sql.lstrip().upper().startswith("SELECT")]
    engine.dispose()
    return plans


def test_a_page_reads_the_index_of_its_condition(tmp_path: Path):
    """A status page is read from its covering index in id order (not the primary key walked testing every row);
    a bbox page is the union of its parts, each from its own index, sorted."""
    (status,) = _page_plans(tmp_path, [true()], status="inactive", sort=False)
    assert "COVERING INDEX features_status_page" in status and "autoindex" not in status, status
    assert "TEMP B-TREE" not in status, status  # in id order off the index: a deep page is not a sort of all
    (bbox,) = _page_plans(tmp_path, Reader().sql_bbox_parts(20.0, 53.0, 21.0, 54.0, points=True))
    assert "COVERING INDEX features_point_page" in bbox and "features_public" in bbox, bbox
    assert "autoindex" not in bbox, bbox


@pytest.mark.parametrize(("cql", "sorted_after"), [
    ("status='active'", False), ("name LIKE 'Punkt%'", False), ("teryt='2862011'", True),
    ("updated_at > TIMESTAMP('2026-01-01T00:00:00Z')", True), ("status='active' AND teryt LIKE '28%'", True)])
def test_a_filter_is_sorted_when_its_index_has_another_order(cql: str, sorted_after: bool):
    translated = cql_module.Translator("aid_points", Reader(), "sqlite", {}).sql(cql_module.parse(cql, None))
    assert _read_unordered(translated) is sorted_after


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_init_db_adds_the_indexes_of_later_releases(backend: str, tmp_path: Path, request: pytest.FixtureRequest):
    url = (request.getfixturevalue("pg_database") if backend == "postgresql"
           else db.normalise_url(str(tmp_path / "old.db")))
    engine = db.make_engine(url)
    db.init_db(engine)
    with engine.begin() as conn:  # a database of the release before them
        for name in NEW_INDEXES:
            conn.execute(text(f"DROP INDEX {name}"))
        for name, columns in OLD_INDEXES.items():  # replaced since
            conn.execute(text(f"CREATE INDEX {name} ON features {columns}"))
    with engine.connect() as conn:
        assert not set(NEW_INDEXES) & {i["name"] for i in inspect(conn).get_indexes("features")}
    db.init_db(engine)
    db.init_db(engine)  # and again: nothing to add, no error
    with engine.connect() as conn:
        names = {i["name"] for i in inspect(conn).get_indexes("features")}
    assert set(NEW_INDEXES) <= names and not set(OLD_INDEXES) & names
    engine.dispose()


# -- kept-alive connections (serving.py) ----------------------------------------------------------------------


def _reply(sock: socket.socket) -> bytes:
    """One HTTP reply with a Content-Length body, read from a kept-alive connection."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(next(line.split(b":")[1] for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")))
    while len(body) < length:
        body += sock.recv(65536)
    return head + b"\r\n\r\n" + body


@pytest.fixture(scope="module")
def quick(store):  # type: ignore[no-untyped-def]
    """Another server on the same database with a header deadline of 1 s."""
    server = store.spawn(extra_args=["--header-timeout", "1"])
    server.start()
    yield server
    server.stop()


def test_a_kept_alive_connection_waits_for_the_next_request(quick):
    """A client may send its next request seconds after the server wrote the last reply (over a slow link the
    reply is still arriving): neither the header deadline nor uvicorn's default 5 s keep-alive closes it."""
    request = b"GET /collections HTTP/1.1\r\nHost: x\r\n\r\n"
    with socket.create_connection(("127.0.0.1", quick.port), timeout=15) as sock:
        sock.sendall(request)
        assert _reply(sock).startswith(b"HTTP/1.1 200")
        time.sleep(6.5)  # past the header deadline (1 s) and uvicorn's default keep-alive (5 s)
        sock.sendall(request)
        assert _reply(sock).startswith(b"HTTP/1.1 200")


def test_a_later_request_with_slow_headers_still_times_out(quick):
    with socket.create_connection(("127.0.0.1", quick.port), timeout=15) as sock:
        sock.sendall(b"GET /collections HTTP/1.1\r\nHost: x\r\n\r\n")
        assert _reply(sock).startswith(b"HTTP/1.1 200")
        t0 = time.monotonic()
        sock.sendall(b"GET /collections HTTP/1.1\r\nHost: x\r\n")
        for _ in range(10):  # a header byte now and then, never the end of the headers
            time.sleep(0.3)
            try:
                sock.sendall(b"X")
            except OSError:
                break
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
    assert reply.startswith(b"HTTP/1.1 408"), reply[:200]
    assert time.monotonic() - t0 < 8
