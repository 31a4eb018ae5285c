"""Issue 4: pushing 1,000 edited features in one sync, against 1,000 single Part 4 PUT requests.

Per size N (features in the store and in the synced working copy):

- ours: 1,000 rows of the working copy edited through SQL (the outbox triggers fire, as for any
  edit made in QGIS), then `Syncer.push()` timed: build the operations from the outbox, validate,
  send one changeset, apply the store's reply.
- anchor: 1,000 other features changed the plain OGC API way, one `PUT` with `If-Match` each, in
  sequence over one keep-alive `requests.Session`. The GETs that fetch each feature and its ETag run
  before the timer (the anchor is timed for its writes only).
"""

from __future__ import annotations

import json
import shutil
import statistics
import time
from pathlib import Path

import requests
from common import Row, Store, Timed, measure_all, template_store

from mapujpomoc_qgis.core.connection.client import StoreClient
from mapujpomoc_qgis.core.sync.report import SyncReport
from mapujpomoc_qgis.core.sync.syncer import Syncer
from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy

EDITS = 1_000
ORDER = 20  # after bench_sync in the table


def edit_rows(wc: WorkingCopy, offset: int, tag: str) -> None:
    """Change the description of EDITS rows, in one transaction, as a user's edit session would."""
    conn = wc.conn
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE aid_points SET description = ? || ' ' || fid WHERE fid IN "
                 "(SELECT fid FROM aid_points ORDER BY fid LIMIT ? OFFSET ?)",
                 (f"Godziny zmienione ({tag}), punkt", EDITS, offset))
    conn.execute("COMMIT")
    pending = conn.execute("SELECT count(*) FROM mp_outbox WHERE state = 'pending'").fetchone()[0]
    if pending != EDITS:
        raise RuntimeError(f"the outbox holds {pending} entries after editing {EDITS} rows")


def push(wc: WorkingCopy, client: StoreClient) -> SyncReport:
    report = SyncReport()
    Syncer(wc, client).push(report)
    return report


class PutAnchor:
    """1,000 single PUTs with If-Match; `prepare()` GETs the features and ETags (untimed)."""

    def __init__(self, store: Store, fids: list[str]) -> None:
        self.store = store
        self.fids = fids
        self.session = requests.Session()
        self.session.headers.update(store.auth())
        self.bodies: list[tuple[str, str, bytes]] = []
        self.round = 0

    def prepare(self) -> None:
        self.round += 1
        self.bodies = []
        for fid in self.fids:
            r = self.session.get(f"{self.store.url}/collections/aid_points/items/{fid}", timeout=30)
            r.raise_for_status()
            feature = r.json()
            feature["properties"]["description"] = f"Godziny zmienione (PUT {self.round}), punkt {fid[:8]}"
            self.bodies.append((fid, r.headers["ETag"], json.dumps(feature, ensure_ascii=False).encode("utf-8")))

    def run(self) -> None:
        for fid, tag, body in self.bodies:
            r = self.session.put(f"{self.store.url}/collections/aid_points/items/{fid}", data=body, timeout=30,
                                 headers={"If-Match": tag, "Content-Type": "application/geo+json"})
            if r.status_code != 200:
                raise RuntimeError(f"PUT {fid} answered {r.status_code}: {r.text[:300]}")


def run(sizes: list[int], workdir: Path) -> list[Row]:
    return [_run_size(n, workdir) for n in sizes]


def _run_size(n: int, workdir: Path) -> Row:
    if n < 2 * EDITS:
        raise ValueError(f"bench_push needs at least {2 * EDITS} features, not {n}")
    wd = workdir / f"n{n}"
    shutil.rmtree(wd, ignore_errors=True)
    wd.mkdir(parents=True)
    store = template_store(n, workdir.parent / "stores").clone(wd / "store.db")
    with store, WorkingCopy.create(wd / "wc.gpkg", store.url) as wc, \
            StoreClient(store.url, store.tokens["admin"]) as client:
        Syncer(wc, client).pull()  # the synced working copy (untimed)
        posting: list[float] = []  # how long the POST /changesets of each push took (the store's share)
        post_changeset = client.post_changeset

        def timed_post(changeset: dict) -> tuple[int, dict]:
            t0 = time.perf_counter()
            try:
                return post_changeset(changeset)
            finally:
                posting.append(time.perf_counter() - t0)
        client.post_changeset = timed_post  # type: ignore[method-assign]
        rounds = iter(range(1, 100))
        reports: list[SyncReport] = []

        def setup() -> None:
            # the same rows each round, changed again: every push sends all of them
            edit_rows(wc, 0, f"sync {next(rounds)}")

        # the anchor edits other features (from the end), so the two never touch the same rows
        fids = [r[0] for r in wc.conn.execute("SELECT uuid FROM aid_points ORDER BY fid DESC LIMIT ?", (EDITS,))]
        anchor = PutAnchor(store, fids)
        ours, anchor_s = measure_all(
            Timed(f"push {EDITS:,} of {n:,}", lambda: reports.append(push(wc, client)), setup=setup),
            Timed(f"{EDITS:,} PUTs of {n:,}", anchor.run, setup=anchor.prepare, budget_s=40))
        last = reports[-1]
        if last.pushed["aid_points updated"] != EDITS or last.refused:
            raise RuntimeError(f"the push sent {dict(last.pushed)}, refused {len(last.refused)}")
        if wc.pending():
            raise RuntimeError(f"{len(wc.pending())} outbox entries left after the push")
    return Row(f"push {EDITS:,} edited features", n, ours,
               f"{EDITS:,} sequential Part 4 PUTs with If-Match (ETag GETs before the timer)", anchor_s,
               max_s=2.0, min_ratio=10.0,
               notes=[f"the POST /changesets took {statistics.median(posting):.3f} s of it (median; the store's "
                      "share plus transfer), the plugin side the rest"])
