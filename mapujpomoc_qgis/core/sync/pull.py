"""Pull: the store's changes into the working copy, merged with local edits (docs/ARCHITECTURE.md, "Sync").

Every page is downloaded first and applied in one transaction, so a pull that fails or is cancelled
half way leaves the working copy exactly as it was. A row without pending edits takes the store's
version; a row with pending edits is merged field by field against its base copy, and what cannot be
merged becomes a conflict.
"""

from __future__ import annotations

import bz2
from pathlib import Path
from typing import Any

from mapujpomoc_model import schema
from mapujpomoc_model.gpkg_geom import encode
from mapujpomoc_model.merge import DELETED, changed_fields, merge

from ..connection.client import StoreClient, StoreError
from ..i18n import tr
from ..progress import Feedback, NullFeedback
from . import rows
from .local import LocalState, dumps, feature_state
from .report import SyncReport, check_cancel, show_progress
from .workcopy import BOUNDARY_LAYERS, EDITABLE, WorkingCopy

PAGE = 20_000  # changes per request of the changes feed
SNAPSHOT_FORMAT = 4  # the snapshot layout asked for; format 3 is read too (a store before format 4 sends it)
SNAPSHOT_COMPRESSION: str | None = "bz2"  # ~30 % fewer bytes than gzip on the wire
BZ2_MEDIA_TYPE = "application/x-bzip2"


class Puller(LocalState):
    def __init__(self, wc: WorkingCopy, client: StoreClient, feedback: Feedback | None = None) -> None:
        super().__init__(wc)
        self.client = client
        self.feedback = feedback or NullFeedback()

    # -- downloading (nothing written to the working copy yet) --------------------------------------

    def fetch_changes(self, collection: str, since: int, share: float, offset: float) -> tuple[list[dict], int]:
        changes: list[dict[str, Any]] = []
        cursor = since
        while True:
            check_cancel(self.feedback)
            page = self.client.changes(collection, cursor, PAGE)
            changes.extend(page["changes"])
            cursor = page["cursor"]
            show_progress(self.feedback, offset + share * (0.5 if page["more"] else 1.0),
                          tr("{0}: {1} changes downloaded").format(collection, len(changes)))
            if not page["more"]:
                return changes, cursor

    def fetch_boundaries(self) -> dict[str, tuple[str, list[dict[str, Any]]]]:
        """Boundary layers whose version on the store differs from ours: {layer: (version, features)}."""
        out = {}
        for layer in BOUNDARY_LAYERS:
            check_cancel(self.feedback)
            version = str(self.client.collection(layer).get("boundaries_version"))
            if version == self.wc.meta(f"boundaries:{layer}"):
                continue
            features: list[dict[str, Any]] = []
            offset = 0
            while True:
                page = self.client.items(layer, limit=10_000, offset=offset)
                features.extend(page["features"])
                offset += page["numberReturned"]
                if not page["numberReturned"] or offset >= page["numberMatched"]:
                    break
            out[layer] = (version, features)
        return out

    def is_fresh(self, collection: str) -> bool:
        """Nothing local yet: the collection can be filled from a snapshot."""
        return self.wc.cursor(collection) == 0 and not self.db.execute(
            f'SELECT 1 FROM "{collection}" LIMIT 1').fetchone() and not self.db.execute(
            "SELECT 1 FROM mp_outbox WHERE collection = ? LIMIT 1", (collection,)).fetchone()

    def fetch_snapshot(self, collection: str) -> tuple[Path, int] | None:
        """Download the store's snapshot of a collection next to the working copy; None if it has none.

        Asks for format 4 compressed with bzip2 (docs/ARCHITECTURE.md, *Sync*), decompressed while it
        downloads; a store that does not know those parameters sends format 3 as it is (gzipped on the way).
        """
        target = self.wc.path.with_name(f".{self.wc.path.name}.{collection}.snapshot")
        params = {"format": str(SNAPSHOT_FORMAT)}
        if SNAPSHOT_COMPRESSION:
            params["compression"] = SNAPSHOT_COMPRESSION
        try:
            resp = self.client.request("GET", f"/collections/{collection}/snapshot", params=params, stream=True)
        except StoreError as exc:
            if exc.status == 404:  # an older store: the changes feed does the same job, slower
                return None
            raise
        try:
            packed = resp.headers.get("Content-Type", "").split(";")[0].strip() == BZ2_MEDIA_TYPE
            unpack = bz2.BZ2Decompressor() if packed else None
            with target.open("wb") as fh:
                for chunk in resp.iter_content(1 << 20):
                    check_cancel(self.feedback)
                    fh.write(unpack.decompress(chunk) if unpack else chunk)
            if unpack and not unpack.eof:
                raise StoreError(tr("The store's snapshot arrived incomplete. Try to sync again."), "network")
            version = int(resp.headers.get("X-Mapujpomoc-Version", "0"))
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        finally:
            resp.close()
        return target, version

    # -- applying (one transaction) -----------------------------------------------------------------

    def pull(self, report: SyncReport | None = None) -> SyncReport:
        report = report or SyncReport()
        check_cancel(self.feedback, 0, tr("asking the store who you are"))
        me = self.client.me()
        boundaries = self.fetch_boundaries()
        snapshots: dict[str, tuple[Path, int]] = {}
        downloaded = {}
        try:
            for i, collection in enumerate(EDITABLE):
                since = self.wc.cursor(collection)
                if self.is_fresh(collection):
                    found = self.fetch_snapshot(collection)
                    if found:
                        snapshots[collection] = found
                        since = found[1]
                downloaded[collection] = self.fetch_changes(collection, since, 35, 5 + 35 * i)
            check_cancel(self.feedback, 75, tr("applying changes"))
            for collection, (path, _) in snapshots.items():
                self.db.execute("ATTACH DATABASE ? AS ?", (str(path), f"snap_{collection}"))
            with self.wc.transaction(applying=True):
                self.wc.set_meta("me", dumps(me.__dict__))
                for layer, (version, features) in boundaries.items():
                    self._replace_boundaries(layer, features)
                    self.wc.set_meta(f"boundaries:{layer}", version)
                    report.boundaries.append(layer)
                for collection in snapshots:
                    copied = self._copy_snapshot(collection, f"snap_{collection}")
                    if copied:
                        report.pulled[f"{collection} created"] += copied
                for collection, (changes, cursor) in downloaded.items():
                    self._apply_changes(collection, changes, report)
                    self.wc.set_meta(f"cursor:{collection}", str(cursor))
        finally:
            self._detach(snapshots)
        report.conflicts = len(self.blocked())
        show_progress(self.feedback, 100, tr("pulled"))
        return report

    def _detach(self, snapshots: dict[str, tuple[Path, int]]) -> None:
        """Detach and delete the downloaded snapshots, whatever became of the pull."""
        for collection, (path, _) in snapshots.items():
            if self.db.execute("SELECT 1 FROM pragma_database_list WHERE name = ?",
                               (f"snap_{collection}",)).fetchone():
                self.db.execute("DETACH DATABASE ?", (f"snap_{collection}",))
            path.unlink(missing_ok=True)

    def _copy_snapshot(self, collection: str, alias: str) -> int:
        """Fill an empty layer and its base copy from an attached snapshot, in SQL.

        GDAL's per-row triggers (spatial index, feature count) are set aside
        and their work done once for all rows; they come back in the same
        transaction, so a failure leaves them as they were. Format 3 has every
        geometry as a blob with its bounds; format 4 a point as x, y only.
        """
        fmt = self.db.execute(f"SELECT value FROM {alias}.meta WHERE key = 'format'").fetchone()
        if not fmt or fmt[0] not in ("3", "4"):
            raise StoreError(tr("The store sent a snapshot in a format this plugin does not read; update the "
                                "plugin."),
                             "not_a_store")
        # indexes too: built once from sorted keys after the copy instead of 100,000 random inserts
        triggers = self.db.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') "
                                   "AND tbl_name = ? AND sql IS NOT NULL", (collection,)).fetchall()
        for kind, name, _ in triggers:
            self.db.execute(f'DROP {kind.upper()} "{name}"')
        sent = {r[1] for r in self.db.execute(f"PRAGMA {alias}.table_info(features)")}
        # a field the store does not send (a newer plugin than the store) stays empty until it changes
        fields = [f.name for f in schema.COLLECTION_FIELDS[collection]]
        columns = ", ".join(["fid", "geom", "uuid"] + [f'"{name}"' for name in fields])
        geom = "geom" if fmt[0] == "3" else "coalesce(geom, mp_point_blob(x, y))"
        self.db.create_function("mp_point_blob", 2, _point_blob, deterministic=True)
        values = ", ".join(["n", geom, "id"] + [f'"p_{name}"' if f"p_{name}" in sent else "NULL" for name in fields])
        count = self.db.execute(f'INSERT INTO "{collection}" ({columns}) SELECT {values} FROM {alias}.features'
                                ).rowcount
        rtree = f"rtree_{collection}_geom"
        if self.db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (rtree,)).fetchone():
            if fmt[0] == "3":
                self.db.execute(f'INSERT INTO "{rtree}" SELECT n, minx, maxx, miny, maxy FROM {alias}.features '
                                "WHERE geom IS NOT NULL")
            else:  # blobs carry their envelope, which ST_MinX & co. read (gpkg_geom.register_functions)
                self.db.execute(f'INSERT INTO "{rtree}" SELECT n, x, x, y, y FROM {alias}.features '
                                "WHERE x IS NOT NULL UNION ALL SELECT n, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), "
                                f"ST_MaxY(geom) FROM {alias}.features WHERE geom IS NOT NULL")
        self.db.execute("UPDATE gpkg_ogr_contents SET feature_count = (SELECT count(*) FROM "
                        f'"{collection}") WHERE lower(table_name) = lower(?)', (collection,))
        for _, _, sql in triggers:
            self.db.execute(sql)
        # the base copy stays in the rows until a row is first edited (see workcopy.SYNC_TABLES)
        self.db.execute(f"INSERT OR REPLACE INTO mp_base SELECT ?, id, version, NULL, NULL FROM {alias}.features "
                        "ORDER BY id",
                        (collection,))
        return count

    def _replace_boundaries(self, layer: str, features: list[dict[str, Any]]) -> None:
        self.db.execute(f'DELETE FROM "{layer}"')
        self.db.executemany(f'INSERT INTO "{layer}" (geom, teryt, name) VALUES (?, ?, ?)',
                            [(encode(f["geometry"]), f["properties"]["teryt"], f["properties"]["name"])
                             for f in features])

    def _apply_changes(self, collection: str, changes: list[dict[str, Any]], report: SyncReport) -> None:
        if not changes:
            return
        empty = not self.db.execute(f'SELECT 1 FROM "{collection}" LIMIT 1').fetchone() and not self.db.execute(
            "SELECT 1 FROM mp_outbox WHERE collection = ? LIMIT 1", (collection,)).fetchone()
        if empty:
            return self._bulk_insert(collection, changes, report)
        outbox = {r[0]: r[1] for r in self.db.execute("SELECT uuid, op FROM mp_outbox WHERE collection = ?",
                                                       (collection,))}
        for change in changes:
            fid, version = change["id"], change["version"]
            base = self.base(collection, fid)
            if base is not None and base[0] >= version:
                continue  # our own push, already applied locally
            op = outbox.get(fid)
            feature = change["feature"]
            if op is None:
                if change["deleted"]:
                    if base is not None or self.local(collection, fid) is not None:
                        self.drop(collection, fid)
                        report.pulled[f"{collection} deleted"] += 1
                    continue
                self.write_local(collection, feature)
                self.write_base(collection, feature)
                report.pulled[f"{collection} {'updated' if base else 'created'}"] += 1
                continue
            report.pulled[f"{collection} merged"] += 1
            self._merge_one(collection, fid, op, base, feature, version, report)

    def _merge_one(self, collection: str, fid: str, op: str, base: tuple[int, dict[str, Any]] | None,
                   feature: dict[str, Any] | None, version: int, report: SyncReport) -> None:
        mine = self.local_state(collection, fid)
        base_state = base[1] if base else {}
        if feature is None:  # deleted on the store
            if op == "delete":
                self.drop(collection, fid, row=False)
            else:
                self.add_conflict(collection, fid, DELETED, None, "edited", "deleted", version)
                report.new_conflicts += 1
            return
        theirs = feature_state(feature, collection)
        if op == "delete":
            self.add_conflict(collection, fid, DELETED, None, "deleted", feature, version)
            report.new_conflicts += 1
            return
        if mine is None:
            return
        result = merge(base_state, mine, theirs)
        self.write_local(collection, feature, result.merged)
        self.write_base(collection, feature)
        for key in result.conflicts:
            self.add_conflict(collection, fid, key, base_state.get(key), mine[key], theirs[key], version)
            report.new_conflicts += 1
        if not changed_fields(theirs, result.merged):
            self.drop_outbox(collection, fid)
        elif op == "create":  # the store already had our create (a lost reply): the rest is an update
            self.db.execute("UPDATE mp_outbox SET op = 'update' WHERE collection = ? AND uuid = ?", (collection, fid))

    def _bulk_insert(self, collection: str, changes: list[dict[str, Any]], report: SyncReport) -> None:
        """First sync: no local rows to merge with, so write everything with executemany."""
        live = [c["feature"] for c in changes if not c["deleted"]]
        cols = ["geom", *rows.columns(collection)]
        self.db.executemany(f'INSERT INTO "{collection}" (' + ", ".join(f'"{c}"' for c in cols) + ") VALUES (" +
                            ", ".join("?" * len(cols)) + ")", (rows.row_values(collection, f) for f in live))
        self.db.executemany("INSERT OR REPLACE INTO mp_base VALUES (?, ?, ?, ?, ?)", (
            (collection, f["id"], f["properties"]["version"], dumps(f["properties"]), dumps(f["geometry"]))
            for f in live))
        report.pulled[f"{collection} created"] += len(live)


def _point_blob(x: float | None, y: float | None) -> bytes | None:
    """A snapshot's point as the GeoPackage blob the sync writes everywhere (gpkg_geom.encode)."""
    return None if x is None or y is None else encode({"type": "Point", "coordinates": [x, y]})
