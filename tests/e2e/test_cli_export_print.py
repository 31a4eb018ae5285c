"""`mapujpomoc export` / `mapujpomoc print` and `qgis_process run mapujpomoc:…`, run as a user would.

The working copy comes from a real store (SQLite; export and print only read the working copy, so the
store's backend does not matter here). Outputs are checked with GDAL and poppler.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from osgeo import gdal
from support import kml_read, workcopy_rows

from mapujpomoc_model import catalog
from mapujpomoc_qgis.core.connection.client import StoreClient
from mapujpomoc_qgis.core.sync.syncer import Syncer
from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy

CLI = Path(sys.executable).with_name("mapujpomoc")
ROOT = Path(__file__).resolve().parents[2]
gdal.UseExceptions()


def run(*args: Any, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(CLI), *map(str, args)], capture_output=True, text=True, env=env, timeout=timeout)


def no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr


@pytest.fixture(scope="module")
def workcopy(store_templates: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from support.store_server import StoreServer

    server = StoreServer(store_templates.fresh("sqlite"))
    server.start()
    try:
        path = tmp_path_factory.mktemp("cli") / "wc.gpkg"
        with WorkingCopy.open_or_create(path, server.url) as wc, \
                StoreClient(server.url, server.token("ed_olsztyn")) as client:
            Syncer(wc, client).sync()
    finally:
        server.stop()
    return path


def test_export_every_format(workcopy: Path, tmp_path: Path) -> None:
    county = workcopy_rows.busiest_county(workcopy)
    want = {p["uuid"]: p for p in workcopy_rows.points(workcopy) if (p["teryt"] or "").startswith(county)}
    for fmt, ext in (("gpkg", "gpkg"), ("geojson", "geojson"), ("csv", "csv"), ("xlsx", "xlsx"), ("kml", "kml")):
        out = tmp_path / f"{county}.{ext}"
        proc = run("export", "--workcopy", workcopy, "--region", county, "--format", fmt, "--out", out)
        assert proc.returncode == 0, proc.stderr
        no_traceback(proc)
        assert f"aid_points\t{len(want)}" in proc.stdout and f"wrote {out}" in proc.stdout
        got = {}
        if fmt == "kml":  # with LIBKML where GDAL has it, else from the XML: the older KML driver reads no data
            got = {f.fields["uuid"]: f.fields["help_types_uk"] for f in kml_read.read_layer(out, "aid_points")}
        else:
            ds = gdal.OpenEx(str(out), gdal.OF_VECTOR)
            lyr = ds.GetLayerByName("aid_points") if fmt in ("gpkg", "xlsx") else ds.GetLayer(0)
            for feat in lyr:
                got[feat.GetField("uuid")] = feat.GetField("help_types_uk")
            del lyr, ds
        assert set(got) == set(want), fmt
        for uuid, labels in got.items():
            codes = json.loads(want[uuid]["help_types"])
            assert labels == catalog.labels(catalog.HELP_TYPES, codes, "uk", "; ")


def test_export_with_a_filter_and_extras(workcopy: Path, tmp_path: Path) -> None:
    commune = next(p["teryt"] for p in workcopy_rows.points(workcopy) if p["teryt"])
    out = tmp_path / "areas.gpkg"
    proc = run("export", "--workcopy", workcopy, "--region", commune, "--format", "gpkg", "--out", out,
               "--help-type", "social_welfare", "--help-type", "legal", "--boundaries", "--service-areas",
               "--crs", "EPSG:2180")
    assert proc.returncode == 0, proc.stderr
    want = {p["uuid"] for p in workcopy_rows.points(workcopy) if p["teryt"] == commune
            and {"social_welfare", "legal"} & set(json.loads(p["help_types"]))}
    ds = gdal.OpenEx(str(out), gdal.OF_VECTOR)
    assert {f.GetField("uuid") for f in ds.GetLayerByName("aid_points")} == want
    assert [f.GetField("teryt") for f in ds.GetLayerByName("gminy")] == [commune]
    srs = ds.GetLayerByName("aid_points").GetSpatialRef()
    assert srs.GetAuthorityCode(None) == "2180"
    assert ds.GetLayerByName("layer_styles").GetFeatureCount() >= 3


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="needs poppler-utils")
def test_print_county_atlas(workcopy: Path, tmp_path: Path) -> None:
    county = workcopy_rows.busiest_county(workcopy)
    out = tmp_path / "atlas.pdf"
    proc = run("print", "--workcopy", workcopy, "--region", county, "--atlas", "--out", out)
    assert proc.returncode == 0, proc.stderr
    no_traceback(proc)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1)) == len(list(workcopy_rows.communes(workcopy, county)))
    proc = run("print", "--workcopy", workcopy, "--region", county, "--template", "a3_landscape",
               "--languages", "uk+en", "--title", "Мапа допомоги", "--out", tmp_path / "a3.pdf")
    assert proc.returncode == 0, proc.stderr
    text = subprocess.run(["pdftotext", str(tmp_path / "a3.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Мапа допомоги" in text and "Types of help" in text


def test_mistakes_exit_with_one_clear_line(workcopy: Path, tmp_path: Path) -> None:
    cases = [
        (("export", "--workcopy", workcopy, "--region", "281", "--format", "gpkg", "--out", tmp_path / "a.gpkg"),
         "TERYT"),
        (("export", "--workcopy", workcopy, "--region", "9999", "--format", "csv", "--out", tmp_path / "a.csv"),
         "9999"),
        (("print", "--workcopy", tmp_path / "none.gpkg", "--region", "28", "--out", tmp_path / "a.pdf"),
         "working copy"),
        (("print", "--workcopy", workcopy, "--region", "28", "--template", "a0", "--out", tmp_path / "a.pdf"),
         "template"),
    ]
    for args, words in cases:
        proc = run(*args)
        assert proc.returncode == 1, (args, proc.stdout, proc.stderr)
        no_traceback(proc)
        errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
        assert len(errors) == 1 and words in errors[0], proc.stderr
    proc = run("export", "--workcopy", workcopy, "--region", "28", "--format", "shp", "--out", tmp_path / "a.shp")
    assert proc.returncode == 2 and "invalid choice" in proc.stderr
    assert not list(tmp_path.iterdir())


def _qgis_process() -> str | None:
    """Debian's /usr/bin/qgis_process wrapper passes QGIS_OPTS from /etc/default/qgis (meant for the desktop
    application) to qgis_process.bin, which refuses them; the binary itself works."""
    for candidate in ("/usr/bin/qgis_process.bin", shutil.which("qgis_process")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


@pytest.fixture(scope="module")
def qgis_process(tmp_path_factory: pytest.TempPathFactory) -> Any:
    exe = _qgis_process()
    if exe is None:
        pytest.skip("qgis_process is not installed")
    base = tmp_path_factory.mktemp("qgis_process")
    # installed from the built zip, as a user installs it (it carries metadata.txt and the shared model)
    built = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_zip.py"), "--out", str(base / "plugin.zip")],
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    with zipfile.ZipFile(base / "plugin.zip") as zf:
        zf.extractall(base / "plugins")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QGIS_CUSTOM_CONFIG_PATH": str(base / "profile"),
           "QGIS_PLUGINPATH": str(base / "plugins")}

    def call(*args: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.run([exe, *map(str, args)], capture_output=True, text=True, env=env, timeout=120)

    proc = call("plugins", "enable", "mapujpomoc_qgis")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return call


def test_qgis_process_runs_the_export_headless(qgis_process: Any, workcopy: Path, tmp_path: Path) -> None:
    listing = qgis_process("list")
    assert "mapujpomoc:export" in listing.stdout and "mapujpomoc:print" in listing.stdout
    county = workcopy_rows.busiest_county(workcopy)
    out = tmp_path / "qp.geojson"
    proc = qgis_process("--json", "run", "mapujpomoc:export", "--", f"WORKCOPY={workcopy}", f"REGION={county}",
                        "FORMAT=1", "BOUNDARIES=true", f"OUTPUT={out}")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    results = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    want = {p["uuid"] for p in workcopy_rows.points(workcopy) if (p["teryt"] or "").startswith(county)}
    assert results["COUNT"] == len(want) and Path(results["OUTPUT"]) == out
    ds = gdal.OpenEx(str(out), gdal.OF_VECTOR)
    assert {f.GetField("uuid") for f in ds.GetLayer(0)} == want
    assert (tmp_path / "qp_gminy.geojson").is_file()


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="needs poppler-utils")
def test_qgis_process_prints_an_atlas(qgis_process: Any, workcopy: Path, tmp_path: Path) -> None:
    county = workcopy_rows.busiest_county(workcopy)
    out = tmp_path / "qp.pdf"
    proc = qgis_process("--json", "run", "mapujpomoc:print", "--", f"WORKCOPY={workcopy}", f"REGION={county}",
                        "ATLAS=true", f"OUTPUT={out}")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    results = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    assert results["PAGES"] == len(list(workcopy_rows.communes(workcopy, county)))


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="needs poppler-utils")
def test_print_says_which_atlas_sheets_are_shortened(workcopy: Path, tmp_path: Path) -> None:
    from support.busy_commune import add_points

    county = workcopy_rows.busiest_county(workcopy)
    busy = tmp_path / "busy.gpkg"
    shutil.copy(workcopy, busy)
    commune = min(list(workcopy_rows.communes(busy, county)))
    add_points(busy, commune, 60)
    out = tmp_path / "atlas.pdf"
    proc = run("print", "--workcopy", busy, "--region", county, "--atlas", "--quiet", "--out", out)
    assert proc.returncode == 0, proc.stderr
    no_traceback(proc)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1)) == len(list(workcopy_rows.communes(busy, county)))
    line = re.search(rf"^sheet of .* \({commune}\) lists (\d+) of its (\d+) points; print --region {commune} without --atlas for all$",
                     proc.stdout, re.M)
    assert line, proc.stdout
    listed, total = map(int, line.groups())
    assert 0 < listed < total == sum(1 for p in workcopy_rows.points(busy) if p["teryt"] == commune)


def _sensitive_copy(workcopy: Path, tmp_path: Path) -> tuple[Path, str, str, str]:
    """A copy of the working copy where, in one commune, one point is staff-only and one approximate."""
    from mapujpomoc_model.gpkg_geom import register_functions

    path = tmp_path / "sensitive.gpkg"
    shutil.copy(workcopy, path)
    counts: dict[str, int] = {}
    for p in workcopy_rows.points(path):
        if p["teryt"]:
            counts[p["teryt"]] = counts.get(p["teryt"], 0) + 1
    commune = max(counts, key=lambda c: (counts[c], c))
    secret, vague = [p["uuid"] for p in workcopy_rows.points(path) if p["teryt"] == commune][:2]
    conn = sqlite3.connect(path)
    register_functions(conn)
    try:
        conn.execute("UPDATE aid_points SET visibility = 'staff_only', name = 'Schronisko Ukryte 15' WHERE uuid = ?",
                     (secret,))
        conn.execute("UPDATE aid_points SET visibility = 'approximate', street = 'Zakryta' WHERE uuid = ?", (vague,))
        conn.commit()
    finally:
        conn.close()
    return path, commune, secret, vague


def test_export_and_print_are_the_public_version_unless_asked(workcopy: Path, tmp_path: Path) -> None:
    path, commune, secret, vague = _sensitive_copy(workcopy, tmp_path)
    for version in (None, "public", "staff"):
        out = tmp_path / f"{version}.csv"
        proc = run("export", "--workcopy", path, "--region", commune, "--format", "csv", "--out", out,
                   *(("--version", version) if version else ()))
        assert proc.returncode == 0, proc.stderr
        assert f"wrote {out} ({version or 'public'} version)" in proc.stdout
        text = out.read_text(encoding="utf-8-sig")
        staff = version == "staff"
        assert (secret in text) == staff and ("Schronisko Ukryte 15" in text) == staff and ("Zakryta" in text) == staff
        assert vague in text and text.count(f",{version or 'public'}\n") == len(text.splitlines()) - 1
    if shutil.which("pdftotext"):
        proc = run("print", "--workcopy", path, "--region", commune, "--languages", "pl+en", "--out",
                   tmp_path / "public.pdf")
        assert proc.returncode == 0, proc.stderr
        words = subprocess.run(["pdftotext", str(tmp_path / "public.pdf"), "-"], capture_output=True, text=True,
                               check=True).stdout
        assert "Public version" in words.replace("\ufb00", "ff") and "Schronisko Ukryte 15" not in words
    proc = run("export", "--workcopy", path, "--region", commune, "--format", "csv", "--out", tmp_path / "x.csv",
               "--version", "everyone")
    assert proc.returncode == 2 and "invalid choice" in proc.stderr


def test_status_shows_others_escape_codes_as_text(workcopy: Path, tmp_path: Path) -> None:
    path = tmp_path / "status.gpkg"
    shutil.copy(workcopy, path)
    uid = workcopy_rows.points(path)[0]["uuid"]
    hostile = "Punkt\x1b[2J\x1b[31m czerwony\x07 \u202eaksnilrT\u202c\nconflict\tfake"
    conn = sqlite3.connect(path)
    try:
        conn.execute("INSERT INTO mp_conflicts (collection, uuid, field, base, mine, theirs, theirs_version) "
                     "VALUES ('aid_points', ?, 'name', ?, ?, ?, 2)", (uid, *[json.dumps(hostile)] * 3))
        conn.execute("INSERT INTO mp_outbox (collection, uuid, op, changed_at, state, reason) VALUES "
                     "('aid_points', ?, 'update', '2024-01-01T00:00:00Z', 'refused', ?)", (uid, hostile))
        conn.commit()
    finally:
        conn.close()
    proc = run("status", "--workcopy", path)
    no_traceback(proc)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]", proc.stdout)
    assert "Punkt\\x1b[2J\\x1b[31m czerwony\\x07 <U+202E>aksnilrT<U+202C>\\nconflict\\tfake" in proc.stdout
    assert [line.split("\t")[0] for line in proc.stdout.splitlines()[2:]] == ["conflict", "refused"]
