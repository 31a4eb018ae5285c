"""Helpers for end-to-end tests: working copies of different users against one real store."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

from mapujpomoc_qgis.core.connection.client import StoreClient
from mapujpomoc_qgis.core.sync import rows
from mapujpomoc_qgis.core.sync.syncer import Syncer
from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy

OLSZTYN_POINT = [20.4801, 53.7784]  # inside gmina Olsztyn (2862011)


@dataclass
class Clone:
    """One user's working copy and the syncer that goes with it."""

    path: Path
    store: Any
    user: str

    def open(self) -> WorkingCopy:
        return WorkingCopy.open_or_create(self.path, self.store.url)

    def sync(self, **kw: Any):  # type: ignore[no-untyped-def]
        with self.open() as wc, StoreClient(self.store.url, self.store.token(self.user)) as client:
            return Syncer(wc, client, **kw).sync()

    def sql(self, query: str, params: tuple = ()) -> list[tuple]:
        conn = sqlite3.connect(self.path)
        try:
            return conn.execute(query, params).fetchall()
        finally:
            conn.close()

    def local_features(self, collection: str = "aid_points") -> dict[str, dict[str, Any]]:
        """uuid -> {properties (store form, store fields included), geometry} read straight from the file."""
        conn = sqlite3.connect(self.path)
        conn.row_factory = sqlite3.Row
        try:
            out = {}
            for r in conn.execute(f'SELECT * FROM "{collection}"'):
                d = dict(r)
                props, geom = rows.read_row(collection, d)
                props.update({k: d[k] for k in rows.STORE_KEYS})
                out[d["uuid"]] = {"properties": props, "geometry": geom}
            return out
        finally:
            conn.close()


def store_features(store, collection: str = "aid_points") -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    """Every live feature of a collection, read through the public items API (paging by next links)."""
    out: dict[str, dict[str, Any]] = {}
    url: str | None = f"{store.url}/collections/{collection}/items?limit=1000"
    while url:
        page = requests.get(url, headers=store.auth("admin"), timeout=30).json()
        for f in page["features"]:
            out[f["id"]] = f
        url = next((link["href"] for link in page["links"] if link["rel"] == "next"), None)
    return out


def api(store, method: str, path: str, user: str = "admin", **kw: Any) -> requests.Response:  # type: ignore[no-untyped-def]
    headers = {**store.auth(user), **kw.pop("headers", {})}
    return requests.request(method, store.url + path, headers=headers, timeout=30, **kw)


def new_point(name: str = "Punkt testowy", coords: list[float] | None = None, **props: Any) -> dict[str, Any]:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": coords or OLSZTYN_POINT},
            "properties": {"name": name, "help_types": ["legal"], **props}}


def create(store, feature: dict[str, Any], collection: str = "aid_points", user: str = "admin") -> dict:  # type: ignore[no-untyped-def]
    r = api(store, "POST", f"/collections/{collection}/items", user, json=feature,
            headers={"Content-Type": "application/geo+json"})
    assert r.status_code == 201, r.text
    return r.json()


def patch(store, fid: str, props: dict[str, Any], collection: str = "aid_points", user: str = "admin",  # type: ignore[no-untyped-def]
          geometry: dict | None = None) -> dict:
    current = api(store, "GET", f"/collections/{collection}/items/{fid}", user)
    body: dict[str, Any] = {"properties": props}
    if geometry:
        body["geometry"] = geometry
    r = api(store, "PATCH", f"/collections/{collection}/items/{fid}", user, data=json.dumps(body),
            headers={"Content-Type": "application/merge-patch+json", "If-Match": current.headers["ETag"]})
    assert r.status_code == 200, r.text
    return r.json()


def delete(store, fid: str, collection: str = "aid_points", user: str = "admin") -> None:  # type: ignore[no-untyped-def]
    current = api(store, "GET", f"/collections/{collection}/items/{fid}", user)
    r = api(store, "DELETE", f"/collections/{collection}/items/{fid}", user,
            headers={"If-Match": current.headers["ETag"]})
    assert r.status_code == 204, r.text


# -- writing a working copy as other programs do, the CLI, the store's history ------------------------------------
# (added for test_edit_sync, test_faults, test_concurrency and test_capture)

def wc_connect(clone: Clone) -> sqlite3.Connection:
    """An autocommit connection that writes the GeoPackage like GDAL does: GDAL's R-tree triggers find
    their spatial functions, and the outbox triggers see an ordinary edit."""
    from mapujpomoc_model.gpkg_geom import register_functions

    conn = sqlite3.connect(clone.path, timeout=30, isolation_level=None)
    register_functions(conn)
    return conn


def edit(clone: Clone, fid: str, collection: str = "aid_points", geometry: dict | None = None,
         **values: Any) -> None:
    """Change fields (store form: lists as lists) and/or the geometry of one local row, as a user would."""
    from mapujpomoc_model import schema
    from mapujpomoc_model.gpkg_geom import encode

    fields = schema.fields_by_name(collection)
    sets = {f'"{k}"': rows.to_column(fields[k], v) for k, v in values.items()}
    if geometry is not None:
        sets["geom"] = encode(geometry)
    conn = wc_connect(clone)
    try:
        n = conn.execute(f'UPDATE "{collection}" SET ' + ", ".join(f"{k} = ?" for k in sets) + " WHERE uuid = ?",
                         (*sets.values(), fid)).rowcount
    finally:
        conn.close()
    assert n == 1, f"{fid} is not in {clone.path.name}"


def remove(clone: Clone, fid: str, collection: str = "aid_points") -> None:
    conn = wc_connect(clone)
    try:
        assert conn.execute(f'DELETE FROM "{collection}" WHERE uuid = ?', (fid,)).rowcount == 1
    finally:
        conn.close()


def add_local(clone: Clone, name: str, coords: list[float], **props: Any) -> str:
    """A new local point without a uuid (the insert trigger gives it one); returns the uuid."""
    from mapujpomoc_model import schema
    from mapujpomoc_model.gpkg_geom import encode

    fields = schema.fields_by_name("aid_points")
    values = {"name": name, "help_types": ["legal"], **props}
    cols = ["geom", *(f'"{k}"' for k in values)]
    conn = wc_connect(clone)
    try:
        cur = conn.execute(f'INSERT INTO aid_points ({", ".join(cols)}) VALUES ({", ".join("?" * len(cols))})',
                           (encode({"type": "Point", "coordinates": coords}),
                            *(rows.to_column(fields[k], v) for k, v in values.items())))
        return conn.execute("SELECT uuid FROM aid_points WHERE fid = ?", (cur.lastrowid,)).fetchone()[0]
    finally:
        conn.close()


def outbox(clone: Clone) -> dict[str, dict[str, Any]]:
    """uuid -> outbox entry (op, state, reason, ...)."""
    with clone.open() as wc:
        return {p["uuid"]: p for p in wc.pending()}


def open_conflicts(clone: Clone) -> list[dict[str, Any]]:
    with clone.open() as wc:
        return wc.conflicts()


def history(store, fid: str, collection: str = "aid_points") -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    r = api(store, "GET", f"/collections/{collection}/items/{fid}/history")
    assert r.status_code == 200, r.text
    return r.json()["history"]


def mapujpomoc(*args: Any, token: str | None = None) -> Any:
    """Run the `mapujpomoc` command as a user would (token in MAPUJPOMOC_TOKEN); a CompletedProcess."""
    import os
    import subprocess
    import sys

    exe = Path(sys.executable).with_name("mapujpomoc")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "mapujpomoc_qgis.cli"]
    env = {k: v for k, v in os.environ.items() if k != "MAPUJPOMOC_TOKEN"}
    if token:
        env["MAPUJPOMOC_TOKEN"] = token
    return subprocess.run([*cmd, *map(str, args)], capture_output=True, text=True, env=env, timeout=120)


def cli_sync(clone: Clone) -> Any:
    return mapujpomoc("sync", "--store", clone.store.url, "--workcopy", clone.path,
                      token=clone.store.token(clone.user))
