"""What every part of the reliability suite shares.

- `StoreEnv`: a store database on a throwaway PostgreSQL cluster (a copy of one prepared template:
  PRG boundaries, seeded points) served by `mapujpomoc-store serve --workers N`, run as an operator runs it;
- `Recorder`: every request a client makes, with its latency and status; every changeset sent, with its
  operations and the reply its sender finally got;
- `Areas`: the PRG communes read independently of the store (shapely), to place points inside or outside
  an editor's area and to know beforehand what the store must answer;
- `audit()`: rebuilds every feature from the store's history and compares it with the final rows and the
  items clients read, and accounts for every operation sent: lost, duplicated, unauthorized.
"""

from __future__ import annotations

import json
import math
import random
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

REPO = Path(__file__).resolve().parents[1]
for _p in (REPO, REPO / "tests", REPO / "tests" / "e2e"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

from support.pg_cluster import PgCluster, PgUnavailable  # noqa: E402
from support.store_server import StoreDatabase, StoreServer  # noqa: E402

from mapujpomoc_store.launcher import shared_data_dir  # noqa: E402

PROBLEM = "application/problem+json"
OPERATORS = frozenset({"seed"})  # history written by the operator's CLI (seed-demo), not through the API
REFUSED = ("conflict", "forbidden", "invalid", "not_applied")

__all__ = ["PgCluster", "PgUnavailable", "StoreDatabase", "StoreServer", "shared_data_dir"]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# -- what clients saw ---------------------------------------------------------------------------------------------


@dataclass
class Sent:
    """One changeset as its sender knows it: the operations and the reply it finally got."""

    cid: str
    editor: str
    user: str
    ops: list[dict[str, Any]]
    probes: set[int] = field(default_factory=set)  # operations sent outside the sender's area on purpose
    setup: bool = False  # the suite's own preparation, not an editor's edit
    attempts: int = 0
    status: int | None = None
    reply: dict[str, Any] | None = None
    errors: list[str] = field(default_factory=list)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = math.floor(k), math.ceil(k)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


class Recorder:
    """Thread-safe notes of every request and every changeset of a run."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.statuses: Counter[tuple[str, int]] = Counter()
        self.network_errors: Counter[str] = Counter()
        self.server_errors: list[str] = []
        self.sent: dict[str, Sent] = {}
        self.notes: Counter[str] = Counter()

    def call(self, session: requests.Session, method: str, url: str, kind: str, **kw: Any) -> requests.Response:
        t0 = time.perf_counter()
        try:
            resp = session.request(method, url, **kw)
        except requests.RequestException as exc:
            with self.lock:
                self.network_errors[f"{kind}: {type(exc).__name__}"] += 1
            raise
        self.response(kind, resp.status_code, time.perf_counter() - t0, f"{method} {url}", resp.text)
        return resp

    def response(self, kind: str, status: int, seconds: float | None, what: str = "", body: str = "") -> None:
        with self.lock:
            if seconds is not None:
                self.latency[kind].append(seconds)
            self.statuses[(kind, status)] += 1
            if status >= 500:
                self.server_errors.append(f"{what} -> {status}: {body[:300]}")

    def note(self, what: str, n: int = 1) -> None:
        with self.lock:
            self.notes[what] += n

    def changeset(self, sent: Sent) -> Sent:
        with self.lock:
            return self.sent.setdefault(sent.cid, sent)

    def replied(self, cid: str, status: int, reply: dict[str, Any]) -> None:
        with self.lock:
            s = self.sent[cid]
            s.attempts += 1
            s.status, s.reply = status, reply

    def failed(self, cid: str, error: str) -> None:
        with self.lock:
            s = self.sent[cid]
            s.attempts += 1
            s.errors.append(error)

    def stats(self, kind: str) -> dict[str, float]:
        values = self.latency.get(kind, [])
        return {"n": len(values), "p50_ms": percentile(values, 0.5) * 1000, "p99_ms": percentile(values, 0.99) * 1000,
                "max_ms": (max(values) * 1000) if values else float("nan")}


def recording_client(env: StoreEnv, user: str, rec: Recorder, *, editor: str | None = None,
                     probes: set[str] | None = None, url: str | None = None, timeout: float = 120,
                     on_send: Any = None) -> Any:
    """The plugin's `StoreClient`, noting every request and every changeset with its final reply in `rec`.

    `probes`: ids of features edited outside the user's area on purpose (the store must refuse them)."""
    from mapujpomoc_qgis.core.connection.client import StoreClient

    name = editor or user

    class Recording(StoreClient):
        def request(self, method: str, path: str, **kw: Any) -> Any:
            kind = "changeset" if path == "/changesets" else "changes" if path.endswith("/changes") else "read"
            t0 = time.perf_counter()
            try:
                resp = super().request(method, path, **kw)
            except Exception as exc:
                if getattr(exc, "status", None):
                    rec.response(kind, exc.status, time.perf_counter() - t0, f"{method} {path}", str(exc))
                raise
            rec.response(kind, resp.status_code, time.perf_counter() - t0, f"{method} {path}")
            return resp

        def post_changeset(self, changeset: dict[str, Any]) -> tuple[int, dict[str, Any]]:
            ops = changeset["operations"]
            marked = {i for i, op in enumerate(ops) if probes and op["id"] in probes}
            sent = rec.changeset(Sent(changeset["id"], name, user, ops, marked))
            if sent.attempts == 0 and sent.status is None and not sent.errors and on_send is not None:
                on_send(len(ops))
            try:
                status, reply = super().post_changeset(changeset)
            except Exception as exc:
                rec.failed(changeset["id"], str(exc)[:160])
                raise
            rec.replied(changeset["id"], status, reply)
            return status, reply

    return Recording(url or env.url, env.token(user), timeout=timeout)


def is_problem(resp: requests.Response) -> bool:
    """An RFC 9457 problem: the media type, and a JSON body with the status and a detail."""
    if not resp.headers.get("content-type", "").startswith(PROBLEM):
        return False
    try:
        body = resp.json()
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("status") == resp.status_code and isinstance(body.get("detail"), str) \
        and bool(body["detail"])


# -- the PRG communes, read independently -------------------------------------------------------------------------


class Areas:
    """Communes from the PRG file (shapely), and points well inside them."""

    def __init__(self, shared: Path | None = None, inset: float = 0.004) -> None:
        import shapely
        from shapely.geometry import shape

        data = json.loads(((shared or shared_data_dir()) / "prg" / "gminy.geojson").read_text(encoding="utf-8"))
        self.gminy = {f["properties"]["JPT_KOD_JE"]: shape(f["geometry"]).buffer(0) for f in data["features"]}
        self.names = {f["properties"]["JPT_KOD_JE"]: f["properties"]["JPT_NAZWA_"] for f in data["features"]}
        self.inner = {c: g.buffer(-inset) for c, g in self.gminy.items()}
        self.inner = {c: g for c, g in self.inner.items() if not g.is_empty and g.area > 0}
        self._codes = sorted(self.gminy)
        self._tree = shapely.STRtree([self.gminy[c] for c in self._codes])
        for g in self.inner.values():
            shapely.prepare(g)

    def point_in(self, code: str, rng: random.Random) -> list[float]:
        import shapely

        poly = self.inner[code]
        minx, miny, maxx, maxy = poly.bounds
        while True:
            x, y = round(rng.uniform(minx, maxx), 6), round(rng.uniform(miny, maxy), 6)
            if poly.contains(shapely.Point(x, y)):
                return [x, y]

    def commune_at(self, lon: float, lat: float) -> str | None:
        import shapely

        hits = [self._codes[i] for i in self._tree.query(shapely.Point(lon, lat), predicate="intersects")]
        return min(hits) if hits else None

    def codes(self, prefix: str) -> list[str]:
        return [c for c in self._codes if c.startswith(prefix) and c in self.inner]


def covers(role: str, scope: Iterable[str], teryt: str | None) -> bool:
    if role == "admin":
        return True
    return bool(teryt) and any(teryt.startswith(p) for p in scope)  # type: ignore[union-attr]


# -- a store on PostgreSQL ----------------------------------------------------------------------------------------


def make_template(cluster: PgCluster, name: str = "rel_template", seed_count: int = 300) -> StoreDatabase:
    """init, PRG import, seeded points and an admin and a viewer, through the operator's CLI."""
    url = cluster.create_database(name)
    return StoreDatabase(url).prepare(seed_count=seed_count, seed=11,
                                      users=[("admin", "admin", ()), ("viewer", "viewer", ())])


class StoreEnv:
    """A copy of the template database served by `mapujpomoc-store serve --workers N`."""

    def __init__(self, cluster: PgCluster, template: StoreDatabase, name: str, workdir: Path, workers: int = 2,
                 **server_kw: Any) -> None:
        self.cluster = cluster
        self.name = name
        self.database = template.clone_to(cluster.url(name), cluster)
        self.workdir = workdir / name
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.server = StoreServer(self.database, workers=workers, log_dir=self.workdir / "log", **server_kw)
        self.users: dict[str, tuple[str, list[str]]] = {"admin": ("admin", []), "viewer": ("viewer", [])}
        self._engine = None

    # -- lifecycle
    def start(self) -> StoreEnv:
        self.server.start(timeout=60)
        return self

    def stop(self) -> None:
        self.server.stop()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> StoreEnv:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- access
    @property
    def url(self) -> str:
        return self.server.url

    @property
    def db_url(self) -> str:
        return self.database.db_url

    def token(self, user: str) -> str:
        return self.database.tokens[user]

    def auth(self, user: str | None) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(user)}"} if user else {}

    @property
    def engine(self):  # type: ignore[no-untyped-def]
        if self._engine is None:
            from mapujpomoc_store import db

            self._engine = db.make_engine(self.db_url)
        return self._engine

    def add_users(self, users: Iterable[tuple[str, str, Iterable[str]]]) -> None:
        """Many users at once, written as `mapujpomoc-store user add` writes them (one CLI run each would
        take half a second per user)."""
        from mapujpomoc_store import db
        from mapujpomoc_store.auth import check_scope, hash_token, new_token, now_iso

        rows = []
        for name, role, scope in users:
            scope = check_scope(list(scope))
            token = new_token()
            self.database.tokens[name] = token
            self.users[name] = (role, scope)
            rows.append(dict(name=name, role=role, scope=json.dumps(scope), token_hash=hash_token(token),
                             created_at=now_iso(), expires_at=None, revoked_at=None))
        with self.engine.begin() as conn:
            conn.execute(db.users.insert(), rows)

    def restart_postgres(self) -> None:
        """`pg_ctl restart -m fast`: every session is ended, the server comes back on the same port."""
        c = self.cluster
        c._run("pg_ctl", "-D", str(c.datadir), "-l", str(c.logfile), "-m", "fast", "-w", "-t", "60", "restart")

    def sql(self, query: str, **params: Any) -> list[Any]:
        from sqlalchemy import text

        with self.engine.connect() as conn:
            return conn.execute(text(query), params).all()


# -- the audit ----------------------------------------------------------------------------------------------------


@dataclass
class Audit:
    edits: int = 0  # operations sent by editors (setup excluded)
    applied: int = 0
    noops: int = 0  # updates accepted that changed nothing (no new version, no history entry: by design)
    refused: Counter[str] = field(default_factory=Counter)
    probes: int = 0  # operations sent outside the sender's area on purpose
    probes_refused: int = 0
    probes_applied: int = 0  # the point had been moved into the sender's area meanwhile (the history check covers it)
    probes_not_tried: int = 0  # refused with their changeset for another of its operations ("not_applied")
    features: int = 0
    history: int = 0
    lost: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    unauthorized: list[str] = field(default_factory=list)
    unreported: list[str] = field(default_factory=list)  # a refused operation its sender was not told about
    refused_but_applied: list[str] = field(default_factory=list)
    unknown_writes: list[str] = field(default_factory=list)  # history of a changeset nobody sent
    unanswered: list[str] = field(default_factory=list)  # changesets whose sender never got a reply
    mismatches: list[str] = field(default_factory=list)  # final state differs from the replay of the history
    broken_chain: list[str] = field(default_factory=list)  # a history entry whose "old" is not the value before

    def failures(self) -> list[str]:
        out = []
        for name in ("lost", "duplicated", "unauthorized", "unreported", "refused_but_applied", "unknown_writes",
                     "unanswered", "mismatches", "broken_chain"):
            items = getattr(self, name)
            if items:
                out.append(f"{len(items)} {name.replace('_', ' ')}: " + "; ".join(items[:5]))
        return out

    def merge(self, other: Audit) -> None:
        for name, value in other.__dict__.items():
            mine = getattr(self, name)
            if isinstance(value, list):
                mine.extend(value)
            elif isinstance(value, Counter):
                mine.update(value)
            else:
                setattr(self, name, mine + value)


@dataclass
class _Replayed:
    props: dict[str, Any] = field(default_factory=dict)
    geometry: Any = None
    deleted: bool = False
    version: int = 0
    user: str = ""
    at: str = ""


def _norm(value: Any) -> Any:
    return None if value in ("", None) else value


def audit(env: StoreEnv, sent: Iterable[Sent] = (), *, users: dict[str, tuple[str, list[str]]] | None = None,
          items: bool = True, known_changesets: Iterable[str] = ()) -> Audit:
    """Replay the store's history and account for every changeset in `sent` (see the module doc)."""
    from sqlalchemy import select

    from mapujpomoc_store import db

    result = Audit()
    with env.engine.connect() as conn:
        user_rows = {r.name: (r.role, json.loads(r.scope)) for r in conn.execute(select(db.users))}
        history = conn.execute(select(db.history).order_by(db.history.c.version, db.history.c.seq)).all()
        rows = conn.execute(select(db.features)).all()
    users = {**user_rows, **(users or {})}
    result.history = len(history)

    state: dict[tuple[str, str], _Replayed] = {}
    by_cid: dict[tuple[str, str, str], list[tuple[int, dict[str, Any], Any, dict[str, Any], str]]] = defaultdict(list)
    versions: dict[tuple[str, str], set[int]] = defaultdict(set)
    seen_cids: set[str] = set()
    for h in history:
        key = (h.collection, h.feature_id)
        label = f"{h.collection}/{h.feature_id}@{h.version}"
        cur = state.get(key)
        if h.op == "create":
            if cur is not None:
                result.broken_chain.append(f"{label}: created twice")
            cur = state[key] = _Replayed()
        elif cur is None:
            result.broken_chain.append(f"{label}: {h.op} before any create")
            cur = state[key] = _Replayed()
        elif cur.deleted:
            result.broken_chain.append(f"{label}: {h.op} after the delete")
        changes = json.loads(h.changes)
        before_props, before_geom = dict(cur.props), cur.geometry
        teryt_before = cur.props.get("teryt") if h.op != "create" else None
        for name, (old, new) in changes.items():
            current = cur.geometry if name == "geometry" else cur.props.get(name)
            if _norm(current) != _norm(old):
                result.broken_chain.append(f"{label}: {name} was {current!r}, the history says {old!r}")
            if name == "geometry":
                cur.geometry = new
            else:
                cur.props[name] = new
        if h.op == "delete":
            cur.deleted = True
        cur.version, cur.user, cur.at = h.version, h.user_name, h.at
        versions[key].add(h.version)
        teryt_after = cur.props.get("teryt") if h.op != "delete" else None
        role, scope = users.get(h.user_name, ("admin" if h.user_name in OPERATORS else "unknown", []))
        if role != "admin":
            for where, teryt in (("old", teryt_before), ("new", teryt_after)):
                if (h.op == "create" and where == "old") or (h.op == "delete" and where == "new"):
                    continue
                if not covers(role, scope, teryt):
                    result.unauthorized.append(f"{label}: {h.op} by {h.user_name} ({role} {scope}), {where} teryt "
                                               f"{teryt}")
        if h.changeset:
            seen_cids.add(h.changeset)
            by_cid[(h.changeset, h.collection, h.feature_id)].append(
                (h.version, changes, before_geom, before_props, h.op))

    # the final rows are the replay
    row_keys = set()
    for r in rows:
        key = (r.collection, r.id)
        row_keys.add(key)
        label = f"{r.collection}/{r.id}"
        rep = state.get(key)
        if rep is None:
            result.mismatches.append(f"{label}: a row without history")
            continue
        if bool(r.deleted) != rep.deleted or r.version != rep.version:
            result.mismatches.append(f"{label}: row deleted={r.deleted} v{r.version}, history deleted={rep.deleted} "
                                     f"v{rep.version}")
            continue
        if r.deleted:
            continue
        result.features += 1
        _compare(label, json.loads(r.properties), json.loads(r.geometry) if r.geometry else None, rep,
                 result.mismatches)
    for key in set(state) - row_keys:
        result.mismatches.append(f"{key[0]}/{key[1]}: history without a row")

    # ... and so are the items clients read
    if items:
        for collection in ("aid_points", "service_areas"):
            live = {k[1] for k, rep in state.items() if k[0] == collection and not rep.deleted}
            got: set[str] = set()
            url: str | None = f"{env.url}/collections/{collection}/items?limit=10000"
            while url:
                page = requests.get(url, headers=env.auth("admin"), timeout=120).json()
                for f in page["features"]:
                    got.add(f["id"])
                    rep = state.get((collection, f["id"]))
                    if rep is None:
                        result.mismatches.append(f"items {collection}/{f['id']}: not in the history")
                    else:
                        _compare(f"items {collection}/{f['id']}", f["properties"], f["geometry"], rep,
                                 result.mismatches)
                url = next((lk["href"] for lk in page["links"] if lk["rel"] == "next"), None)
            for fid in sorted(live - got)[:20]:
                result.mismatches.append(f"items {collection}/{fid}: live in the history, missing from the items")

    # every operation sent: once if accepted, never if refused, and its sender told either way
    sent_cids = set()
    for s in sent:
        sent_cids.add(s.cid)
        where = f"{s.editor} changeset {s.cid}"
        if not s.setup:
            result.edits += len(s.ops)
            result.probes += len(s.probes)
        if s.reply is None:
            result.unanswered.append(f"{where}: {len(s.ops)} operations, no reply after {s.attempts} attempts "
                                     f"({'; '.join(s.errors[-2:])})")
            continue
        results = s.reply.get("results") or []
        if len(results) != len(s.ops) or [r.get("index") for r in results] != list(range(len(s.ops))):
            result.unreported.append(f"{where}: {len(s.ops)} operations, {len(results)} results")
            continue
        accepted = s.status == 200 and s.reply.get("applied") is True
        for i, (op, res) in enumerate(zip(s.ops, results)):
            collection = op.get("collection")
            fid = res.get("id") or op.get("id")
            entries = by_cid.get((s.cid, collection, fid), [])
            label = f"{where} op {i} {op.get('op')} {collection}/{fid}"
            if res.get("op") != op.get("op") or (op.get("id") and res.get("id") != op.get("id")):
                result.unreported.append(f"{label}: the result is for {res.get('op')} {res.get('id')}")
            if not accepted:
                if res.get("outcome") not in REFUSED:
                    result.unreported.append(f"{label}: outcome {res.get('outcome')!r} in a refused changeset")
                elif not s.setup:
                    result.refused[res["outcome"]] += 1
                if i in s.probes and res.get("outcome") in ("forbidden", "conflict"):
                    result.probes_refused += 1
                elif i in s.probes and res.get("outcome") == "not_applied":
                    result.probes_not_tried += 1
                if entries:
                    result.refused_but_applied.append(f"{label}: refused ({s.status}) but in the history")
                continue
            if res.get("outcome") != "applied":
                result.unreported.append(f"{label}: outcome {res.get('outcome')!r} in an applied changeset")
                continue
            if not s.setup:
                result.applied += 1
            if i in s.probes:
                result.probes_applied += 1
            if len(entries) > 1:
                result.duplicated.append(f"{label}: {len(entries)} history entries {[e[0] for e in entries]}")
            version = res.get("version")
            if not entries:
                if op.get("op") == "update" and version in versions.get((collection, fid), ()):
                    result.noops += 1  # it changed nothing, so the store kept the version it had
                else:
                    result.lost.append(f"{label}: accepted as v{version}, not in the history")
                continue
            v, changes, before_geom, before_props, hop = entries[0]
            if v != version or hop != op.get("op"):
                result.lost.append(f"{label}: the reply says {op.get('op')} v{version}, the history {hop} v{v}")
                continue
            if op.get("op") in ("create", "update"):
                for name, value in (op.get("properties") or {}).items():
                    after = changes[name][1] if name in changes else before_props.get(name)
                    if _norm(after) != _stored(collection, name, value):
                        result.lost.append(f"{label}: {name} sent {value!r}, the history has {after!r}")
                geom = op.get("geometry")
                if geom is not None:
                    after = changes["geometry"][1] if "geometry" in changes else before_geom
                    if after != geom:
                        result.lost.append(f"{label}: the geometry sent is not the one in the history")
    known = set(known_changesets)
    for cid in sorted(seen_cids - sent_cids - known):
        result.unknown_writes.append(f"changeset {cid} is in the history but nobody sent it")
    return result


def _stored(collection: str, name: str, value: Any) -> Any:
    """What the store keeps for a sent value: empty text as null, a missing list as [], defaults."""
    from mapujpomoc_model import schema

    value = _norm(value)
    if value is None:
        if name in schema.DEFAULTS.get(collection, {}):
            return schema.DEFAULTS[collection][name]
        f = schema.fields_by_name(collection).get(name)
        if f is not None and f.kind == schema.LIST:
            return []
    return value


def _compare(label: str, props: dict[str, Any], geometry: Any, rep: _Replayed, out: list[str]) -> None:
    expected = dict(rep.props, version=rep.version, updated_by=rep.user, updated_at=rep.at)
    for name in set(props) | set(expected):
        if _norm(props.get(name)) != _norm(expected.get(name)):
            out.append(f"{label}: {name} is {props.get(name)!r}, the history gives {expected.get(name)!r}")
    if geometry != rep.geometry:
        out.append(f"{label}: geometry {geometry} differs from the history's {rep.geometry}")
