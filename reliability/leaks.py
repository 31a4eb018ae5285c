"""Hostile reads: does anything private reach a reader who may not see it? (issue 15, README "Privacy")

Points in Olsztyn made and changed by an editor whose user name is an e-mail address: a public one, an
approximate one, a staff_only one, each with a service area, and a deleted one (address and phone changed
before the delete). Then every reader who must not see them exactly (anonymous, a viewer, an editor and a
coordinator of other areas) asks every way the API offers: items (lists, filters, a bbox around the exact
spot, the service areas' `aid_point_id`), the item under every UUID spelling, If-None-Match, history, the
changes feed, snapshots, collection extents, the 404s of the deleted point, and writes an outsider might try
(an update of the staff_only point, a stale one to fish for the conflict's `current`, a service area on it).

A *leak* is one reply holding something its reader may not have: the editor's name (anonymous), the exact
location or the address of the approximate point, any trace of the staff_only point or its area but a
tombstone, the deleted point's old values, who deleted it or when. What is secret is taken from the
database, not from the store's replies; an editor of the points' own commune reads the same requests as a
control (it must see them all).
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import uuid
from pathlib import Path
from typing import Any

import requests

from .common import Areas, StoreEnv

EDITOR = "leak.editor@example.org"  # an e-mail, as editors' user names often are
USERS = [(EDITOR, "editor", ["2862011"]), ("leak_county", "editor", ["2814"]), ("leak_coord", "coordinator", ["08"])]
OUTSIDERS = (None, "viewer", "leak_county", "leak_coord")
OLSZTYN = "2862011"
GEOJSON = "application/geo+json"
MERGE = "application/merge-patch+json"


def _square(x: float, y: float, d: float = 0.001) -> dict[str, Any]:
    return {"type": "Polygon", "coordinates": [[[x - d, y - d], [x + d, y - d], [x + d, y + d], [x - d, y + d],
                                                [x - d, y - d]]]}


def _spellings(fid: str) -> list[str]:
    return [fid, fid.upper(), "{" + fid + "}", "urn:uuid:" + fid, fid.replace("-", "")]


class Catalogue:
    def __init__(self, env: StoreEnv, areas: Areas) -> None:
        self.env = env
        self.s = requests.Session()
        self.leaks: list[str] = []
        self.wrong: list[str] = []
        self.statuses: dict[int, int] = {}
        self.requests = 0
        self.ids: dict[str, str] = {}
        self.secrets: dict[str, list[str]] = {}  # kind -> strings no outsider may get
        self._made(areas)

    # -- setup: four points with areas, then what the database holds about them
    def _made(self, areas: Areas) -> None:
        import random

        rng = random.Random(15)
        ops, where = [], {}
        for n, kind in enumerate(("public", "approximate", "staff_only", "deleted")):
            x, y = areas.point_in(OLSZTYN, rng)
            pid, aid = str(uuid.uuid4()), str(uuid.uuid4())
            self.ids[kind], self.ids[kind + "_area"], where[kind] = pid, aid, (x, y)
            props = {"name": f"Punkt {kind}", "help_types": ["legal"], "street": f"Sekretna{kind.title()}",
                     "house_number": "13", "postcode": "10-913", "city": "Olsztyn", "phone": f"+48 89 913 13 0{n}",
                     "visibility": kind if kind in ("approximate", "staff_only") else "public"}
            ops += [{"op": "create", "collection": "aid_points", "id": pid, "properties": props,
                     "geometry": {"type": "Point", "coordinates": [x, y]}},
                    {"op": "create", "collection": "service_areas", "id": aid, "geometry": _square(x, y),
                     "properties": {"aid_point_id": pid, "kind": "manual"}}]
        reply = self._changeset(ops)
        versions = {r["id"]: r["version"] for r in reply["results"]}
        pid = self.ids["deleted"]
        reply = self._changeset([{"op": "update", "collection": "aid_points", "id": pid, "base_version": versions[pid],
                                  "properties": {"street": "SekretnaPoprawiona", "phone": "+48 89 913 00 99"}}])
        self._changeset([{"op": "delete", "collection": "aid_points", "id": pid,
                          "base_version": reply["results"][0]["version"]}])
        rows = {r[0]: r for r in self.env.sql(
            "SELECT id, version, teryt, updated_at, properties, geometry FROM features WHERE id = ANY(:ids)",
            ids=list(self.ids.values()))}
        self.version_of = {fid: r[1] for fid, r in rows.items()}
        for kind in ("approximate", "staff_only", "deleted"):
            props = json.loads(rows[self.ids[kind]][4])
            x, y = json.loads(rows[self.ids[kind]][5])["coordinates"]
            secret = [props["street"], json.dumps(x), json.dumps(y)]
            if kind != "approximate":  # hidden altogether: its name and phone too, and its id but as a tombstone
                secret += [props["name"], props["phone"], self.ids[kind], self.ids[kind + "_area"]]
            if kind == "deleted":  # the values before the last update, and when it was deleted
                secret += ["SekretnaDeleted", "+48 89 913 13 03", rows[self.ids[kind]][3]]
            self.secrets[kind] = secret
        self.area_hidden = [self.ids["approximate_area"]]  # an area shows where its point is

    def _changeset(self, ops: list[dict[str, Any]]) -> dict[str, Any]:
        r = self.s.post(self.env.url + "/changesets", json={"id": str(uuid.uuid4()), "operations": ops},
                        headers=self.env.auth(EDITOR), timeout=60)
        r.raise_for_status()
        return r.json()

    # -- one reply
    def check(self, what: str, reader: str | None, r: requests.Response, *, tombstones_ok: bool = False,
              sent: tuple[str, ...] = ()) -> None:
        """Count `r` as a leak if it holds a secret; what the reader sent itself (`sent`: ids, the path, the
        query) may come back, in a 404's detail or a page's self link."""
        self.requests += 1
        self.statuses[r.status_code] = self.statuses.get(r.status_code, 0) + 1
        if r.status_code >= 500:
            self.wrong.append(f"{what} as {reader}: {r.status_code}")
        text = r.text if not r.headers.get("content-type", "").startswith("application/vnd.sqlite3") \
            else self._snapshot_text(r.content)
        if tombstones_ok:
            text = self._without_tombstones(text)
        for echo in sorted(sent, key=len, reverse=True):
            text = text.replace(echo, "")
        found = [s for kind, secrets in self.secrets.items() for s in secrets if s in text]
        found += [a for a in self.area_hidden if a in text]
        if reader is None and EDITOR in text:
            found.append(EDITOR)
        if found:
            self.leaks.append(f"{what} as {reader or 'anonymous'}: {', '.join(sorted(set(found)))[:200]}")

    @staticmethod
    def _without_tombstones(text: str) -> str:
        doc = json.loads(text)
        doc["changes"] = [c for c in doc.get("changes", []) if not (c.get("deleted") and c.get("feature") is None)]
        return json.dumps(doc, ensure_ascii=False)

    @staticmethod
    def _snapshot_text(content: bytes) -> str:
        """The snapshot's rows as JSON text (its coordinates are binary in the file)."""
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "s.sqlite"
            path.write_bytes(content)
            conn = sqlite3.connect(path)
            conn.row_factory = sqlite3.Row
            rows = [dict(r) for r in conn.execute("SELECT * FROM features")]
            conn.close()
        for row in rows:
            row.pop("geom", None)
        return json.dumps(rows, ensure_ascii=False)

    def get(self, what: str, reader: str | None, path: str, **kw: Any) -> requests.Response:
        headers = {**self.env.auth(reader), **kw.pop("headers", {})}
        r = self.s.get(self.env.url + path, headers=headers, timeout=60, **kw)
        sent = (path, *path.split("/"), *(str(v) for v in (kw.get("params") or {}).values()))
        self.check(what, reader, r, tombstones_ok=path.endswith("/changes"), sent=sent)
        return r

    # -- the requests
    def run(self) -> None:
        since = min(self.version_of.values()) - 1
        for reader in OUTSIDERS:
            self.reads(reader, since)
            if reader not in (None, "viewer"):
                self.writes(reader)
        self.control(since)

    def reads(self, reader: str | None, since: int) -> None:
        get = self.get
        for c in ("aid_points", "service_areas"):
            get(f"items {c}", reader, f"/collections/{c}/items", params={"limit": 10_000})
            get(f"items {c} in Olsztyn", reader, f"/collections/{c}/items", params={"teryt": OLSZTYN})
            get(f"changes {c}", reader, f"/collections/{c}/changes", params={"since": since})
            get(f"snapshot {c}", reader, f"/collections/{c}/snapshot")
            get(f"collection {c}", reader, f"/collections/{c}")
        get("collections", reader, "/collections")
        for kind in ("public", "approximate", "staff_only", "deleted"):
            fid = self.ids[kind]
            get(f"service areas of {kind}", reader, "/collections/service_areas/items", params={"aid_point_id": fid})
            for spelling in _spellings(fid):
                get(f"item {kind} as {spelling[:12]}", reader, f"/collections/aid_points/items/{spelling}")
                get(f"history {kind} as {spelling[:12]}", reader, f"/collections/aid_points/items/{spelling}/history")
            get(f"item {kind} If-None-Match", reader, f"/collections/aid_points/items/{fid}",
                headers={"If-None-Match": f'"{self.version_of[fid]}"'})
            area = self.ids[kind + "_area"]
            get(f"area of {kind}", reader, f"/collections/service_areas/items/{area}")
            get(f"area of {kind} history", reader, f"/collections/service_areas/items/{area}/history")
        for kind in ("approximate", "staff_only", "deleted"):  # a tiny bbox around the exact spot
            x, y = json.loads(self.secrets[kind][1]), json.loads(self.secrets[kind][2])
            get(f"bbox at {kind}", reader, "/collections/aid_points/items",
                params={"bbox": f"{x - 1e-5},{y - 1e-5},{x + 1e-5},{y + 1e-5}"})
            get(f"areas bbox at {kind}", reader, "/collections/service_areas/items",
                params={"bbox": f"{x - 1e-5},{y - 1e-5},{x + 1e-5},{y + 1e-5}"})

    def writes(self, reader: str) -> None:
        """What an editor of another area might try, to make the store show it a hidden point."""
        url, auth = self.env.url, self.env.auth(reader)
        for kind in ("approximate", "staff_only", "deleted"):
            fid = self.ids[kind]
            for base in (self.version_of[fid], 1):  # current, and stale (a conflict shows `current`)
                op = {"op": "update", "collection": "aid_points", "id": fid, "base_version": base,
                      "properties": {"phone": "+48 89 000 00 01"}}
                r = self.s.post(url + "/changesets", json={"id": str(uuid.uuid4()), "operations": [op]},
                                headers=auth, timeout=60)
                self.check(f"update of {kind} (base {base})", reader, r, sent=(fid,))
            r = self.s.patch(f"{url}/collections/aid_points/items/{fid}", data=b'{"properties": {}}',
                             headers={**auth, "Content-Type": MERGE, "If-Match": "*"}, timeout=60)
            self.check(f"patch of {kind}", reader, r, sent=(fid,))
            op = {"op": "create", "collection": "service_areas", "id": str(uuid.uuid4()), "geometry": _square(20, 53),
                  "properties": {"aid_point_id": fid, "kind": "manual"}}
            r = self.s.post(url + "/changesets", json={"id": str(uuid.uuid4()), "operations": [op]},
                            headers=auth, timeout=60)
            self.check(f"service area on {kind}", reader, r, sent=(fid,))

    def control(self, since: int) -> None:
        """The commune's own editor sees every live point exactly (else the catalogue proves nothing)."""
        r = self.s.get(self.env.url + "/collections/aid_points/items", params={"teryt": OLSZTYN, "limit": 10_000},
                       headers=self.env.auth(EDITOR), timeout=60)
        got = {f["id"] for f in r.json()["features"]}
        for kind in ("public", "approximate", "staff_only"):
            if self.ids[kind] not in got:
                self.wrong.append(f"control: the commune's editor does not see the {kind} point")
        hist = self.s.get(f"{self.env.url}/collections/aid_points/items/{self.ids['deleted']}/history",
                          headers=self.env.auth(EDITOR), timeout=60)
        if hist.status_code != 200 or "SekretnaDeleted" not in hist.text:
            self.wrong.append(f"control: the commune's editor cannot read the deleted point's history "
                              f"({hist.status_code})")


def catalogue(env: StoreEnv, areas: Areas) -> Catalogue:
    """Run the whole catalogue (env needs USERS); `leaks` lists every reply that leaked."""
    cat = Catalogue(env, areas)
    cat.run()
    cat.s.close()
    return cat
