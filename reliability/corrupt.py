"""Corrupt local files: a working copy that is truncated, overwritten, locked by another program, from an
older (or newer) plugin, or not a working copy at all.

For each, `mapujpomoc status` and `mapujpomoc sync` (the commands a user runs; the plugin's sync task shows
the same message) must end with exit code 1 and one clear line saying what is wrong and what to do, never
a traceback, and must leave the file as it was. Then the way out the message names is taken (close the
other program, or move the file aside and sync again) and must work; where the file still holds changes
that were not sent (a lock), they reach the store exactly once.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import requests

from .common import StoreEnv, log

USER = "f_editor"

# a program holding the working copy: another QGIS in an edit session, a database browser...
HOLDER = r"""
import sqlite3, sys, time
path, mode = sys.argv[1], sys.argv[2]
conn = sqlite3.connect(path, isolation_level=None)
if mode == "exclusive":  # nobody else may even read
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("UPDATE mp_meta SET value = value WHERE key = 'store_url'")
else:  # a write transaction left open
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE mp_meta SET value = value WHERE key = 'store_url'")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
conn.close()
"""


@dataclass
class CorruptCase:
    name: str
    messages: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    way_out: str = ""


@dataclass
class CorruptResult:
    cases: list[CorruptCase]

    def failures(self) -> list[str]:
        return [f"corrupt file, {c.name}: {p}" for c in self.cases for p in c.problems]

    def lines(self) -> list[str]:
        out = [f"corrupt working copies: {len(self.cases)} cases, "
               f"{sum(1 for c in self.cases if not c.problems)} handled with a clear message and a way out"]
        for c in self.cases:
            state = "ok" if not c.problems else "FAILED"
            out.append(f"  {c.name}: {state} — {c.messages[0][:150] if c.messages else ''}")
        return out


def run_cli(args: list[str], token: str | None = None, busy_timeout: float | None = None) -> tuple[int, str, str]:
    """`mapujpomoc ARGS`: as its own process, or (to wait less for a lock) in this process with a shorter
    wait for the other program's lock; either way an uncaught exception shows as a traceback."""
    if busy_timeout is None:
        from e2elib import mapujpomoc

        proc = mapujpomoc(*args, token=token)
        return proc.returncode, proc.stdout, proc.stderr
    from mapujpomoc_qgis import cli
    from mapujpomoc_qgis.core.sync import workcopy

    out, err = io.StringIO(), io.StringIO()
    saved, old_token = workcopy.BUSY_TIMEOUT, os.environ.get("MAPUJPOMOC_TOKEN")
    workcopy.BUSY_TIMEOUT = busy_timeout
    if token:
        os.environ["MAPUJPOMOC_TOKEN"] = token
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main([str(a) for a in args])
            except SystemExit as exc:
                code = int(exc.code or 0)
            except BaseException:
                import traceback

                traceback.print_exc()
                code = 99
    finally:
        workcopy.BUSY_TIMEOUT = saved
        if old_token is None:
            os.environ.pop("MAPUJPOMOC_TOKEN", None)
        else:
            os.environ["MAPUJPOMOC_TOKEN"] = old_token
    return code, out.getvalue(), err.getvalue()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "-"


def _settle(path: Path) -> None:
    """Checkpoint the WAL so that the whole working copy is in the one file."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _truncate(size: Callable[[int], int]) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        with open(path, "r+b") as fh:
            fh.truncate(size(path.stat().st_size))
    return damage


def _overwrite_pages(path: Path) -> None:
    """Garbage over a run of pages in the middle, as a failing disk or a bad copy leaves it."""
    conn = sqlite3.connect(path)
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'mp_base'").fetchone()[0]
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(page * 4)))


def _set_meta(value: str | None) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        from mapujpomoc_qgis.core.sync.workcopy import SCHEMA_VERSION

        nonlocal value
        value = {"older": str(SCHEMA_VERSION - 1), "newer": str(SCHEMA_VERSION + 1)}.get(value or "", value)
        conn = sqlite3.connect(path)
        try:
            if value is None:
                conn.execute("DELETE FROM mp_meta WHERE key = 'schema_version'")
            else:
                conn.execute("UPDATE mp_meta SET value = ? WHERE key = 'schema_version'", (value,))
            conn.commit()
        finally:
            conn.close()
    return damage


def _drop_table(name: str) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        conn = sqlite3.connect(path)
        try:
            conn.execute(f"DROP TABLE {name}")
            conn.commit()
        finally:
            conn.close()
    return damage


def _plain_geopackage(path: Path) -> None:
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    path.unlink()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    ds.CreateLayer("roads", None, ogr.wkbLineString)
    ds = None


def _text_file(path: Path) -> None:
    path.write_text("name,lon,lat\nPunkt,20.48,53.77\n", encoding="utf-8")


def _directory(path: Path) -> None:
    path.unlink()
    path.mkdir()


# (name, damage, words the message must contain, what the way out is)
DAMAGES: list[tuple[str, Callable[[Path], None], tuple[str, ...], str]] = [
    ("truncated to 0 bytes", _truncate(lambda n: 0), ("empty", "not a mapuj pomoc working copy", "move it aside"),
     "aside"),
    ("truncated to 1,000 bytes", _truncate(lambda n: 1000), ("damaged", "move it aside"), "aside"),
    ("truncated to half", _truncate(lambda n: n // 2), ("damaged", "move it aside"), "aside"),
    ("last 10 KB cut off", _truncate(lambda n: n - 10_240), ("damaged", "move it aside"), "aside"),
    ("pages overwritten with garbage", _overwrite_pages, ("damaged", "move it aside"), "aside"),
    ("from an older plugin (format before this one's)", _set_meta("older"), ("older version", "move it aside"),
     "aside"),
    ("without a format", _set_meta(None), ("older version", "move it aside"), "aside"),
    ("from a newer plugin (format after this one's)", _set_meta("newer"), ("newer version", "update the plugin"),
     "aside"),
    ("a format that is not a number", _set_meta("1.x"), ("damaged", "move it aside"), "aside"),
    ("a sync table missing", _drop_table("mp_outbox"), ("damaged", "move it aside"), "aside"),
    ("a GeoPackage that is not a working copy", _plain_geopackage, ("not a mapuj pomoc working copy",), "aside"),
    ("a text file", _text_file, ("damaged",), "aside"),
    ("a folder", _directory, ("",), "aside"),
]


def _check_failure(case: CorruptCase, what: str, code: int, err: str, words: tuple[str, ...],
                   folder: Path | None = None) -> None:
    line = err.strip()
    case.messages.append(line.removeprefix("error: ").replace(f"{folder}/" if folder else "\0", ""))
    if "Traceback" in err or code == 99:
        case.problems.append(f"{what}: a traceback: {line[-300:]}")
    elif code != 1 or not line.startswith("error: ") or "\n" in line:
        case.problems.append(f"{what}: exit {code}, {line[-300:]!r}")
    elif not all(w in line.lower() for w in words):
        case.problems.append(f"{what}: the message lacks {words}: {line[:300]}")


def run_corrupt(env: StoreEnv, workdir: Path, lock_wait: float = 1.0) -> CorruptResult:
    from e2elib import Clone, edit, store_features

    folder = workdir / "corrupt"
    folder.mkdir(parents=True, exist_ok=True)
    token = env.token(USER)
    points = [{"op": "create", "collection": "aid_points", "id": str(uuid.uuid4()),
               "geometry": {"type": "Point", "coordinates": [20.4801 + 0.002 * i, 53.7784]},
               "properties": {"name": f"Punkt w pliku zablokowanym {i}", "help_types": ["legal"]}} for i in range(2)]
    requests.post(f"{env.url}/changesets", json={"id": str(uuid.uuid4()), "operations": points},
                  headers=env.auth("admin"), timeout=60).raise_for_status()
    base = Clone(folder / "base.gpkg", env, USER)
    base.sync()
    _settle(base.path)
    cases = []
    for name, damage, words, _ in DAMAGES:
        case = CorruptCase(name)
        path = folder / f"{name.replace(' ', '_').replace(',', '')}.gpkg"
        shutil.copyfile(base.path, path)
        damage(path)
        before = _digest(path)
        code, _, err = run_cli(["status", "--workcopy", path])
        _check_failure(case, "status", code, err, words, folder)
        code, _, err = run_cli(["sync", "--store", env.url, "--workcopy", path], token)
        _check_failure(case, "sync", code, err, words, folder)
        if _digest(path) != before:
            case.problems.append("the failed commands changed the file")
        # the way out: move it aside, sync again
        aside = path.with_name(path.name + ".damaged")
        path.rename(aside)
        code, _, err = run_cli(["sync", "--store", env.url, "--workcopy", path], token)
        if code != 0:
            case.problems.append(f"after moving it aside the sync failed: {err.strip()[-300:]}")
        case.way_out = "moved aside, a fresh working copy synced"
        cases.append(case)

    # locked by another program: wait a little, then a clear message; once closed, the changes go out once
    for mode, words in (("exclusive", ("locked by another program", "close")),
                        ("write", ("locked by another program", "close"))):
        case = CorruptCase(f"locked by another program ({mode} lock)")
        clone = Clone(folder / f"locked-{mode}.gpkg", env, USER)
        shutil.copyfile(base.path, clone.path)
        fid = points[0 if mode == "exclusive" else 1]["id"]
        phone = f"+48 89 {100 + len(cases)} 00 00"
        edit(clone, fid, phone=phone)
        _settle(clone.path)
        holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(clone.path), mode], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True)
        try:
            if holder.stdout.readline().strip() != "locked":
                case.problems.append("the other program did not get its lock")
            t0 = time.monotonic()
            code, _, err = run_cli(["sync", "--store", env.url, "--workcopy", clone.path], token,
                                   busy_timeout=lock_wait)
            _check_failure(case, "sync", code, err, words, folder)
            if time.monotonic() - t0 > lock_wait + 30:
                case.problems.append(f"the sync waited {time.monotonic() - t0:.0f} s")
            code, _, err = run_cli(["status", "--workcopy", clone.path], busy_timeout=lock_wait)
            if mode == "exclusive":
                _check_failure(case, "status", code, err, words, folder)
            elif code not in (0, 3, 4) or "Traceback" in err:  # reading is fine beside a writer
                case.problems.append(f"status beside a writer: exit {code} {err.strip()[-200:]}")
        finally:
            holder.stdin.write("\n")
            holder.stdin.flush()
            holder.wait(30)
        code, out, err = run_cli(["sync", "--store", env.url, "--workcopy", clone.path], token)
        if code != 0:
            case.problems.append(f"after the other program closed it the sync failed: {err.strip()[-300:]}")
        live = store_features(env)
        if live.get(fid, {}).get("properties", {}).get("phone") != phone:
            case.problems.append("the change made before the lock did not reach the store")
        entries = env.sql("SELECT count(*) FROM history WHERE feature_id = :f AND user_name = :u", f=fid, u=USER)
        if entries[0][0] != 1:
            case.problems.append(f"the change is {entries[0][0]} times in the history")
        case.way_out = "the other program closed, the change sent once"
        cases.append(case)
    result = CorruptResult(cases)
    for line in result.lines():
        log(line)
    return result

