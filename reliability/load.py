"""Load: many editors at once against the store on PostgreSQL with several worker processes.

Each editor is a thread with its own token, area and view of the store. Most speak the sync protocol
directly (pull `/changes`, send `POST /changesets` with a UUID, retry the same UUID after a timeout);
some are real working copies driven by the plugin's `Syncer`, edited the way GDAL programs edit them.
They make random edits to points shared with other editors of their area and to their own: change fields,
move (also across a commune border inside their area), create, delete (others' points too), and now and
then, on purpose, something outside their area (a probe the store must refuse). Some requests are sent
with a tiny timeout, so the retry with the same UUID races the first attempt.

Afterwards `common.audit` rebuilds every feature from the history and accounts for every operation; each
working copy syncs once more and must hold exactly the store's features with nothing left to send.
"""

from __future__ import annotations

import itertools
import json
import random
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from .common import Areas, Audit, Recorder, Sent, StoreEnv, audit, covers, log, recording_client

FIELDS = ("description", "phone", "email", "status", "help_types", "opening_hours", "name", "website")
HELP = ("accommodation", "food", "material", "legal", "psychological", "medical", "information", "translation")
HOURS = ("Mo-Fr 08:00-16:00", "24/7", "Mo-Sa 09:00-17:00", "Tu,Th 10:00-14:00")
STATUSES = ("active", "inactive", "unverified")
# the mix of roles, repeated: most editors work in one commune, some in a county, a few coordinate a
# voivodeship, one in 25 is an admin
ROLE_CYCLE = ("commune", "commune", "county", "commune", "coordinator", "commune", "county", "commune", "commune",
              "admin", "commune", "county", "commune", "commune", "coordinator", "commune", "commune", "county",
              "commune", "commune", "coordinator", "commune", "county", "commune", "commune")
COUNTY_SCOPES = (["2814"], ["2815"], ["2814", "2862011"])
COORDINATOR_SCOPES = (["28"], ["28"], ["08"])


@dataclass
class LoadConfig:
    editors: int = 50
    seconds: float = 60.0
    edits: int = 300  # at most, per editor
    copies: int = 5  # how many of the editors use a working copy and the plugin's Syncer
    think: float = 0.02  # mean pause between an editor's changesets, seconds
    impatient: float = 0.03  # share of changesets first sent with a tiny timeout (then retried, same UUID)
    probes: float = 0.05  # share of changesets that try something outside the editor's area
    points_per_commune: int = 20
    workers: int = 2  # store worker processes
    seed: int = 20220224


@dataclass
class EditorSpec:
    name: str
    role: str
    scope: list[str]
    work: list[str]  # communes where it creates and moves points
    out: list[str]  # communes of the test area outside its scope (for probes)
    copy: bool = False


@dataclass
class LoadResult:
    config: LoadConfig
    audit: Audit
    recorder: Recorder
    seconds: float
    copy_mismatches: list[str] = field(default_factory=list)
    editor_errors: list[str] = field(default_factory=list)

    @property
    def server_errors(self) -> int:
        return len(self.recorder.server_errors)

    def failures(self) -> list[str]:
        out = self.audit.failures()
        if self.copy_mismatches:
            out.append(f"{len(self.copy_mismatches)} working copy mismatches: " + "; ".join(self.copy_mismatches[:5]))
        if self.editor_errors:
            out.append(f"{len(self.editor_errors)} editor errors: " + "; ".join(self.editor_errors[:5]))
        if self.recorder.server_errors:
            out.append(f"{self.server_errors} server errors: " + "; ".join(self.recorder.server_errors[:3]))
        return out

    def lines(self) -> list[str]:
        a, r = self.audit, self.recorder
        cs, ch, sy = r.stats("changeset"), r.stats("changes"), r.stats("sync")
        refused = ", ".join(f"{n} {k}" for k, n in sorted(a.refused.items())) or "none"
        return [
            f"load: {self.config.editors} editors ({self.config.copies} with working copies) for {self.seconds:.1f} s "
            f"against the store on PostgreSQL with {self.config.workers} worker processes",
            f"  edits sent {a.edits} ({a.edits / self.seconds:.1f}/s), applied {a.applied} "
            f"({a.applied / self.seconds:.1f}/s, {a.noops} changed nothing), refused {sum(a.refused.values())} "
            f"({refused})",
            f"  edits outside the editor's area on purpose: {a.probes}, refused {a.probes_refused}, accepted "
            f"{a.probes_applied} (the point had been moved into the area meanwhile; every write checked below)",
            f"  POST /changesets: {cs['n']} requests ({cs['n'] / self.seconds:.1f}/s), p50 {cs['p50_ms']:.1f} ms, "
            f"p99 {cs['p99_ms']:.1f} ms, max {cs['max_ms']:.1f} ms",
            f"  GET /changes: {ch['n']} requests, p50 {ch['p50_ms']:.1f} ms, p99 {ch['p99_ms']:.1f} ms"
            + (f"; working copy syncs: {sy['n']}, p50 {sy['p50_ms']:.0f} ms, p99 {sy['p99_ms']:.0f} ms" if sy["n"] else ""),
            f"  retries after a timeout or a dropped connection: {r.notes['retry']}, "
            f"changesets answered by their first reply on retry: {r.notes['replayed reply']}",
            f"  history: {a.history} entries, {a.features} live features, all equal to the replay: "
            f"{'yes' if not a.mismatches and not a.broken_chain else 'NO'}",
            f"  lost {len(a.lost)}, duplicated {len(a.duplicated)}, unauthorized {len(a.unauthorized)}, "
            f"unreported refusals {len(a.unreported)}, server errors {self.server_errors}",
        ]


def plan(n: int, areas: Areas, copies: int) -> tuple[list[EditorSpec], list[str]]:
    """The editors and the communes of the test area (10 in warmińsko-mazurskie, 3 in lubuskie)."""
    communes = ["2862011", *areas.codes("2814")[:6], *areas.codes("2815")[:3], *areas.codes("08")[:3]]
    specs = []
    counters = {"commune": 0, "county": 0, "coordinator": 0, "admin": 0}
    for i in range(n):
        kind = ROLE_CYCLE[i % len(ROLE_CYCLE)]
        k = counters[kind]
        counters[kind] += 1
        if kind == "commune":
            role, scope = "editor", [communes[k % 10]]
        elif kind == "county":
            role, scope = "editor", COUNTY_SCOPES[k % len(COUNTY_SCOPES)]
        elif kind == "coordinator":
            role, scope = "coordinator", COORDINATOR_SCOPES[k % len(COORDINATOR_SCOPES)]
        else:
            role, scope = "admin", []
        work = [c for c in communes if covers(role, scope, c)]
        out = [c for c in communes if c not in work]
        specs.append(EditorSpec(f"e{i:02d}_{kind}", role, scope, work, out))
    # working copies: spread over the kinds of editor, never the admins
    candidates = [s for s in specs if s.role != "admin"]
    for s in candidates[::max(1, len(candidates) // max(copies, 1))][:copies]:
        s.copy = True
    return specs, communes


def value_for(name: str, editor: str, n: int, rng: random.Random) -> Any:
    if name == "description":
        return f"{editor} #{n}"
    if name == "phone":
        return f"+48 600 {n // 1000 % 1000:03d} {n % 1000:03d}"
    if name == "email":
        return f"e{n}@{editor.replace('_', '-')}.example.org"
    if name == "status":
        return rng.choice(STATUSES)
    if name == "help_types":
        return rng.sample(HELP, rng.randint(1, 3))
    if name == "opening_hours":
        return rng.choice(HOURS)
    if name == "name":
        return f"Punkt {editor} #{n}"
    return f"https://{editor.replace('_', '-')}.example.org/{n}"


def point(coords: list[float]) -> dict[str, Any]:
    return {"type": "Point", "coordinates": coords}


class ApiEditor:
    """An editor speaking the sync protocol directly."""

    def __init__(self, spec: EditorSpec, env: StoreEnv, areas: Areas, rec: Recorder, cfg: LoadConfig,
                 deadline: float, counter: Any) -> None:
        self.spec, self.env, self.areas, self.rec, self.cfg = spec, env, areas, rec, cfg
        self.deadline = deadline
        self.counter = counter
        self.rng = random.Random(f"{cfg.seed}/{spec.name}")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {env.token(spec.name)}"
        self.known: dict[str, dict[str, Any]] = {}  # fid -> version, teryt, geometry
        self.own: list[str] = []
        self.cursor = 0
        self.sent_ops = 0

    # -- the store's state as this editor knows it
    def pull(self) -> None:
        while True:
            r = self.rec.call(self.session, "GET", f"{self.env.url}/collections/aid_points/changes", "changes",
                              params={"since": self.cursor, "limit": 5000}, timeout=120)
            if r.status_code != 200:
                return  # counted by the recorder; the next pull continues from the same cursor
            page = r.json()
            for c in page["changes"]:
                if c["deleted"]:
                    self.known.pop(c["id"], None)
                else:
                    self.learn(c["feature"])
            self.cursor = page["cursor"]
            if not page["more"]:
                return

    def learn(self, feature: dict[str, Any]) -> None:
        p = feature["properties"]
        self.known[feature["id"]] = {"version": p["version"], "teryt": p["teryt"], "geometry": feature["geometry"]}

    def pool(self, communes: list[str], exclude: set[str]) -> list[str]:
        return [fid for fid, k in self.known.items() if k["teryt"] in communes and fid not in exclude]

    # -- operations
    def update(self, fid: str, geometry: dict[str, Any] | None = None) -> dict[str, Any]:
        props = {}
        if geometry is None or self.rng.random() < 0.3:
            for name in self.rng.sample(FIELDS, self.rng.randint(1, 3)):
                props[name] = value_for(name, self.spec.name, next(self.counter), self.rng)
        op = {"op": "update", "collection": "aid_points", "id": fid, "base_version": self.known[fid]["version"],
              "properties": props}
        if geometry is not None:
            op["geometry"] = geometry
        return op

    def create(self, commune: str) -> dict[str, Any]:
        n = next(self.counter)
        fid = str(uuid.uuid4())
        return {"op": "create", "collection": "aid_points", "id": fid,
                "geometry": point(self.areas.point_in(commune, self.rng)),
                "properties": {"name": f"Punkt {self.spec.name} #{n}", "help_types": self.rng.sample(HELP, 2),
                               "description": f"{self.spec.name} #{n}", "status": self.rng.choice(STATUSES)}}

    def delete(self, fid: str) -> dict[str, Any]:
        return {"op": "delete", "collection": "aid_points", "id": fid, "base_version": self.known[fid]["version"]}

    def one(self, used: set[str]) -> dict[str, Any] | None:
        mine = self.pool(self.spec.work, used)
        own = [f for f in self.own if f in self.known and f not in used]
        r = self.rng.random()
        if r < 0.45 and mine:
            return self.update(self.rng.choice(mine))
        if r < 0.60 and mine:  # a move, often into a neighbouring commune of the same area
            return self.update(self.rng.choice(mine),
                               point(self.areas.point_in(self.rng.choice(self.spec.work), self.rng)))
        if r < 0.80 or not mine:
            return self.create(self.rng.choice(self.spec.work))
        if r < 0.90 and own:
            return self.update(self.rng.choice(own))
        if len(mine) > 10:  # a delete: of its own point or someone else's
            return self.delete(self.rng.choice(own if own and self.rng.random() < 0.5 else mine))
        return self.create(self.rng.choice(self.spec.work))

    def probe(self) -> dict[str, Any] | None:
        """Something outside the editor's area: the store must refuse it (forbidden)."""
        outside = self.pool(self.spec.out, set())
        mine = self.pool(self.spec.work, set())
        kind = self.rng.choice(("update", "delete", "move out", "create", "move in"))
        if kind == "create" or (not outside and kind in ("update", "delete", "move in")) or (
                kind == "move out" and not mine):
            return self.create(self.rng.choice(self.spec.out))
        if kind == "update":
            return self.update(self.rng.choice(outside))
        if kind == "delete":
            return self.delete(self.rng.choice(outside))
        if kind == "move out":
            return self.update(self.rng.choice(mine), point(self.areas.point_in(self.rng.choice(self.spec.out),
                                                                                self.rng)))
        return self.update(self.rng.choice(outside), point(self.areas.point_in(self.rng.choice(self.spec.work),
                                                                               self.rng)))

    # -- sending
    def send(self, ops: list[dict[str, Any]], probes: set[int]) -> None:
        cid = str(uuid.uuid4())
        self.rec.changeset(Sent(cid, self.spec.name, self.spec.name, ops, probes))
        self.sent_ops += len(ops)
        body = json.dumps({"id": cid, "operations": ops}, ensure_ascii=False).encode()
        headers = {"Content-Type": "application/json"}
        status, reply = None, None
        for attempt in range(12):
            timeout = 0.005 if attempt == 0 and self.rng.random() < self.cfg.impatient else 120
            try:
                r = self.rec.call(self.session, "POST", f"{self.env.url}/changesets", "changeset", data=body,
                                  headers=headers, timeout=timeout)
            except requests.RequestException as exc:
                self.rec.failed(cid, type(exc).__name__)
                self.rec.note("retry")
                time.sleep(0.05 * attempt)
                continue
            if r.status_code >= 500:
                self.rec.failed(cid, f"{r.status_code}")
                self.rec.note("retry")
                time.sleep(0.2)
                continue
            status, reply = r.status_code, r.json()
            if attempt:
                self.rec.note("replayed reply")
            break
        if reply is None:
            return
        self.rec.replied(cid, status, reply)
        for op, res in zip(ops, reply.get("results") or []):
            if res.get("outcome") == "applied":
                if op["op"] == "delete":
                    self.known.pop(op["id"], None)
                else:
                    self.learn(res["feature"])
                    if op["op"] == "create":
                        self.own.append(op["id"])
            elif res.get("current"):
                self.learn(res["current"])
            elif res.get("outcome") == "conflict":  # deleted meanwhile
                self.known.pop(op.get("id"), None)

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.session.close()

    def _run(self) -> None:
        self.pull()
        while time.monotonic() < self.deadline and self.sent_ops < self.cfg.edits:
            if self.spec.out and self.rng.random() < self.cfg.probes:
                op = self.probe()
                if op is not None:
                    self.send([op], {0})
            else:
                used: set[str] = set()
                ops = []
                for _ in range(self.rng.randint(1, 4)):
                    op = self.one(used)
                    if op is not None and op["id"] not in used:
                        used.add(op["id"])
                        ops.append(op)
                if ops:
                    self.send(ops, set())
            if self.rng.random() < 0.3:
                self.pull()
            time.sleep(self.rng.expovariate(1 / self.cfg.think) if self.cfg.think else 0)


class CopyEditor:
    """An editor with a working copy: edits as GDAL programs make them, the plugin's Syncer sends them."""

    def __init__(self, spec: EditorSpec, env: StoreEnv, areas: Areas, rec: Recorder, cfg: LoadConfig,
                 deadline: float, counter: Any, workdir: Path) -> None:
        from e2elib import Clone

        self.spec, self.env, self.areas, self.rec, self.cfg = spec, env, areas, rec, cfg
        self.deadline = deadline
        self.counter = counter
        self.rng = random.Random(f"{cfg.seed}/{spec.name}")
        self.clone = Clone(workdir / f"{spec.name}.gpkg", env, spec.name)
        self.probe_ids: set[str] = set()
        self.own: list[str] = []
        self.sent_ops = 0
        self.problems: list[str] = []

    def client(self) -> Any:
        def sent(n: int) -> None:
            self.sent_ops += n

        return recording_client(self.env, self.spec.name, self.rec, probes=self.probe_ids, on_send=sent)

    def pool(self, communes: list[str]) -> list[tuple[str, str]]:
        marks = ",".join("?" * len(communes))
        return self.clone.sql(f"SELECT uuid, teryt FROM aid_points WHERE teryt IN ({marks}) AND uuid NOT IN "
                              "(SELECT uuid FROM mp_outbox WHERE state = 'refused')", tuple(communes))

    def edit_once(self) -> None:
        from e2elib import add_local, edit, remove

        mine = [u for u, _ in self.pool(self.spec.work)]
        r = self.rng.random()
        n = next(self.counter)
        if self.spec.out and r < self.cfg.probes:
            outside = [u for u, _ in self.pool(self.spec.out)]
            if outside:
                fid = self.rng.choice(outside)
                self.probe_ids.add(fid)
                edit(self.clone, fid, description=f"{self.spec.name} outside #{n}")
                return
        if r < 0.5 and mine:
            name = self.rng.choice(FIELDS)
            edit(self.clone, self.rng.choice(mine), **{name: value_for(name, self.spec.name, n, self.rng)})
        elif r < 0.65 and mine:
            edit(self.clone, self.rng.choice(mine),
                 geometry=point(self.areas.point_in(self.rng.choice(self.spec.work), self.rng)))
        elif r < 0.9 or len(mine) < 10:
            self.own.append(add_local(self.clone, f"Punkt {self.spec.name} #{n}",
                                      self.areas.point_in(self.rng.choice(self.spec.work), self.rng),
                                      description=f"{self.spec.name} #{n}"))
        else:
            own = [u for u in self.own if u in set(mine)]
            remove(self.clone, self.rng.choice(own if own and self.rng.random() < 0.5 else mine))

    def sync(self, settle: bool = False) -> None:
        from mapujpomoc_qgis.core.connection.client import StoreError
        from mapujpomoc_qgis.core.sync.resolve import Resolver
        from mapujpomoc_qgis.core.sync.syncer import Syncer

        t0 = time.perf_counter()
        with self.clone.open() as wc, self.client() as client:
            try:
                report = Syncer(wc, client).sync()
            except StoreError as exc:
                self.rec.note(f"working copy sync failed ({exc.kind})")
                if not settle and exc.kind in ("network", "timeout", "server"):
                    return  # the edits wait in the file; the next sync sends them
                raise
            self.rec.response("sync", 200, time.perf_counter() - t0)
            resolver = Resolver(wc)
            for r in report.refused:  # what the store refused was reported; give it up like a user would
                if r["id"] in self.probe_ids and r["outcome"] != "forbidden":
                    self.problems.append(f"{self.spec.name}: {r['id']} outside the area refused as {r['outcome']}")
                resolver.discard(r["collection"], r["id"])
            for fid in sorted({c["uuid"] for c in wc.conflicts()}):
                resolver.resolve("aid_points", fid, self.rng.choice(("mine", "theirs")))

    def run(self) -> None:
        self.sync()
        while time.monotonic() < self.deadline and self.sent_ops < self.cfg.edits:
            for _ in range(self.rng.randint(2, 5)):
                self.edit_once()
            self.sync()
            time.sleep(self.rng.expovariate(1 / self.cfg.think) if self.cfg.think else 0)


def setup_points(env: StoreEnv, communes: list[str], areas: Areas, rec: Recorder, per_commune: int,
                 seed: int) -> None:
    """Points shared by the editors of each commune, created by the admin in one changeset."""
    rng = random.Random(seed)
    ops = [{"op": "create", "collection": "aid_points", "id": str(uuid.uuid4()),
            "geometry": point(areas.point_in(code, rng)),
            "properties": {"name": f"Wspólny punkt {code} {i}", "help_types": ["legal", "food"]}}
           for code in communes for i in range(per_commune)]
    cid = str(uuid.uuid4())
    rec.changeset(Sent(cid, "setup", "admin", ops, setup=True))
    r = requests.post(f"{env.url}/changesets", json={"id": cid, "operations": ops}, headers=env.auth("admin"),
                      timeout=120)
    r.raise_for_status()
    rec.replied(cid, r.status_code, r.json())


def settle_copies(copies: list[CopyEditor], env: StoreEnv) -> list[str]:
    """Each copy syncs until nothing is left, one after the other; then holds exactly the store's features."""
    from e2elib import store_features

    for c in copies:
        c.rng = random.Random(0)
        c.sync(settle=True)
        c.sync(settle=True)
    for c in copies:
        c.sync(settle=True)
    live = store_features(env)
    out = []
    for c in copies:
        with c.clone.open() as wc:
            if wc.pending() or wc.conflicts() or wc.meta("pending_changeset"):
                out.append(f"{c.spec.name}: {len(wc.pending())} pending, {len(wc.conflicts())} conflicts left")
        local = c.clone.local_features()
        if local.keys() != live.keys():
            out.append(f"{c.spec.name}: {len(local.keys() - live.keys())} extra, {len(live.keys() - local.keys())} "
                       "missing features")
            for fid in sorted(local.keys() ^ live.keys())[:3]:
                trail = env.sql("SELECT version, op, user_name, changeset FROM history WHERE feature_id = :f "
                                "ORDER BY version", f=fid)
                base = c.clone.sql("SELECT version FROM mp_base WHERE uuid = ?", (fid,))
                out.append(f"  {fid}: base {base}, local version {local.get(fid, {}).get('properties', {}).get('version')}"
                           f", history {[tuple(t) for t in trail]}")
        for fid in local.keys() & live.keys():
            if local[fid]["properties"] != live[fid]["properties"] or local[fid]["geometry"] != live[fid]["geometry"]:
                out.append(f"{c.spec.name}: {fid} differs from the store")
        out.extend(c.problems)
    return out


def run_load(env: StoreEnv, cfg: LoadConfig, areas: Areas, workdir: Path) -> LoadResult:
    specs, communes = plan(cfg.editors, areas, cfg.copies)
    env.add_users([(s.name, s.role, s.scope) for s in specs])
    rec = Recorder()
    setup_points(env, communes, areas, rec, cfg.points_per_commune, cfg.seed)
    counter = itertools.count(1)
    began = time.monotonic()
    deadline = began + cfg.seconds
    editors: list[Any] = [CopyEditor(s, env, areas, rec, cfg, deadline, counter, workdir) if s.copy
                          else ApiEditor(s, env, areas, rec, cfg, deadline, counter) for s in specs]
    errors: list[str] = []
    lock = threading.Lock()

    def run(e: Any) -> None:
        try:
            e.run()
        except Exception as exc:  # reported with the editor's name; the others go on
            with lock:
                errors.append(f"{e.spec.name}: {type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=run, args=(e,), name=e.spec.name, daemon=True) for e in editors]
    log(f"load: {len(editors)} editors for {cfg.seconds:.0f} s ...")
    for t in threads:
        t.start()
    for t in threads:
        t.join(cfg.seconds + 600)
    seconds = time.monotonic() - began
    if any(t.is_alive() for t in threads):
        errors.append("some editors did not finish")
    copies = [e for e in editors if isinstance(e, CopyEditor)]
    copy_mismatches = settle_copies(copies, env) if copies else []
    result = audit(env, rec.sent.values())
    res = LoadResult(cfg, result, rec, seconds, copy_mismatches, errors)
    return res
