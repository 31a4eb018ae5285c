"""Faults: after each, nothing is lost or applied twice and the next sync completes.

- `store_killed`: the store (every worker process) is killed with SIGKILL while it applies a large
  changeset, seen holding the version lock in PostgreSQL at that moment;
- `dropped_replies`: the connection drops after the store committed a changeset and before the reply
  arrived (and, alternately, before the request reached the store), several rounds, with a store of two
  worker processes so the retry may land on the other one, while another user edits the same points;
- `postgres_restarted`: `pg_ctl restart` while a sync pushes (the version lock held), while a sync pulls
  (from its progress callback), and between two syncs (the store's pooled connections all dead);
- `disk_full`: the working copy on a tiny tmpfs, filled up: the user's edit, the sync and the recording of
  the store's reply each meet a full disk; the message is clear, nothing is half written, and once space
  is freed the next sync sends everything once. Without permission to mount, an equivalent simulation
  (SQLite's `max_page_count` on the working copy's connection) is used and the report says so.

Every changeset the plugin sends is recorded (`common.recording_client`) and `common.audit` accounts
for each of its operations against the store's history.
"""

from __future__ import annotations

import contextlib
import errno
import random
import subprocess
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from mapujpomoc_qgis.core.progress import CallbackFeedback

from .common import Areas, Audit, PgCluster, Recorder, StoreDatabase, StoreEnv, audit, log, recording_client

USER = "f_coord"  # a coordinator of warmińsko-mazurskie: may edit every point there
OTHER = "f_other"


@dataclass
class FaultResult:
    name: str
    audit: Audit
    checks: list[str] = field(default_factory=list)  # what was verified, for the report
    problems: list[str] = field(default_factory=list)
    expected_5xx: int = 0  # 5xx answered while the fault lasted (the database gone), not counted as errors
    server_errors: list[str] = field(default_factory=list)  # 5xx outside the fault
    note: str = ""

    def failures(self) -> list[str]:
        out = [f"{self.name}: {p}" for p in self.problems]
        out += [f"{self.name}: {f}" for f in self.audit.failures()]
        out += [f"{self.name}: server error {e}" for e in self.server_errors[:3]]
        return out

    def line(self) -> str:
        a = self.audit
        state = "ok" if not self.failures() else "FAILED"
        extra = f", {self.expected_5xx} × 503 while the database was down" if self.expected_5xx else ""
        return (f"  {self.name}: {state} — {a.edits} edits, {a.applied} applied, {len(a.lost)} lost, "
                f"{len(a.duplicated)} duplicated{extra}" + (f" ({self.note})" if self.note else ""))


class Copy:
    """A working copy of `user` whose every changeset is recorded."""

    def __init__(self, env: StoreEnv, rec: Recorder, path: Path, user: str = USER, url: str | None = None) -> None:
        from e2elib import Clone

        self.env, self.rec, self.user, self.url = env, rec, user, url
        self.clone = Clone(path, env, user)

    def sync(self, feedback: Any = None, client: Any = None) -> Any:
        from mapujpomoc_qgis.core.sync.syncer import Syncer
        from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy

        client = client or recording_client(self.env, self.user, self.rec, url=self.url)
        with WorkingCopy.open_or_create(self.clone.path, self.url or self.env.url) as wc, client:
            return Syncer(wc, client, feedback).sync()

    def outbox(self) -> dict[str, str]:
        return dict(self.clone.sql("SELECT uuid, op FROM mp_outbox"))

    def in_step(self) -> list[str]:
        """Differences between the working copy and the store (nothing left to send, same features)."""
        from e2elib import store_features

        out = []
        if self.outbox():
            out.append(f"{len(self.outbox())} changes still in the outbox")
        if self.clone.sql("SELECT value FROM mp_meta WHERE key = 'pending_changeset' AND value IS NOT NULL"):
            out.append("a changeset still pending")
        live, local = store_features(self.env), self.clone.local_features()
        if live.keys() != local.keys():
            out.append(f"{len(local.keys() - live.keys())} extra and {len(live.keys() - local.keys())} missing "
                       "features in the working copy")
        for fid in live.keys() & local.keys():
            if live[fid]["properties"] != local[fid]["properties"] or live[fid]["geometry"] != local[fid]["geometry"]:
                out.append(f"{fid} differs from the store")
                break
        return out


def edits(copy: Copy, areas: Areas, rng: random.Random, *, updates: int, creates: int, deletes: int,
          tag: str) -> dict[str, int]:
    """Local edits as one GDAL program would make them, in one transaction: fields of existing points of
    warmińsko-mazurskie changed, new points, deletions. Returns how many of each were made."""
    from e2elib import wc_connect

    from mapujpomoc_model.gpkg_geom import encode

    codes = areas.codes("28")
    conn = wc_connect(copy.clone)
    try:
        conn.execute("BEGIN")
        ids = [r[0] for r in conn.execute("SELECT uuid FROM aid_points WHERE teryt LIKE '28%' AND uuid NOT IN "
                                          "(SELECT uuid FROM mp_outbox) ORDER BY uuid")]
        rng.shuffle(ids)
        gone, changed = ids[:deletes], ids[deletes:deletes + updates]
        for i, fid in enumerate(changed):
            conn.execute("UPDATE aid_points SET description = ?, phone = ? WHERE uuid = ?",
                         (f"{tag} {i}", f"+48 601 {i // 1000 % 1000:03d} {i % 1000:03d}", fid))
        for fid in gone:
            conn.execute("DELETE FROM aid_points WHERE uuid = ?", (fid,))
        for i in range(creates):
            code = codes[i % len(codes)]
            conn.execute("INSERT INTO aid_points (geom, name, help_types, description) VALUES (?, ?, ?, ?)",
                         (encode({"type": "Point", "coordinates": areas.point_in(code, rng)}), f"{tag} nowy {i}",
                          '["food"]', f"{tag} {code}"))
        conn.execute("COMMIT")
    finally:
        conn.close()
    return {"update": len(changed), "create": creates, "delete": len(gone)}


def counter_lock_held(env: StoreEnv) -> bool:
    """A changeset is being applied: some session of the store holds the version counter's row lock."""
    rows = env.sql("SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                   "JOIN pg_stat_activity a ON a.pid = l.pid "
                   "WHERE c.relname = 'counter' AND l.mode = 'RowShareLock' AND a.datname = current_database() "
                   "AND a.pid <> pg_backend_pid()")
    return bool(rows[0][0])


def committed(env: StoreEnv, cid: str) -> bool:
    return bool(env.sql("SELECT count(*) FROM changesets WHERE id = :cid", cid=cid)[0][0])


def wait_until(cond: Callable[[], bool], timeout: float, step: float = 0.002) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(step)
    return False


def in_thread(fn: Callable[[], Any]) -> tuple[threading.Thread, dict[str, Any]]:
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["result"] = fn()
        except BaseException as exc:  # handed to the caller
            out["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t, out


def _new_env(cluster: PgCluster, template: StoreDatabase, name: str, workdir: Path, workers: int = 2) -> StoreEnv:
    env = StoreEnv(cluster, template, name, workdir, workers=workers)
    env.add_users([(USER, "coordinator", ["28"]), (OTHER, "coordinator", ["28"])])
    return env.start()


def _last_cid(rec: Recorder, user: str) -> str | None:
    mine = [s for s in rec.sent.values() if s.user == user]
    return mine[-1].cid if mine else None


def _finish(result: FaultResult, env: StoreEnv, rec: Recorder, copy: Copy) -> FaultResult:
    result.problems += copy.in_step()
    result.audit = audit(env, rec.sent.values())
    result.server_errors += rec.server_errors
    return result


# -- the store killed in the middle of a changeset -------------------------------------------------------------------


def store_killed(cluster: PgCluster, template: StoreDatabase, areas: Areas, workdir: Path, *,
                 size: int = 3000) -> FaultResult:
    env = _new_env(cluster, template, "fault_kill", workdir)
    rec = Recorder()
    result = FaultResult("store killed in the middle of a changeset", Audit())
    try:
        copy = Copy(env, rec, env.workdir / "kill.gpkg")
        copy.sync()
        rng = random.Random(1)
        # should the store be quicker than the kill (it committed first: a lost reply, not this fault),
        # go again with a larger changeset
        for attempt in range(3):
            made = edits(copy, areas, rng, updates=100, creates=size << attempt, deletes=20, tag=f"awaria {attempt}")
            thread, out = in_thread(copy.sync)
            mid = wait_until(lambda: counter_lock_held(env), 60)
            time.sleep(rng.uniform(0, 0.03))
            held = counter_lock_held(env)
            env.server.kill()
            thread.join(120)
            cid = _last_cid(rec, USER)
            error = out.get("error")
            if error is None or type(error).__name__ != "StoreError":
                result.problems.append(f"the interrupted sync ended with {error!r}, not a StoreError")
            # the database rolled the transaction back: no trace of the changeset, the lock is free again
            if not wait_until(lambda: not counter_lock_held(env), 30, 0.05):
                result.problems.append("the version lock stayed held after the store died")
            pending = copy.clone.sql("SELECT value FROM mp_meta WHERE key = 'pending_changeset' "
                                     "AND value IS NOT NULL")
            if not pending:
                result.problems.append("the changeset was not kept in the working copy for the retry")
            interrupted = bool(mid and held and cid and not committed(env, cid))
            if interrupted and env.sql("SELECT count(*) FROM history WHERE changeset = :c", c=cid)[0][0]:
                result.problems.append("part of the interrupted changeset is in the history")
            env.start()
            report = copy.sync()
            if report.refused or report.conflicts:
                result.problems.append(f"the sync after the restart: {report.summary()}")
            if interrupted:
                result.note = f"killed while applying {sum(made.values())} operations"
                break
        else:
            result.problems.append("the store always committed before it was killed")
        result.checks += ["interrupted changeset left no trace, lock released", "resent with the same UUID once"]
        return _finish(result, env, rec, copy)
    finally:
        env.stop()


# -- the connection dropped around a changeset ------------------------------------------------------------------------


def dropped_replies(cluster: PgCluster, template: StoreDatabase, areas: Areas, workdir: Path, *,
                    rounds: int = 4) -> FaultResult:
    from support.flaky_proxy import FlakyProxy

    env = _new_env(cluster, template, "fault_drop", workdir)
    rec = Recorder()
    result = FaultResult("connection dropped after commit / before the request", Audit())
    try:
        with FlakyProxy(env.url) as proxy:
            copy = Copy(env, rec, env.workdir / "drop.gpkg", url=proxy.url)
            copy.sync()
            rng = random.Random(2)
            admin = requests.Session()
            admin.headers.update(env.auth(OTHER))
            for i in range(rounds):
                before = i % 2 == 1
                edits(copy, areas, rng, updates=15, creates=5, deletes=2, tag=f"runda {i}")
                proxy.drop_changeset_reply(before=before)
                try:
                    copy.sync()
                    result.problems.append(f"round {i}: the sync did not notice the dropped connection")
                except Exception as exc:  # the StoreError of the lost reply
                    if type(exc).__name__ != "StoreError":
                        raise
                # someone else edits some of the same points meanwhile (another field)
                for fid in list(copy.outbox())[:3]:
                    r = admin.get(f"{env.url}/collections/aid_points/items/{fid}", timeout=30)
                    if r.status_code == 200:
                        admin.patch(f"{env.url}/collections/aid_points/items/{fid}", timeout=30,
                                    data=f'{{"properties": {{"email": "runda{i}@pomoc.example.org"}}}}',
                                    headers={"If-Match": r.headers["ETag"],
                                             "Content-Type": "application/merge-patch+json"})
                report = copy.sync()
                if report.refused or report.conflicts:
                    result.problems.append(f"round {i}: {report.summary()}")
            status = [s for s, _ in proxy.dropped]
            result.note = (f"{status.count(200)} replies lost after commit, {status.count(0)} requests lost, "
                           f"{len(status)} in all")
            if len(status) != rounds:
                result.problems.append(f"{len(status)} connections dropped, {rounds} planned")
            result.checks.append("each changeset applied once, its retry answered with the first reply")
            return _finish(result, env, rec, copy)
    finally:
        env.stop()


# -- PostgreSQL restarted during a sync -----------------------------------------------------------------------------


class _RestartOnProgress(CallbackFeedback):
    """Sync feedback that restarts PostgreSQL (in another thread) when the sync first reports `at`."""

    def __init__(self, env: StoreEnv, at: str) -> None:
        super().__init__(on_progress=self._progress)
        self.env, self.at = env, at
        self.thread: threading.Thread | None = None

    def _progress(self, percent: float, message: str) -> None:
        if self.thread is None and self.at in message:
            self.thread = threading.Thread(target=self.env.restart_postgres, daemon=True)
            self.thread.start()


def postgres_restarted(cluster: PgCluster, template: StoreDatabase, areas: Areas, workdir: Path, *,
                       size: int = 1500) -> FaultResult:
    env = _new_env(cluster, template, "fault_pg", workdir)
    rec = Recorder()
    result = FaultResult("PostgreSQL restarted during a sync", Audit())
    outcomes = []
    try:
        copy = Copy(env, rec, env.workdir / "pg.gpkg")
        copy.sync()
        rng = random.Random(3)

        # 1. while the changeset is being applied
        edits(copy, areas, rng, updates=100, creates=size, deletes=10, tag="restart przy wysyłaniu")
        thread, out = in_thread(copy.sync)
        if wait_until(lambda: counter_lock_held(env), 60):
            env.restart_postgres()
        else:
            result.problems.append("never saw the changeset being applied")
        thread.join(120)
        outcomes.append(f"push: {'failed cleanly' if 'error' in out else 'completed'}")
        if "error" in out and type(out["error"]).__name__ != "StoreError":
            result.problems.append(f"the sync during the restart ended with {out['error']!r}")
        copy.sync()

        # 2. while the sync pulls (someone else's changes to download, my edits to send)
        other = recording_client(env, OTHER, rec)
        ops = [{"op": "create", "collection": "aid_points", "id": str(uuid.uuid4()),
                "geometry": {"type": "Point", "coordinates": areas.point_in("2862011", rng)},
                "properties": {"name": f"Punkt innego {i}", "help_types": ["legal"]}} for i in range(50)]
        status, _ = other.post_changeset({"id": str(uuid.uuid4()), "operations": ops})
        other.close()
        if status != 200:
            result.problems.append(f"the other user's changeset: {status}")
        edits(copy, areas, rng, updates=20, creates=5, deletes=2, tag="restart przy pobieraniu")
        feedback = _RestartOnProgress(env, "changes downloaded")
        try:
            copy.sync(feedback)
            outcomes.append("pull: completed")
        except Exception as exc:
            if type(exc).__name__ != "StoreError":
                result.problems.append(f"the sync during the restart ended with {exc!r}")
            outcomes.append("pull: failed cleanly")
        if feedback.thread:
            feedback.thread.join(120)
        copy.sync()

        # 3. between two syncs: every pooled connection of both workers is dead
        edits(copy, areas, rng, updates=5, creates=1, deletes=1, tag="restart między")
        env.restart_postgres()
        report = copy.sync()
        outcomes.append("after: completed")
        if report.refused or report.conflicts:
            result.problems.append(f"the sync after the restart: {report.summary()}")
        result.note = ", ".join(outcomes)
        # 5xx during the restarts are the store's honest answer that its database is gone
        result.expected_5xx = len(rec.server_errors)
        result.problems += [f"a server error while the database was down was not 503: {e}"
                            for e in rec.server_errors if " 503" not in e and "(503)" not in e][:3]
        rec.server_errors.clear()
        result.checks.append("each edit once in the history after restarts during push, pull and between syncs")
        return _finish(result, env, rec, copy)
    finally:
        env.stop()


# -- the disk of the working copy full ---------------------------------------------------------------------------------


@contextlib.contextmanager
def tiny_disk(path: Path, size: str = "24m") -> Iterator[str]:
    """A tmpfs of `size` mounted at `path` (root only); yields how the full disk is made."""
    path.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True,
                          text=True)
    if proc.returncode != 0:
        yield "simulated"
        return
    try:
        yield "tmpfs"
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def fill(folder: Path) -> Path:
    """Fill the file system of `folder` to the last byte."""
    filler = folder / "filler.bin"
    with open(filler, "wb", buffering=0) as fh:
        for chunk in (1 << 20, 1 << 16, 1 << 12, 512, 1):
            block = b"\0" * chunk
            while True:
                try:
                    fh.write(block)
                except OSError as exc:
                    if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
                        raise
                    break
    return filler


def _cli(args: list[str], env: StoreEnv, user: str) -> tuple[int, str, str]:
    """`mapujpomoc ARGS` as a user runs it (a new process, the token in the environment)."""
    from e2elib import mapujpomoc

    proc = mapujpomoc(*args, token=env.token(user) if user else None)
    return proc.returncode, proc.stdout, proc.stderr


def disk_full(cluster: PgCluster, template: StoreDatabase, areas: Areas, workdir: Path) -> FaultResult:
    env = _new_env(cluster, template, "fault_disk", workdir)
    rec = Recorder()
    result = FaultResult("working copy disk full", Audit())
    try:
        with tiny_disk(env.workdir / "tiny") as how:
            if how == "tmpfs":
                _disk_full_tmpfs(env, rec, areas, result)
            else:
                _disk_full_simulated(env, rec, areas, result)
            result.note = ("a 24 MB tmpfs filled to the last byte" if how == "tmpfs"
                           else "simulated with SQLite's max_page_count: mounting is not permitted here")
        return result
    finally:
        env.stop()


def _check_cli_error(result: FaultResult, what: str, code: int, out: str, err: str, *words: str) -> None:
    if code != 1 or "Traceback" in err or not err.startswith("error: ") or not all(w in err.lower() for w in words):
        result.problems.append(f"{what}: exit {code}, stderr {err.strip()[-400:]!r}")


def _disk_full_tmpfs(env: StoreEnv, rec: Recorder, areas: Areas, result: FaultResult) -> None:
    from e2elib import edit

    tiny = env.workdir / "tiny"
    rng = random.Random(4)
    # a first sync onto a full disk: a clear message, no half-made working copy left behind
    filler = fill(tiny)
    code, out, err = _cli(["sync", "--store", env.url, "--workcopy", str(tiny / "new.gpkg")], env, USER)
    _check_cli_error(result, "first sync on a full disk", code, out, err, "full")
    result.checks.append(f"first sync on a full disk: {err.strip().replace(str(tiny) + '/', '')[:150]}")
    filler.unlink()
    code, out, err = _cli(["sync", "--store", env.url, "--workcopy", str(tiny / "new.gpkg")], env, USER)
    if code != 0:
        result.problems.append(f"first sync once space was freed: exit {code}, {err.strip()[-300:]}")
    for leftover in tiny.glob("new.gpkg*"):
        leftover.unlink()

    copy = Copy(env, rec, tiny / "wc.gpkg")
    copy.sync()
    edits(copy, areas, rng, updates=10, creates=3, deletes=2, tag="pełny dysk")
    # others change points, so the next pull has to write
    other = recording_client(env, OTHER, rec)
    with copy.clone.open() as wc:
        theirs = [r[0] for r in wc.conn.execute("SELECT uuid FROM aid_points WHERE teryt LIKE '28%' AND uuid NOT IN "
                                                "(SELECT uuid FROM mp_outbox) LIMIT 30")]
        versions = dict(wc.conn.execute("SELECT uuid, version FROM mp_base"))
    status, _ = other.post_changeset({"id": str(uuid.uuid4()), "operations": [
        {"op": "update", "collection": "aid_points", "id": fid, "base_version": versions[fid],
         "properties": {"description": "zmiana innego użytkownika " * 20}} for fid in theirs]})
    other.close()
    if status != 200:
        result.problems.append(f"the other user's changeset: {status}")
    before = copy.outbox()
    filler = fill(tiny)
    # the user edits on the full disk: SQLite refuses the edit as a whole or keeps all of it
    target = next(iter(before))
    try:
        edit(copy.clone, target, description="edycja na pełnym dysku " * 40)
        edited = True
    except Exception:
        edited = False
    code, out, err = _cli(["sync", "--store", env.url, "--workcopy", str(copy.clone.path)], env, USER)
    _check_cli_error(result, "sync on a full disk", code, out, err, "full", "free")
    result.checks.append(f"sync on a full disk: {err.strip().replace(str(tiny) + '/', '')[:170]}")
    code, out, err = _cli(["status", "--workcopy", str(copy.clone.path)], env, "")
    if "Traceback" in err:
        result.problems.append(f"status on a full disk: {err[-300:]}")
    filler.unlink()
    after = copy.outbox()
    if not set(before) <= set(after):
        result.problems.append("edits disappeared from the outbox on the full disk")
    check = copy.clone.sql("PRAGMA integrity_check")
    if check != [("ok",)]:
        result.problems.append(f"integrity check after the full disk: {check[:3]}")
    report = copy.sync()
    if report.refused or report.conflicts:
        result.problems.append(f"sync after freeing space: {report.summary()}")
    result.checks.append(f"edit on the full disk {'kept whole' if edited else 'refused whole'}")

    # the disk fills up between the store's reply and recording it in the working copy
    edits(copy, areas, rng, updates=10, creates=3, deletes=2, tag="pełny dysk po wysłaniu")
    client = recording_client(env, USER, rec)
    original = client.post_changeset
    fillers: list[Path] = []

    def post_then_fill(changeset: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        answer = original(changeset)
        fillers.append(fill(tiny))
        return answer

    client.post_changeset = post_then_fill
    try:
        copy.sync(client=client)
        result.problems.append("the sync recorded the reply on a full disk")
    except Exception as exc:
        if type(exc).__name__ != "WorkingCopyError" or "full" not in str(exc):
            result.problems.append(f"recording the reply on a full disk ended with {exc!r}")
    for f in fillers:
        f.unlink()
    pending = copy.clone.sql("SELECT value FROM mp_meta WHERE key = 'pending_changeset' AND value IS NOT NULL")
    if not pending:
        result.problems.append("the applied changeset was not kept for the retry")
    copy.sync()
    result.checks.append("reply lost to a full disk: resent with the same UUID, applied once")
    _finish(result, env, rec, copy)


def _disk_full_simulated(env: StoreEnv, rec: Recorder, areas: Areas, result: FaultResult) -> None:
    from mapujpomoc_qgis.core.sync.syncer import Syncer
    from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy, WorkingCopyError

    rng = random.Random(4)
    copy = Copy(env, rec, env.workdir / "sim.gpkg")
    copy.sync()
    edits(copy, areas, rng, updates=10, creates=3, deletes=2, tag="pełny dysk")
    before = copy.outbox()
    client = recording_client(env, USER, rec)
    try:
        with WorkingCopy(copy.clone.path) as wc:
            pages = wc.conn.execute("PRAGMA page_count").fetchone()[0]
            wc.conn.execute(f"PRAGMA max_page_count = {pages}")
            Syncer(wc, client).sync()
        result.problems.append("the sync wrote on a full disk")
    except WorkingCopyError as exc:
        if "full" not in str(exc):
            result.problems.append(f"unclear message: {exc}")
    if not set(before) <= set(copy.outbox()):
        result.problems.append("edits disappeared from the outbox on the full disk")
    copy.sync()
    _finish(result, env, rec, copy)


def run_faults(cluster: PgCluster, template: StoreDatabase, areas: Areas, workdir: Path,
               short: bool = False) -> list[FaultResult]:
    results = []
    for fn, kw in ((store_killed, {"size": 2000 if short else 4000}), (dropped_replies, {"rounds": 2 if short else 6}),
                   (postgres_restarted, {"size": 1000 if short else 3000}), (disk_full, {})):
        log(f"fault: {fn.__name__} ...")
        t0 = time.monotonic()
        results.append(fn(cluster, template, areas, workdir, **kw))
        log(f"{results[-1].line()} [{time.monotonic() - t0:.1f} s]")
    return results

