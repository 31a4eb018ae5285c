"""Reading and writing features: validation, teryt, scope, versions, history.

Every write (a Part 4 request or one operation of a changeset) goes through
`Writer`, inside a transaction that first locks the global version counter.
That lock serialises writers, so versions become visible in commit order and
the changes feed can never skip one that commits late.

The writer sees features through an overlay of the rows it has read and the
writes it has made, and sends its writes to the database in `finish()`, one
`executemany` per kind of statement: a changeset of N operations costs a
constant number of round trips, not several per operation. `prefetch_*` load
what a batch will need (rows, history for stale checks, communes of points) in
a few queries; anything not prefetched is loaded on first use.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, and_, bindparam, select, update

from mapujpomoc_model import schema

from . import db
from .auth import User, now_iso
from .geo import CommuneIndex, bbox_of, polygon_problem
from .privacy import EXACT, HIDDEN, area_view, point_view
from .problems import Problem, invalid
from .validation import canonical_id, complete_problems, merge_normalised, new_id_problem

EDITABLE = schema.EDITABLE_COLLECTIONS
STORE_KEYS = schema.STORE_KEYS
normalise = schema.normalise  # the one normalisation of the shared model
TAG_PREFIX = {"help_types": "help", "forms": "form", "languages": "lang", "target_groups": "group"}
CHUNK = 900  # ids per `IN (...)`: below SQLite's default limit of 999 bound parameters

# Reused encoders (json.dumps builds a new one per call for non-default options); same output as
# json.dumps with the same options.
_GEOMETRY_JSON = json.JSONEncoder(separators=(",", ":"))
_PROPERTIES_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_HISTORY_JSON = json.JSONEncoder(ensure_ascii=False)


def feature_text(fid: str, geometry: str | None, properties: str) -> str:
    """A GeoJSON Feature assembled from stored text, without re-encoding."""
    return f'{{"type":"Feature","id":{json.dumps(fid)},"geometry":{geometry or "null"},"properties":{properties}}}'


def etag(version: int, variant: str = "") -> str:
    """The strong ETag of a feature's version; `variant` names a representation other than the stored one
    (privacy.Reader.variant), which a write's If-Match never matches."""
    return f'"{version}-{variant}"' if variant else f'"{version}"'


def tags_of(props: dict[str, Any]) -> str:
    words = [f"{TAG_PREFIX[k]}:{v}" for k in TAG_PREFIX for v in (props.get(k) or [])]
    return " " + " ".join(words) + " "


def stored_values(props: dict[str, Any], geom: dict[str, Any], teryt: str | None, version: int, at: str,
                  user: str, view: tuple[str, float | None, float | None] = (EXACT, None, None),
                  ) -> tuple[dict[str, Any], dict[str, Any]]:
    """The `features` row for a feature, and its full properties (store fields included).

    `view`: (public_view, public_x, public_y), see privacy.py. `updated_by` is the last member of the
    properties: privacy.without_editor relies on it."""
    full = dict(props, teryt=teryt, version=version, updated_at=at, updated_by=user)
    minx, miny, maxx, maxy = bbox_of(geom)
    values = dict(version=version, deleted=False, teryt=teryt, status=props.get("status"), tags=tags_of(props),
                  parent_id=props.get("aid_point_id"), minx=minx, miny=miny, maxx=maxx, maxy=maxy,
                  geometry=_GEOMETRY_JSON.encode(geom), properties=_PROPERTIES_JSON.encode(full),
                  updated_at=at, updated_by=user, public_view=view[0], public_x=view[1], public_y=view[2])
    return values, full


def load_row(conn: Connection, collection: str, fid: str) -> Any:
    return conn.execute(select(db.features).where(
        (db.features.c.collection == collection) & (db.features.c.id == fid))).first()


# -- the writer -----------------------------------------------------------------------------------

_MISSING = object()
_KEY_COLUMNS = ("collection", "id")
_COLUMNS = tuple(c.name for c in db.features.columns if c.name not in _KEY_COLUMNS)


class Current:
    """A `features` row as the writer's transaction sees it; properties and geometry decoded on demand.

    Built from a dict of the columns besides the key, or from a full row of `select(db.features)`."""

    __slots__ = (*_KEY_COLUMNS, *_COLUMNS, "_props", "_geom")
    COLUMNS = _COLUMNS
    version: int
    deleted: bool
    teryt: str | None
    parent_id: str | None
    geometry: str | None
    properties: str
    updated_at: str
    updated_by: str

    def __init__(self, collection: str, fid: str, values: Any, props: dict[str, Any] | None = None,
                 geom: Any = _MISSING) -> None:
        self.collection = collection
        self.id = fid
        if isinstance(values, dict):
            for name in _COLUMNS:
                setattr(self, name, values[name])
        else:  # a database row: the key, then the other columns in table order
            for name, value in zip(_COLUMNS, tuple(values)[2:]):
                setattr(self, name, value)
        self._props = props
        self._geom = geom

    def props(self) -> dict[str, Any]:
        """The stored properties, store fields included (do not modify)."""
        if self._props is None:
            self._props = json.loads(self.properties)
        return self._props

    def geom(self) -> Any:
        """The stored geometry (do not modify)."""
        if self._geom is _MISSING:
            self._geom = json.loads(self.geometry) if self.geometry else None
        return self._geom

    def changed(self, values: dict[str, Any]) -> Current:
        merged = {name: getattr(self, name) for name in self.COLUMNS}
        merged.update(values)
        return Current(self.collection, self.id, merged, self._props, self._geom)


@lru_cache(maxsize=256)
def _driver_sql(dialect: Any, what: str, names: tuple[str, ...]) -> tuple[str, tuple[str, ...] | None]:
    """SQL for many rows of `names` in the driver's parameter style, and the parameters' order if positional.

    `what`: "update" (features by key_collection, key_id), or the table to insert into."""
    if what == "update":
        t = db.features.c
        stmt = update(db.features).where(and_(t.collection == bindparam("key_collection"),
                                              t.id == bindparam("key_id"))).values(
            {name: bindparam(name) for name in names if name not in ("key_collection", "key_id")})
        compiled = stmt.compile(dialect=dialect)
    else:
        compiled = db.metadata.tables[what].insert().inline().compile(dialect=dialect, column_keys=list(names))
    return compiled.string, (tuple(compiled.positiontup or ()) if compiled.positional else None)


def _executemany(conn: Connection, what: str, rows: list[dict[str, Any]]) -> None:
    """`conn.execute(statement, rows)` without SQLAlchemy's per-row parameter handling, which costs
    more than the database's own work here. Every row has the same keys; values are plain (text,
    numbers, booleans, None), which both drivers take as they are."""
    sql, order = _driver_sql(conn.dialect, what, tuple(rows[0]))
    conn.exec_driver_sql(sql, rows if order is None else [tuple(r[n] for n in order) for r in rows])


def chunks(items: list[Any]) -> Iterable[list[Any]]:
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]


@dataclass
class Applied:
    id: str
    version: int
    feature: dict[str, Any] | None  # None after a delete
    text: str = "null"  # `feature` as JSON text


class Writer:
    """Applies writes for one user inside one transaction (see module doc); `finish()` writes them."""

    def __init__(self, conn: Connection, user: User, index: CommuneIndex, changeset: str | None = None):
        self.conn = conn
        self.user = user
        self.index = index
        self.changeset = changeset
        if not user.can_write:
            raise Problem(403, None, "forbidden", code="read-only", params={"user": user.name, "role": user.role})
        index.refresh(conn)
        self.version = conn.execute(
            select(db.counter.c.value).where(db.counter.c.name == "version").with_for_update()).scalar_one()
        self.at = now_iso()
        self._rows: dict[tuple[str, str], Current | None] = {}  # None: no such feature
        self._writes: dict[tuple[str, str], dict[str, Any]] = {}  # columns to write, per feature
        self._inserts: set[tuple[str, str]] = set()  # features not in the database yet
        self._history_rows: list[dict[str, Any]] = []
        self._history_fields: dict[tuple[str, str], list[tuple[int, Iterable[str]]]] = defaultdict(list)
        self._stored_history: dict[tuple[str, str], tuple[int, list[tuple[int, str]]]] = {}
        self._communes: dict[tuple[Any, Any], str | None] = {}
        self._areas: dict[str, set[str]] = {}  # aid point -> its service areas in the database (prefetched)
        self._area_writes: dict[str, set[str]] = defaultdict(set)  # aid point -> service areas written here
        self._cascaded: set[tuple[str, str]] = set()  # service areas deleted with their point here

    def finish(self) -> None:
        self.flush()
        self.conn.execute(update(db.counter).where(db.counter.c.name == "version").values(value=self.version))

    def flush(self) -> None:
        """Send the pending writes: one executemany per statement shape."""
        inserts: list[dict[str, Any]] = []
        updates: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for (collection, fid), values in self._writes.items():
            if (collection, fid) in self._inserts:
                inserts.append({"collection": collection, "id": fid, **values})
            else:
                updates[tuple(values)].append({"key_collection": collection, "key_id": fid, **values})
        if inserts:
            _executemany(self.conn, "features", inserts)
        for params in updates.values():
            _executemany(self.conn, "update", params)
        if self._history_rows:
            _executemany(self.conn, "history", self._history_rows)
        self._writes.clear()
        self._inserts.clear()
        self._history_rows = []
        self._history_fields.clear()
        self._stored_history.clear()

    # -- reading ----------------------------------------------------------------------------------

    def row(self, collection: str, fid: str) -> Current | None:
        """The feature as this transaction sees it (deleted ones included), or None."""
        key = (collection, fid)
        try:
            return self._rows[key]
        except KeyError:
            pass
        r = load_row(self.conn, collection, fid)
        current = None if r is None else Current(collection, fid, r)
        self._rows[key] = current
        return current

    def known_row(self, collection: str, fid: str) -> Current | None:
        """The row if it was already read or prefetched (no query)."""
        return self._rows.get((collection, fid))

    def prefetch_rows(self, keys: Iterable[tuple[str, str]]) -> None:
        """Read many features in a few queries: `(collection, id)` pairs."""
        wanted: dict[str, set[str]] = defaultdict(set)
        for collection, fid in keys:
            if (collection, fid) not in self._rows:
                wanted[collection].add(fid)
        t = db.features.c
        for collection, fids in wanted.items():
            for chunk in chunks(sorted(fids)):
                for r in self.conn.execute(select(db.features).where((t.collection == collection)
                                                                     & t.id.in_(chunk))):
                    self._rows[(collection, r.id)] = Current(collection, r.id, r)
                for fid in chunk:
                    self._rows.setdefault((collection, fid), None)

    def prefetch_areas(self, points: Iterable[str]) -> None:
        """Read which service areas belong to many aid points (moves and deletes take them along)."""
        todo = sorted({p for p in points if p not in self._areas})
        t = db.features.c
        for chunk in chunks(todo):
            for p in chunk:
                self._areas[p] = set()
            for r in self.conn.execute(select(t.id, t.parent_id).where(
                    (t.collection == "service_areas") & t.parent_id.in_(chunk) & ~t.deleted)):
                self._areas[r.parent_id].add(r.id)

    def areas_of(self, point: str) -> list[Current]:
        """The live service areas of an aid point, as this transaction sees them."""
        self.prefetch_areas([point])
        ids = self._areas[point] | self._area_writes.get(point, set())
        self.prefetch_rows(("service_areas", fid) for fid in ids)
        rows = (self.row("service_areas", fid) for fid in sorted(ids))
        return [r for r in rows if r is not None and not r.deleted and r.parent_id == point]

    def prefetch_history(self, since: dict[tuple[str, str], int]) -> None:
        """Read the stored history after a version for many features: `(collection, id)` → version."""
        wanted: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for (collection, fid), version in since.items():
            wanted[collection].append((fid, version))
        h = db.history.c
        for collection, items in wanted.items():
            for chunk in chunks(sorted(items)):
                low = min(v for _, v in chunk)
                found: dict[str, list[tuple[int, str]]] = defaultdict(list)
                for r in self.conn.execute(select(h.feature_id, h.version, h.changes).where(
                        (h.collection == collection) & h.feature_id.in_([f for f, _ in chunk]) & (h.version > low))):
                    found[r.feature_id].append((r.version, r.changes))
                for fid, _ in chunk:
                    self._stored_history[(collection, fid)] = (low, found.get(fid, []))

    def prefetch_communes(self, points: Iterable[tuple[Any, Any]]) -> None:
        """Look up the communes of many (lon, lat) points at once (valid positions only)."""
        todo = list({p: None for p in points if p not in self._communes})
        if todo:
            codes = self.index.communes_at([p[0] for p in todo], [p[1] for p in todo])
            self._communes.update(zip(todo, codes))

    def commune_code(self, lon: Any, lat: Any) -> str | None:
        try:
            return self._communes[(lon, lat)]
        except KeyError:
            pass
        commune = self.index.commune_at(lon, lat)
        code = self._communes[(lon, lat)] = commune.code if commune else None
        return code

    def fields_changed_since(self, collection: str, fid: str, version: int) -> set[str]:
        key = (collection, fid)
        stored = self._stored_history.get(key)
        if stored is not None and stored[0] <= version:
            texts: Iterable[str] = [text for v, text in stored[1] if v > version]
        else:
            texts = self.conn.execute(select(db.history.c.changes).where(
                (db.history.c.collection == collection) & (db.history.c.feature_id == fid)
                & (db.history.c.version > version))).scalars()
        fields = {k for text in texts for k in json.loads(text)}
        for v, names in self._history_fields.get(key, ()):
            if v > version:
                fields.update(names)
        return fields

    # -- checks -----------------------------------------------------------------------------------

    def _check(self, collection: str, props: dict[str, Any], geom: Any, valid: Iterable[str] = ()) -> str | None:
        """Validate a complete, normalised feature and return the teryt the store assigns it.

        `valid`: fields known to pass already (see `complete_problems`)."""
        problems = complete_problems(collection, props, valid)
        gproblem = schema.geometry_issue(collection, geom)
        if gproblem is None and collection == "service_areas":
            gproblem = polygon_problem(geom)
        if gproblem:
            problems.append(("geometry", *gproblem))
        if problems:
            raise invalid(problems)
        if collection == "aid_points":
            lon, lat = geom["coordinates"][:2]
            code = self.commune_code(lon, lat)
            if code is None and not self.user.nationwide:
                raise Problem(422, None, "outside-communes", params={"lon": f"{lon:.6f}", "lat": f"{lat:.6f}"})
            return code
        parent = self.row("aid_points", props["aid_point_id"])
        if parent is None or parent.deleted or parent.public_view == HIDDEN and not self.user.covers(parent.teryt):
            raise invalid([("aid_point_id", "aid_point_missing", {"id": props["aid_point_id"]})])
        return parent.teryt

    def _check_scope(self, teryt: str | None, action: str) -> None:
        if self.user.covers(teryt):
            return
        where = ", ".join(self.index.describe(p) if len(p) == 7 else f"{self.index.names.get(p, p)} ({p})"
                          for p in self.user.scope) or "none"
        raise Problem(403, None, "out-of-scope", teryt=teryt,
                      params={"place": self.index.describe(teryt), "area": where, "action": action})

    # -- writes -----------------------------------------------------------------------------------

    def _write(self, collection: str, fid: str, values: dict[str, Any], current: Current) -> None:
        """Remember `values` (columns) to write for the feature, and `current` as its new state."""
        key = (collection, fid)
        if collection == "service_areas" and current.parent_id:
            self._area_writes[current.parent_id].add(fid)
        pending = self._writes.get(key)
        if pending is None:
            self._writes[key] = values
        else:
            pending.update(values)
        self._rows[key] = current

    def _store(self, collection: str, fid: str, props: dict[str, Any], geom: dict[str, Any],
               teryt: str | None, old: Current | None, op: str) -> Applied:
        self.version += 1
        values, full = stored_values(props, geom, teryt, self.version, self.at, self.user.name,
                                     self._public_view(collection, props, teryt))
        current = Current(collection, fid, values, full, geom)
        if old is None:
            self._inserts.add((collection, fid))
            self._write(collection, fid, values, current)
            before: dict[str, Any] = {}
            old_geom = None
        else:
            # only the columns that change: the database then leaves the indexes of the others alone
            self._write(collection, fid, {k: v for k, v in values.items() if getattr(old, k) != v}, current)
            before = old.props()
            old_geom = old.geom()
        changes = {k: [before.get(k), full[k]] for k in list(props) + ["teryt"] if before.get(k) != full[k]}
        if old_geom != geom:
            changes["geometry"] = [old_geom, geom]
        self._history(collection, fid, op, changes)
        return Applied(fid, self.version, {"type": "Feature", "id": fid, "geometry": geom, "properties": full},
                       feature_text(fid, values["geometry"], values["properties"]))

    def _public_view(self, collection: str, props: dict[str, Any],
                     teryt: str | None) -> tuple[str, float | None, float | None]:
        if collection == "aid_points":
            return point_view(props.get("visibility"), teryt, self.index)
        parent = self.row("aid_points", props["aid_point_id"])
        return area_view(parent.public_view if parent is not None else None), None, None

    def _history(self, collection: str, fid: str, op: str, changes: dict[str, Any]) -> None:
        self._history_rows.append(dict(
            collection=collection, feature_id=fid, version=self.version, op=op, user_name=self.user.name,
            at=self.at, changeset=self.changeset, changes=_HISTORY_JSON.encode(changes)))
        self._history_fields[(collection, fid)].append((self.version, tuple(changes)))

    def create(self, collection: str, fid: str | None, props: Any, geom: Any) -> Applied:
        fid = fid or str(uuid.uuid4())
        problem = new_id_problem(fid)
        if problem:
            raise invalid([("id", *problem)])
        if not isinstance(props, dict):
            raise invalid([("properties", "object_required", {})])
        existing = self.row(collection, fid)
        if existing is not None:
            raise Problem(409, None, "id-taken", code="id-deleted" if existing.deleted else "id-exists",
                          params={"id": fid})
        clean = {k: v for k, v in props.items() if k not in STORE_KEYS}
        problems = schema.validate_issues(collection, clean)
        if problems:
            raise invalid(problems)
        props = normalise(collection, clean)
        teryt = self._check(collection, props, geom, clean)
        self._check_scope(teryt, "create points")
        return self._store(collection, fid, props, geom, teryt, None, "create")

    def find(self, collection: str, fid: str) -> Current | None:
        """The feature under any spelling of its UUID (the canonical one first), deleted ones included."""
        canonical = canonical_id(fid)
        row = self.row(collection, canonical)
        if row is None and canonical != fid:
            row = self.row(collection, fid)  # stored before ids had to be canonical
        return row

    def current(self, collection: str, fid: str) -> Current:
        row = self.find(collection, fid)
        covered = row is not None and self.user.covers(row.teryt)
        if row is None or not row.deleted and not covered and row.public_view == HIDDEN:
            raise Problem(404, None, "not-found", params={"id": fid, "collection": collection})
        if row.deleted:
            if covered:  # only staff in scope learn who
                raise Problem(409, None, "deleted", code="deleted-by", current_version=row.version,
                              params={"id": fid, "user": row.updated_by, "at": row.updated_at})
            raise Problem(409, None, "deleted", current_version=row.version, params={"id": fid})
        return row

    def deleted_with_its_point(self, collection: str, fid: str) -> Current | None:
        """The service area if this transaction deleted it together with its aid point."""
        row = self.find(collection, fid)
        return row if row is not None and (collection, row.id) in self._cascaded else None

    def update(self, collection: str, row: Current, changes: Any, geom: Any | None) -> Applied:
        """Apply `changes` (fields → new values, null clears) and maybe a new geometry to `row`."""
        if not isinstance(changes, dict):
            raise invalid([("properties", "object_required", {})])
        clean = {k: v for k, v in changes.items() if k not in STORE_KEYS}
        problems = schema.validate_issues(collection, clean, partial=True)
        if problems:
            raise invalid(problems)
        old_props = row.props()
        before = normalise(collection, old_props)
        merged = merge_normalised(collection, before, clean)
        old_geom = row.geom()
        new_geom = geom if geom is not None else old_geom
        self._check_scope(row.teryt, "change points")
        if merged == before and new_geom == old_geom:  # nothing changes: no new version
            return Applied(row.id, row.version, {"type": "Feature", "id": row.id, "geometry": old_geom,
                                                 "properties": old_props},
                           feature_text(row.id, row.geometry, row.properties))
        teryt = self._check(collection, merged, new_geom, clean)
        if teryt != row.teryt:
            self._check_scope(teryt, "move points")
        applied = self._store(collection, row.id, merged, new_geom, teryt, row, "update")
        now = self.row(collection, row.id)
        if collection == "aid_points" and now is not None and (now.teryt, now.public_view) != (row.teryt,
                                                                                               row.public_view):
            self._areas_follow(now)
        return applied

    def _areas_follow(self, point: Current) -> None:
        """Service areas take their point's commune (and so its editors) and public view, in this
        transaction, each as a new version with its history: sync clients learn of it in /changes."""
        view = area_view(point.public_view)
        for area in self.areas_of(point.id):
            if area.teryt != point.teryt or area.public_view != view:
                self._store("service_areas", area.id, normalise("service_areas", area.props()), area.geom(),
                            point.teryt, area, "update")

    def delete(self, collection: str, row: Current) -> Applied:
        self._check_scope(row.teryt, "delete points")
        applied = self._delete(collection, row)
        if collection == "aid_points":  # a service area without its point would be nobody's to edit
            for area in self.areas_of(row.id):
                self._delete("service_areas", area)
                self._cascaded.add(("service_areas", area.id))
        return applied

    def _delete(self, collection: str, row: Current) -> Applied:
        self.version += 1
        values = dict(version=self.version, deleted=True, updated_at=self.at, updated_by=self.user.name)
        self._write(collection, row.id, values, row.changed(values))
        self._history(collection, row.id, "delete", {})
        return Applied(row.id, self.version, None)
