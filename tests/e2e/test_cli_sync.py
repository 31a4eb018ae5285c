"""`mapujpomoc sync`: the console script run as a user would, against the real store.

The token comes only from MAPUJPOMOC_TOKEN; output says what was pulled and pushed; failures exit
non-zero with one clear line and never a traceback.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from e2elib import store_features

from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy

CLI = Path(sys.executable).with_name("mapujpomoc")


def run(*args: str, token: str | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "MAPUJPOMOC_TOKEN"}
    if token is not None:
        env["MAPUJPOMOC_TOKEN"] = token
    return subprocess.run([str(CLI), *args], capture_output=True, text=True, env=env, timeout=timeout)


def sync(store: Any, workcopy: Path, token: str | None, *extra: str) -> subprocess.CompletedProcess[str]:
    return run("sync", "--store", store.url, "--workcopy", str(workcopy), *extra, token=token)


def no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr


def test_the_console_script_is_installed() -> None:
    assert CLI.is_file() and os.access(CLI, os.X_OK)
    proc = run("sync", "--help")
    assert proc.returncode == 0
    assert "--store" in proc.stdout and "--workcopy" in proc.stdout
    assert "MAPUJPOMOC_TOKEN" in proc.stdout
    assert "--token" not in proc.stdout


def test_token_is_not_a_command_line_argument(store: Any, tmp_path: Path) -> None:
    proc = sync(store, tmp_path / "wc.gpkg", None, "--token", store.token("ed_olsztyn"))
    assert proc.returncode == 2
    assert "unrecognized arguments: --token" in proc.stderr
    assert not (tmp_path / "wc.gpkg").exists()


def test_without_the_token_variable(store: Any, tmp_path: Path) -> None:
    for token in (None, ""):
        proc = sync(store, tmp_path / "wc.gpkg", token)
        assert proc.returncode == 2, proc
        assert "MAPUJPOMOC_TOKEN" in proc.stderr
        assert proc.stdout == ""
        no_traceback(proc)
    assert not (tmp_path / "wc.gpkg").exists()


def test_first_sync_then_nothing_new(store: Any, tmp_path: Path) -> None:
    workcopy = tmp_path / "sub" / "olsztyn.gpkg"  # the folder is made too
    token = store.token("ed_olsztyn")
    proc = sync(store, workcopy, token)
    assert proc.returncode == 0, proc.stderr
    no_traceback(proc)
    count = len(store_features(store))
    assert count == 200
    match = re.search(r"pulled .*?(\d+) aid_points created", proc.stdout)
    assert match and int(match.group(1)) == count, proc.stdout
    assert "pushed nothing" in proc.stdout
    assert token not in proc.stdout + proc.stderr
    with WorkingCopy(workcopy) as wc:
        assert wc.count("aid_points") == count
        assert wc.meta_json("me")["user"] == "ed_olsztyn"

    again = sync(store, workcopy, token)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("pulled nothing; pushed nothing"), again.stdout
    assert "boundaries" not in again.stdout


def test_store_down(store: Any, tmp_path: Path) -> None:
    workcopy = tmp_path / "olsztyn.gpkg"
    assert sync(store, workcopy, store.token("ed_olsztyn")).returncode == 0
    store.stop()
    try:
        proc = sync(store, workcopy, store.token("ed_olsztyn"))
    finally:
        store.start()
    assert proc.returncode == 1
    no_traceback(proc)
    assert proc.stderr.startswith(f"error: {store.url} refused the connection"), proc.stderr
    assert "is the store running" in proc.stderr or "whether the store is running" in proc.stderr
    assert proc.stdout == ""


def test_wrong_token(store: Any, tmp_path: Path) -> None:
    proc = sync(store, tmp_path / "wc.gpkg", "mp_this-is-not-a-token")
    assert proc.returncode == 1
    no_traceback(proc)
    assert proc.stderr.startswith("error: The store did not accept the credentials"), proc.stderr
    assert "mp_this-is-not-a-token" not in proc.stderr


@pytest.mark.parametrize("content", [os.urandom(4096), b"", b"SQLite format 3\x00" + os.urandom(2000)],
                         ids=["random", "empty", "bad-header"])
def test_corrupt_working_copy(store: Any, tmp_path: Path, content: bytes) -> None:
    workcopy = tmp_path / "olsztyn.gpkg"
    workcopy.write_bytes(content)
    proc = sync(store, workcopy, store.token("ed_olsztyn"))
    assert proc.returncode == 1, proc
    no_traceback(proc)
    assert proc.stderr.startswith(f"error: {workcopy} "), proc.stderr
    assert "damaged or not a GeoPackage" in proc.stderr or "not a Mapuj Pomoc working copy" in proc.stderr
    assert workcopy.read_bytes() == content  # left alone for inspection


def test_geopackage_of_another_kind(store: Any, tmp_path: Path) -> None:
    from osgeo import ogr

    workcopy = tmp_path / "other.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(workcopy))
    ds.CreateLayer("roads", None, ogr.wkbLineString)
    ds = None
    proc = sync(store, workcopy, store.token("ed_olsztyn"))
    assert proc.returncode == 1
    no_traceback(proc)
    assert "is a GeoPackage but not a Mapuj Pomoc working copy" in proc.stderr


def test_working_copy_of_another_store(store: Any, tmp_path: Path) -> None:
    workcopy = tmp_path / "olsztyn.gpkg"
    WorkingCopy.create(workcopy, "https://pomoc.example.pl").close()
    proc = sync(store, workcopy, store.token("ed_olsztyn"))
    assert proc.returncode == 1
    no_traceback(proc)
    assert "belongs to the store https://pomoc.example.pl" in proc.stderr


def test_working_copy_where_no_file_can_be(store: Any, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    proc = sync(store, tmp_path / "a-file" / "olsztyn.gpkg", store.token("ed_olsztyn"))
    assert proc.returncode == 1
    no_traceback(proc)
    assert proc.stderr.startswith(f"error: Cannot create a GeoPackage at {tmp_path / 'a-file' / 'olsztyn.gpkg'}")
