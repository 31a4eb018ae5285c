"""Who sees what: the one place that turns a stored feature into what a reader may see (README, *Privacy*).

A reader sees a feature *exactly* when it is staff (any authenticated user) and the feature's commune is
in its scope (admins: everywhere). Everybody else (anonymous readers, staff outside their scope) gets the
feature's *public view*, worked out when the feature is written and kept in the `public_view` column:

- "exact": an aid point whose `visibility` is public, and the service areas of such a point;
- "generalised": an approximate aid point: its geometry is the representative point of its commune
  (`public_x`, `public_y`) and street, house_number and postcode are null; city, phone, website,
  opening hours... stay, so people can still reach the help;
- "hidden": a staff_only aid point (also an approximate one outside every known commune) and the
  service areas of any point that is not public: absent from items, the snapshot and history, and a
  tombstone in the changes feed.

Anonymous readers additionally never see who edited (`updated_by` is null, history entries name the
editor's role and the feature's commune) and never see deleted features' history.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, false, or_, select, true, update

from . import db
from .auth import ANONYMOUS, User
from .geo import CommuneIndex

EXACT, GENERALISED, HIDDEN = "exact", "generalised", "hidden"
LOCATION_FIELDS = ("street", "house_number", "postcode")  # nulled in a generalised feature
_EDITOR_KEY = ',"updated_by":'
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


# -- the public view, worked out on write ---------------------------------------------------------


def point_view(visibility: str | None, teryt: str | None,
               index: CommuneIndex) -> tuple[str, float | None, float | None]:
    """(public_view, public_x, public_y) of an aid point."""
    if visibility == "staff_only":
        return HIDDEN, None, None
    if visibility == "approximate":
        where = index.representative_point(teryt)
        return (GENERALISED, *where) if where else (HIDDEN, None, None)
    return EXACT, None, None


def area_view(point_public_view: str | None) -> str:
    """The public view of a service area: its point's location would show through it unless that is public."""
    return EXACT if point_public_view == EXACT else HIDDEN


def backfill_public_view(engine: Engine) -> None:
    """Work out `public_view` for features stored before the column existed (db.init_db)."""
    index = CommuneIndex()
    t = db.features.c
    with engine.begin() as conn:
        index.refresh(conn)
        rows = conn.execute(select(t.id, t.teryt, t.properties).where(
            (t.collection == "aid_points") & (t.properties.contains('"visibility":"'))))
        views = {}
        for r in rows:
            view = point_view(json.loads(r.properties).get("visibility"), r.teryt, index)
            if view[0] != EXACT:
                views[r.id] = view
        for fid, (view, x, y) in views.items():
            conn.execute(update(db.features).where((t.collection == "aid_points") & (t.id == fid))
                         .values(public_view=view, public_x=x, public_y=y))
            conn.execute(update(db.features).where((t.collection == "service_areas") & (t.parent_id == fid))
                         .values(public_view=HIDDEN))


# -- readers --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reader:
    """The user a reply is for; ANONYMOUS for a request without a token."""

    user: User = ANONYMOUS

    @property
    def anonymous(self) -> bool:
        return self.user.role == "anonymous"

    @property
    def everywhere(self) -> bool:
        return not self.anonymous and self.user.nationwide

    def exact(self, teryt: str | None) -> bool:
        """Whether features of commune `teryt` are shown to this reader exactly."""
        return not self.anonymous and self.user.covers(teryt)

    def view(self, row: Any) -> str:
        """What this reader gets of a stored row: EXACT, GENERALISED or HIDDEN (deleted rows: HIDDEN)."""
        if row.deleted:
            return HIDDEN
        return EXACT if self.exact(row.teryt) else (row.public_view or EXACT)

    def audience(self) -> str:
        """A key for what this reader sees of a whole collection (snapshots are cached per audience)."""
        if self.anonymous:
            return "anonymous"
        if self.everywhere:
            return "everything"
        return "staff-" + hashlib.sha256(",".join(sorted(self.user.scope)).encode()).hexdigest()[:16]

    # -- SQL conditions over db.features ---------------------------------------------------------

    def sql_exact(self) -> ColumnElement[bool]:
        """Rows this reader sees exactly (whatever their public view)."""
        t = db.features.c
        if self.anonymous or not self.user.scope and not self.everywhere:
            return false()
        if self.everywhere:
            return true()
        return or_(*(t.teryt.startswith(p) for p in self.user.scope))

    def sql_visible(self) -> ColumnElement[bool]:
        """Rows this reader sees at all (exactly or generalised); deleted ones are filtered elsewhere."""
        if self.everywhere:
            return true()
        return self.sql_exact() | (db.features.c.public_view != HIDDEN)

    def sql_bbox(self, x0: float, y0: float, x1: float, y1: float, *, points: bool = False) -> ColumnElement[bool]:
        """Rows whose location *as this reader sees it* meets the box."""
        return or_(*self.sql_bbox_parts(x0, y0, x1, y1, points=points))

    def sql_bbox_parts(self, x0: float, y0: float, x1: float, y1: float, *, points: bool = False,
                       ) -> list[ColumnElement[bool]]:
        """`sql_bbox` as the conditions it is the OR of: rows shown where they are stored, and (unless the
        reader sees everything exactly) generalised rows shown at their public location. Each part alone can
        be read from one index (routers/items.py queries them one by one).

        `points`: the rows are points (aid_points), whose stored bounds are one position (minx = maxx, miny =
        maxy): then both ends of the x range bound `minx`, so the index on (collection, minx, miny, ...) reads
        only the box's strip; `maxx >= x0 AND minx <= x1` would read every row west of the box's eastern edge."""
        t = db.features.c
        if points:
            stored = t.minx.between(x0, x1) & t.miny.between(y0, y1)
        else:
            stored = (t.maxx >= x0) & (t.minx <= x1) & (t.maxy >= y0) & (t.miny <= y1)
        if self.everywhere:
            return [stored]
        exact = self.sql_exact()
        shown_there = t.public_x.between(x0, x1) & t.public_y.between(y0, y1)
        return [(exact | (t.public_view == EXACT)) & stored, ~exact & (t.public_view == GENERALISED) & shown_there]

    # -- rendering -------------------------------------------------------------------------------

    @staticmethod
    def variant(view: str) -> str:
        """The representation's name, for ETags: "" for the stored feature (also without its editor, which is
        all an anonymous reader misses: replies vary by Authorization), "generalised" for a generalised one."""
        return GENERALISED if view == GENERALISED else ""

    def properties_text(self, row: Any, view: str) -> str:
        """The row's properties as JSON text, as this reader may see them (`view` not HIDDEN)."""
        if view == GENERALISED:
            props = json.loads(row.properties)
            props.update(dict.fromkeys(LOCATION_FIELDS))
            if self.anonymous:
                props["updated_by"] = None
            return _COMPACT.encode(props)
        return without_editor(row.properties) if self.anonymous else row.properties

    def geometry_text(self, row: Any, view: str) -> str | None:
        if view == GENERALISED:
            return f'{{"type":"Point","coordinates":[{_COMPACT.encode(row.public_x)},{_COMPACT.encode(row.public_y)}]}}'
        return row.geometry

    def shown(self, row: Any) -> tuple[str, str | None, str] | None:
        """(view, geometry text, properties text) of a row for this reader; None when it is hidden."""
        view = self.view(row)
        if view == HIDDEN:
            return None
        return view, self.geometry_text(row, view), self.properties_text(row, view)

    def shown_props(self, props: dict[str, Any], geometry: Any, row: Any) -> tuple[dict[str, Any], Any] | None:
        """`shown` for decoded properties and geometry (the snapshot's rows)."""
        view = self.view(row)
        if view == HIDDEN:
            return None
        if view == GENERALISED:
            props = {**props, **dict.fromkeys(LOCATION_FIELDS)}
            geometry = {"type": "Point", "coordinates": [row.public_x, row.public_y]}
        if self.anonymous:
            props = {**props, "updated_by": None}
        return props, geometry


def without_editor(properties: str) -> str:
    """Stored properties (JSON text) with `updated_by` null.

    The store writes `updated_by` as the last member (features.stored_values), so this is a cut and no
    parse; `,"updated_by":` cannot occur inside a JSON string, whose quotes are all escaped."""
    at = properties.rfind(_EDITOR_KEY)
    if at >= 0 and properties.endswith("}") and _one_json_string(properties[at + len(_EDITOR_KEY):-1]):
        return properties[:at] + _EDITOR_KEY + "null}"
    props = json.loads(properties)
    if "updated_by" in props:
        props["updated_by"] = None
    return _COMPACT.encode(props)


@lru_cache(maxsize=1024)
def _one_json_string(text: str) -> bool:
    """Whether `text` is exactly one JSON string. Cached: a page of 1,000 features has a few editors."""
    if not (text.startswith('"') and text.endswith('"')):
        return False
    try:
        return isinstance(json.loads(text), str)
    except ValueError:
        return False


# -- history --------------------------------------------------------------------------------------

ROLE_OF_OPERATOR = "operator"  # history written by the operator's CLI (seed-demo), not by a user


def history_entries(reader: Reader, conn: Connection, index: CommuneIndex, collection: str, row: Any,
                    rows: list[Any]) -> list[dict[str, Any]] | None:
    """The history of `row` (rows of db.history, oldest first) as `reader` may see it; None: not at all.

    Staff in scope get everything, deleted features included (the audit trail). Others see the history
    of live features they can see, and in it only what the public view allowed at each version (a point
    approximate then shows its commune's representative point and no address; staff_only then: nothing);
    anonymous readers get the editor's role and the feature's commune instead of the user."""
    if reader.exact(row.teryt):
        return [_entry(h, json.loads(h.changes), {"user": h.user_name}) for h in rows]
    if reader.view(row) == HIDDEN:
        return None
    roles = _roles(conn, {h.user_name for h in rows}) if reader.anonymous else {}
    index.refresh(conn)
    out = []
    masking = _Masking(collection, index, conn, row)
    for h in rows:
        changes, teryt = masking.apply(json.loads(h.changes))
        if changes is None:
            continue
        who = ({"role": roles.get(h.user_name, ROLE_OF_OPERATOR), "commune": teryt} if reader.anonymous
               else {"user": h.user_name})
        out.append(_entry(h, changes, who))
    return out


def _entry(h: Any, changes: dict[str, Any], who: dict[str, Any]) -> dict[str, Any]:
    return {"version": h.version, "op": h.op, **who, "at": h.at, "changeset": h.changeset,
            "changes": [{"field": k, "old": v[0], "new": v[1]} for k, v in changes.items()]}


def _roles(conn: Connection, names: set[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    listed = sorted(names)
    for i in range(0, len(listed), 500):
        for r in conn.execute(select(db.users.c.name, db.users.c.role).where(db.users.c.name.in_(listed[i:i + 500]))):
            found[r.name] = r.role
    return found


class _Masking:
    """Replays a feature's history, keeping each value only as public as the feature was at that version."""

    def __init__(self, collection: str, index: CommuneIndex, conn: Connection, row: Any) -> None:
        self.collection = collection
        self.index = index
        self.visibility = "public"
        self.teryt: str | None = None
        # a service area shows where its point is: its geometry stays hidden unless that point was always public
        self.area_geometry_shown = True
        if collection == "service_areas" and row.parent_id:
            h = db.history.c
            texts = conn.execute(select(h.changes).where((h.collection == "aid_points")
                                                         & (h.feature_id == row.parent_id))).scalars()
            self.area_geometry_shown = all(
                change[1] in (None, "public") for text in texts
                for name, change in json.loads(text).items() if name == "visibility")

    def apply(self, changes: dict[str, Any]) -> tuple[dict[str, Any] | None, str | None]:
        """(the changes as the public may see them, or None for none at all; the commune after them)."""
        before_vis, before_teryt = self.visibility, self.teryt
        if "visibility" in changes:
            self.visibility = changes["visibility"][1] or "public"
        if "teryt" in changes:
            self.teryt = changes["teryt"][1]
        if self.collection == "service_areas":
            shown = {k: v for k, v in changes.items() if k != "geometry" or self.area_geometry_shown}
            return shown, self.teryt
        if before_vis == "staff_only" and self.visibility == "staff_only":
            return None, self.teryt
        out = {}
        for name, (old, new) in changes.items():
            if name != "visibility":  # which visibility the point had is no secret once it is visible
                old = self._public(name, old, before_vis, before_teryt)
                new = self._public(name, new, self.visibility, self.teryt)
            if old != new:  # a move inside the commune of an approximate point is no change to the public
                out[name] = [old, new]
        return out, self.teryt

    def _public(self, name: str, value: Any, visibility: str, teryt: str | None) -> Any:
        if visibility == "staff_only":
            return None
        if visibility == "approximate" and name in LOCATION_FIELDS:
            return None
        if visibility == "approximate" and name == "geometry" and value is not None:
            where = self.index.representative_point(teryt)
            return {"type": "Point", "coordinates": list(where)} if where else None
        return value
