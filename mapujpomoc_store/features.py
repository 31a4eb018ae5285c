"""Reading and writing features: validation, teryt, scope, versions, history.

Every write (a Part 4 request or one operation of a changeset) goes through
`Writer`, inside a transaction that first locks the global version counter.
That lock serialises writers, so versions become visible in commit order and
the changes feed can never skip one that commits late.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, update

from mapujpomoc_qgis.core import schema

from . import db
from .auth import User, now_iso
from .geo import CommuneIndex, bbox_of, polygon_problem
from .problems import Problem, invalid

EDITABLE = ("aid_points", "service_areas")
STORE_KEYS = ("teryt", "version", "updated_at", "updated_by")
TAG_PREFIX = {"help_types": "help", "forms": "form", "languages": "lang", "target_groups": "group"}


def feature_text(fid: str, geometry: str | None, properties: str) -> str:
    """A GeoJSON Feature assembled from stored text, without re-encoding."""
    return f'{{"type":"Feature","id":{json.dumps(fid)},"geometry":{geometry or "null"},"properties":{properties}}}'


def row_feature(row: Any) -> dict[str, Any]:
    return {"type": "Feature", "id": row.id, "geometry": json.loads(row.geometry) if row.geometry else None,
            "properties": json.loads(row.properties)}


def etag(version: int) -> str:
    return f'"{version}"'


def tags_of(props: dict[str, Any]) -> str:
    words = [f"{TAG_PREFIX[k]}:{v}" for k in TAG_PREFIX for v in (props.get(k) or [])]
    return " " + " ".join(words) + " "


def normalise(collection: str, props: dict[str, Any]) -> dict[str, Any]:
    """Every editable field present; empty text as null, empty lists as []."""
    out: dict[str, Any] = {}
    for f in schema.editable_fields(collection):
        value = props.get(f.name)
        if f.kind == schema.LIST:
            out[f.name] = list(value or [])
        else:
            out[f.name] = None if value in ("", None) else value
    for key, default in schema.DEFAULTS[collection].items():
        if out.get(key) is None:
            out[key] = default
    return out


def stored_values(props: dict[str, Any], geom: dict[str, Any], teryt: str | None, version: int, at: str,
                  user: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The `features` row for a feature, and its full properties (store fields included)."""
    full = dict(props, teryt=teryt, version=version, updated_at=at, updated_by=user)
    minx, miny, maxx, maxy = bbox_of(geom)
    values = dict(version=version, deleted=False, teryt=teryt, status=props.get("status"), tags=tags_of(props),
                  parent_id=props.get("aid_point_id"), minx=minx, miny=miny, maxx=maxx, maxy=maxy,
                  geometry=json.dumps(geom, separators=(",", ":")),
                  properties=json.dumps(full, ensure_ascii=False, separators=(",", ":")),
                  updated_at=at, updated_by=user)
    return values, full


def load_row(conn: Connection, collection: str, fid: str) -> Any:
    return conn.execute(select(db.features).where(
        (db.features.c.collection == collection) & (db.features.c.id == fid))).first()


@dataclass
class Applied:
    id: str
    version: int
    feature: dict[str, Any] | None  # None after a delete


class Writer:
    """Applies writes for one user inside one transaction (see module doc)."""

    def __init__(self, conn: Connection, user: User, index: CommuneIndex, changeset: str | None = None):
        self.conn = conn
        self.user = user
        self.index = index
        self.changeset = changeset
        if not user.can_write:
            raise Problem(403, f"User '{user.name}' has the role '{user.role}', which may only read.",
                          "forbidden")
        index.refresh(conn)
        self.version = conn.execute(
            select(db.counter.c.value).where(db.counter.c.name == "version").with_for_update()).scalar_one()
        self.at = now_iso()

    def finish(self) -> None:
        self.conn.execute(update(db.counter).where(db.counter.c.name == "version").values(value=self.version))

    # -- checks -----------------------------------------------------------------------------------

    def _check(self, collection: str, props: dict[str, Any], geom: Any) -> str | None:
        """Validate a complete feature and return the teryt the store assigns it."""
        problems = schema.validate_properties(collection, props)
        gproblem = schema.geometry_problem(collection, geom)
        if gproblem is None and collection == "service_areas":
            gproblem = polygon_problem(geom)
        if gproblem:
            problems.append(("geometry", gproblem))
        if problems:
            raise invalid(problems)
        if collection == "aid_points":
            lon, lat = geom["coordinates"][:2]
            commune = self.index.commune_at(lon, lat)
            if commune is None and not self.user.nationwide:
                raise Problem(422, f"The location ({lon:.6f}, {lat:.6f}) is not inside any commune known to this "
                                   "store. Place the point inside a Polish commune.", "outside-communes")
            return commune.code if commune else None
        parent = load_row(self.conn, "aid_points", props["aid_point_id"])
        if parent is None or parent.deleted:
            raise invalid([("aid_point_id", f"aid point {props['aid_point_id']} does not exist")])
        return parent.teryt

    def _check_scope(self, teryt: str | None, action: str) -> None:
        if self.user.covers(teryt):
            return
        where = ", ".join(self.index.describe(p) if len(p) == 7 else f"{self.index.names.get(p, p)} ({p})"
                          for p in self.user.scope) or "none"
        raise Problem(403, f"{self.index.describe(teryt)} is outside your area ({where}); you may not {action} "
                           "there. Ask a coordinator of that area to make the change.", "out-of-scope",
                      teryt=teryt)

    # -- writes -----------------------------------------------------------------------------------

    def _store(self, collection: str, fid: str, props: dict[str, Any], geom: dict[str, Any],
               teryt: str | None, old: Any, op: str) -> Applied:
        self.version += 1
        values, full = stored_values(props, geom, teryt, self.version, self.at, self.user.name)
        if old is None:
            self.conn.execute(db.features.insert().values(collection=collection, id=fid, **values))
            before: dict[str, Any] = {}
            old_geom = None
        else:
            self.conn.execute(update(db.features).where(
                (db.features.c.collection == collection) & (db.features.c.id == fid)).values(**values))
            before = json.loads(old.properties)
            old_geom = json.loads(old.geometry) if old.geometry else None
        changes = {k: [before.get(k), full[k]] for k in list(props) + ["teryt"] if before.get(k) != full[k]}
        if old_geom != geom:
            changes["geometry"] = [old_geom, geom]
        self._history(collection, fid, op, changes)
        return Applied(fid, self.version, {"type": "Feature", "id": fid, "geometry": geom, "properties": full})

    def _history(self, collection: str, fid: str, op: str, changes: dict[str, Any]) -> None:
        self.conn.execute(db.history.insert().values(
            collection=collection, feature_id=fid, version=self.version, op=op, user_name=self.user.name,
            at=self.at, changeset=self.changeset, changes=json.dumps(changes, ensure_ascii=False)))

    def create(self, collection: str, fid: str | None, props: Any, geom: Any) -> Applied:
        fid = fid or str(uuid.uuid4())
        try:
            uuid.UUID(fid)
        except (ValueError, AttributeError, TypeError):
            raise invalid([("id", f"{fid!r} is not a UUID")]) from None
        if not isinstance(props, dict):
            raise invalid([("properties", "must be an object")])
        existing = load_row(self.conn, collection, fid)
        if existing is not None:
            state = "was deleted; ids are never reused" if existing.deleted else "already exists"
            raise Problem(409, f"Feature {fid} {state}. Create it with a new id.", "id-taken")
        clean = {k: v for k, v in props.items() if k not in STORE_KEYS}
        problems = schema.validate_properties(collection, clean)
        if problems:
            raise invalid(problems)
        props = normalise(collection, clean)
        teryt = self._check(collection, props, geom)
        self._check_scope(teryt, "create points")
        return self._store(collection, fid, props, geom, teryt, None, "create")

    def current(self, collection: str, fid: str) -> Any:
        row = load_row(self.conn, collection, fid)
        if row is None:
            raise Problem(404, f"There is no feature {fid} in {collection}.", "not-found")
        if row.deleted:
            raise Problem(409, f"Feature {fid} was deleted by {row.updated_by} at {row.updated_at}.",
                          "deleted", current_version=row.version)
        return row

    def update(self, collection: str, row: Any, changes: Any, geom: Any | None) -> Applied:
        """Apply `changes` (fields → new values, null clears) and maybe a new geometry to `row`."""
        if not isinstance(changes, dict):
            raise invalid([("properties", "must be an object")])
        clean = {k: v for k, v in changes.items() if k not in STORE_KEYS}
        problems = schema.validate_properties(collection, clean, partial=True)
        if problems:
            raise invalid(problems)
        old_props = json.loads(row.properties)
        merged = normalise(collection, {**{k: old_props.get(k) for k in old_props if k not in STORE_KEYS},
                                        **clean})
        new_geom = geom if geom is not None else json.loads(row.geometry)
        self._check_scope(row.teryt, "change points")
        if merged == normalise(collection, old_props) and new_geom == json.loads(row.geometry):
            return Applied(row.id, row.version, row_feature(row))  # nothing changes: no new version
        teryt = self._check(collection, merged, new_geom)
        if teryt != row.teryt:
            self._check_scope(teryt, "move points")
        return self._store(collection, row.id, merged, new_geom, teryt, row, "update")

    def delete(self, collection: str, row: Any) -> Applied:
        self._check_scope(row.teryt, "delete points")
        self.version += 1
        self.conn.execute(update(db.features).where(
            (db.features.c.collection == collection) & (db.features.c.id == row.id)).values(
            version=self.version, deleted=True, updated_at=self.at, updated_by=self.user.name))
        self._history(collection, row.id, "delete", {})
        return Applied(row.id, self.version, None)

    def fields_changed_since(self, collection: str, fid: str, version: int) -> set[str]:
        rows = self.conn.execute(select(db.history.c.changes).where(
            (db.history.c.collection == collection) & (db.history.c.feature_id == fid)
            & (db.history.c.version > version))).scalars()
        return {k for text in rows for k in json.loads(text)}
