"""The public and the staff version of exports, lists and prints (README, "Privacy"; issue 15).

A copy of a synced working copy is edited as a coordinator would: in one commune one point becomes
staff-only and another approximate, and three points get a service area. The public version must lack
the first, show the second at its commune's representative point without street, house number and
postcode, drop both their service areas, and say "public version"; the staff version has both exactly.
Files are read back with GDAL and sqlite3, the PDF with pdftotext.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import unicodedata
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from osgeo import gdal
from qgis.core import QgsGeometry, QgsProcessingContext, QgsProcessingFeedback, QgsProject
from support import workcopy_rows

from mapujpomoc_model import schema
from mapujpomoc_model.gpkg_geom import encode, register_functions
from mapujpomoc_qgis.core import region
from mapujpomoc_qgis.core.export import list_export
from mapujpomoc_qgis.core.export import regional_export as export
from mapujpomoc_qgis.core.export.formats import ExportOptions
from mapujpomoc_qgis.core.filtering import privacy, selection
from mapujpomoc_qgis.core.filtering.filters import AidFilter
from mapujpomoc_qgis.core.sync import rows as row_codec

gdal.UseExceptions()
SECRET = {"name": "Schronisko Ukryte 15", "street": "Tajemna", "house_number": "7", "postcode": "11-111"}
VAGUE = {"name": "Schronisko Przybliżone 15", "street": "Zakryta", "house_number": "9", "postcode": "22-222",
         "city": "Przybliżów", "phone": "+48 600 700 800"}


@dataclass
class Sensitive:
    path: Path
    county: str
    commune: str
    secret: str  # uuid of the staff-only point
    vague: str  # uuid of the approximate point
    public: str  # uuid of a public point of the same commune
    vague_xy: tuple[float, float]  # where the approximate point really is
    commune_xy: tuple[float, float]  # the commune's representative point


def _xy(path: Path, uid: str) -> tuple[float, float]:
    with closing(sqlite3.connect(path)) as conn:
        blob = conn.execute("SELECT geom FROM aid_points WHERE uuid = ?", (uid,)).fetchone()[0]
    return region.point_xy(blob)


def _add_area(conn: sqlite3.Connection, point: str, x: float, y: float, n: int) -> None:
    d = 0.002
    ring = [[x - d, y - d], [x + d, y - d], [x + d, y + d], [x - d, y + d], [x - d, y - d]]
    fields = schema.fields_by_name("service_areas")
    conn.execute("INSERT INTO service_areas (geom, uuid, aid_point_id, kind, params) VALUES (?, ?, ?, ?, ?)",
                 (encode({"type": "MultiPolygon", "coordinates": [[ring]]}), f"15000000-0000-4000-8000-{n:012d}",
                  point, "buffer", row_codec.to_column(fields["params"], {"metres": 200})))


@pytest.fixture(scope="module")
def sensitive(synced_workcopy: Any, tmp_path_factory: pytest.TempPathFactory) -> Sensitive:
    path = tmp_path_factory.mktemp("sensitive") / "sensitive.gpkg"
    shutil.copy(synced_workcopy.path, path)
    points = workcopy_rows.points(path)
    county = workcopy_rows.busiest_county(path)
    counts: dict[str, int] = {}
    for p in points:
        if (p["teryt"] or "").startswith(county):
            counts[p["teryt"]] = counts.get(p["teryt"], 0) + 1
    commune = max(counts, key=lambda c: (counts[c], c))
    secret, vague, public = [p["uuid"] for p in points if p["teryt"] == commune][:3]
    vague_xy = _xy(path, vague)
    conn = sqlite3.connect(path)
    register_functions(conn)
    try:
        conn.execute(f"UPDATE aid_points SET visibility = 'staff_only', {', '.join(f'{k} = ?' for k in SECRET)} "
                     "WHERE uuid = ?", (*SECRET.values(), secret))
        conn.execute(f"UPDATE aid_points SET visibility = 'approximate', {', '.join(f'{k} = ?' for k in VAGUE)} "
                     "WHERE uuid = ?", (*VAGUE.values(), vague))
        for n, uid in enumerate((secret, vague, public)):
            _add_area(conn, uid, *_xy(path, uid), n)
        conn.commit()
    finally:
        conn.close()
    inside = region.Boundaries(path).units[commune].geometry.pointOnSurface().asPoint()
    return Sensitive(path, county, commune, secret, vague, public, vague_xy, (inside.x(), inside.y()))


def _features(path: Path, layer: str | None = None) -> dict[str, Any]:
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    lyr = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    out = {}
    for f in lyr:
        geom = f.GetGeometryRef()
        out[f.GetField("uuid")] = {**{k: f.GetField(k) for k in f.keys()},
                                   "xy": (geom.GetX(), geom.GetY()) if geom and geom.GetGeometryName() == "POINT" else None}
    return out


def _close(a: tuple[float, float], b: tuple[float, float], within: float = 1e-9) -> bool:
    return abs(a[0] - b[0]) < within and abs(a[1] - b[1]) < within


def test_public_export_leaves_out_and_generalises(sensitive: Sensitive, tmp_path: Path) -> None:
    out = tmp_path / "public.geojson"
    result = export.export_region(sensitive.path, sensitive.county, out, None,
                                  ExportOptions(fmt="geojson", service_areas=True))
    points = _features(out)
    assert sensitive.secret not in points and SECRET["name"] not in out.read_text(encoding="utf-8")
    vague = points[sensitive.vague]
    # (GeoJSON keeps 7 decimals, about a centimetre)
    assert _close(vague["xy"], sensitive.commune_xy, 1e-7) and not _close(vague["xy"], sensitive.vague_xy, 1e-4)
    assert (vague["street"], vague["house_number"], vague["postcode"]) == (None, None, None)
    assert (vague["name"], vague["city"], vague["phone"]) == (VAGUE["name"], VAGUE["city"], VAGUE["phone"])
    assert "Zakryta" not in out.read_text(encoding="utf-8")
    # the point at its commune is still in the commune: the store's rule puts it there
    assert region.Boundaries(sensitive.path).commune_at(*vague["xy"]) == sensitive.commune
    assert {p["export_version"] for p in points.values()} == {"public"}
    assert json.loads(out.read_text(encoding="utf-8"))["description"].endswith("(public version)")
    areas = _features(out.with_name("public_service_areas.geojson"))
    owners = {a["aid_point_id"] for a in areas.values()}
    assert sensitive.public in owners and not {sensitive.secret, sensitive.vague} & owners
    assert {a["export_version"] for a in areas.values()} == {"public"}
    assert result.counts["aid_points"] == len(points)


def test_staff_export_has_every_point_exactly(sensitive: Sensitive, tmp_path: Path) -> None:
    out = tmp_path / "staff.geojson"
    export.export_region(sensitive.path, sensitive.county, out, None,
                         ExportOptions(fmt="geojson", service_areas=True, version="staff"))
    points = _features(out)
    want = {p["uuid"] for p in workcopy_rows.points(sensitive.path) if (p["teryt"] or "").startswith(sensitive.county)}
    assert set(points) == want
    assert {k: points[sensitive.secret][k] for k in SECRET} == SECRET
    assert {k: points[sensitive.vague][k] for k in VAGUE} == VAGUE
    assert _close(points[sensitive.vague]["xy"], sensitive.vague_xy, 1e-7)
    assert {p["export_version"] for p in points.values()} == {"staff"}
    owners = {a["aid_point_id"] for a in _features(out.with_name("staff_service_areas.geojson")).values()}
    assert {sensitive.secret, sensitive.vague, sensitive.public} <= owners


def test_spreadsheets_and_geopackages_say_which_version(sensitive: Sensitive, tmp_path: Path) -> None:
    for version in ("public", "staff"):
        csv_out = tmp_path / f"{version}.csv"
        export.export_region(sensitive.path, sensitive.commune, csv_out, None,
                             ExportOptions(fmt="csv", version=version))
        text = csv_out.read_text(encoding="utf-8-sig")
        assert text.splitlines()[0].split(",")[-1] == "export_version"
        assert all(line.endswith(f",{version}") for line in text.splitlines()[1:])
        assert (SECRET["name"] in text) == (version == "staff") and ("Zakryta" in text) == (version == "staff")
        gpkg = tmp_path / f"{version}.gpkg"
        export.export_region(sensitive.path, sensitive.commune, gpkg, None, ExportOptions(version=version))
        with closing(sqlite3.connect(gpkg)) as conn:
            (description,) = conn.execute("SELECT description FROM gpkg_contents WHERE table_name = 'aid_points'"
                                          ).fetchone()
        assert description.endswith(f"({version} version)")
        assert (sensitive.secret in _features(gpkg, "aid_points")) == (version == "staff")


def test_a_filter_or_a_small_region_cannot_find_the_hidden_address(sensitive: Sensitive) -> None:
    """The public version filters its own rows: a search for the hidden street, or a small polygon around
    the real place, does not reveal the approximate point."""
    by_street = AidFilter(text=VAGUE["street"])
    assert not selection.select(sensitive.path, sensitive.county, by_street).points
    assert [p["uuid"] for p in selection.select(sensitive.path, sensitive.county, by_street,
                                                version="staff").points] == [sensitive.vague]
    by_sql = f"street = '{VAGUE['street']}'"
    assert not selection.select(sensitive.path, sensitive.county, by_sql).points
    x, y = sensitive.vague_xy
    square = QgsGeometry.fromWkt(f"POLYGON(({x - 1e-4} {y - 1e-4}, {x + 1e-4} {y - 1e-4}, {x + 1e-4} {y + 1e-4}, "
                                 f"{x - 1e-4} {y + 1e-4}, {x - 1e-4} {y - 1e-4}))")
    around = region.from_geometry(square, region.WGS84, "around")
    assert sensitive.vague not in {p["uuid"] for p in selection.select(sensitive.path, around).points}
    assert sensitive.vague in {p["uuid"] for p in selection.select(sensitive.path, around, version="staff").points}
    by_city = AidFilter(text=VAGUE["city"])  # what the public row shows, it may be found by
    assert [p["uuid"] for p in selection.select(sensitive.path, sensitive.county, by_city).points] == [sensitive.vague]


def test_unknown_visibility_is_left_out_and_a_wrong_version_refused(sensitive: Sensitive, tmp_path: Path) -> None:
    odd = tmp_path / "odd.gpkg"
    shutil.copy(sensitive.path, odd)
    with closing(sqlite3.connect(odd)) as conn, conn:  # closed, and committed by `conn`
        register_functions(conn)
        conn.execute("UPDATE aid_points SET visibility = 'secret' WHERE uuid = ?", (sensitive.public,))
    assert sensitive.public not in {p["uuid"] for p in selection.select(odd, sensitive.commune).points}
    with pytest.raises(privacy.VersionError, match="public or staff"):
        export.export_region(odd, sensitive.commune, tmp_path / "x.csv", None, ExportOptions(fmt="csv", version="all"))


def test_saved_list_export_follows_the_version(sensitive: Sensitive, tmp_path: Path) -> None:
    with closing(sqlite3.connect(sensitive.path)) as conn:
        fids = [f for (f,) in conn.execute("SELECT fid FROM aid_points WHERE teryt = ?", (sensitive.commune,))]
        public = list_export.points(conn, fids)
        staff = list_export.points(conn, fids, "staff")
    assert len(staff) == len(public) + 1 == len(fids)
    [vague] = [p for p in public if p["name"] == VAGUE["name"]]
    assert list_export.address(vague) == VAGUE["city"]
    text = list_export.write_csv(tmp_path / "list.csv", public).read_text(encoding="utf-8-sig")
    assert SECRET["name"] not in text and VAGUE["street"] not in text and text.count(",public\n") == len(public)
    pdf = list_export.write_pdf(tmp_path / "list.pdf", "Lista", public)
    words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "public version" in words and VAGUE["name"] in words and SECRET["name"] not in words


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
@pytest.mark.parametrize("version", ["public", "staff"])
def test_print_shows_the_version_it_is(sensitive: Sensitive, version: str, tmp_path: Path) -> None:
    from mapujpomoc_qgis.core.printing.print_data import prepare
    from mapujpomoc_qgis.core.printing.print_map import print_map
    from mapujpomoc_qgis.core.printing.print_spec import PrintSpec

    spec = PrintSpec(sensitive.commune, languages=("pl", "en"), version=version)
    pdf = print_map(sensitive.path, spec, tmp_path / "map.pdf").path
    text = " ".join(unicodedata.normalize("NFKC", subprocess.run(  # NFKC: Qt's ligatures ("ﬀ") as letters
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout).split())
    said = {"public": "Wersja publiczna / Public version", "staff": "Wersja dla pracowników / Staff version"}
    assert said[version] in text and said["staff" if version == "public" else "public"] not in text
    assert (SECRET["name"] in text) == (version == "staff")
    assert VAGUE["name"] in text and (VAGUE["street"] in text) == (version == "staff")
    data = prepare(sensitive.path, spec, tmp_path / "data.gpkg")
    ds = gdal.OpenEx(str(data.path), gdal.OF_VECTOR)
    printed = {f.GetField("uuid"): f.GetGeometryRef().Clone() for f in ds.GetLayerByName("points")}
    where = (printed[sensitive.vague].GetX(), printed[sensitive.vague].GetY())
    assert _close(where, sensitive.commune_xy if version == "public" else sensitive.vague_xy)


def test_processing_and_the_dialogs_offer_the_version(sensitive: Sensitive, tmp_path: Path, qtbot: Any,
                                                       qgis_iface: Any, mapujpomoc_algorithms: Any) -> None:
    from mapujpomoc_qgis.gui.export_dialog import ExportDialog
    from mapujpomoc_qgis.gui.print_dialog import PrintDialog

    registry = mapujpomoc_algorithms
    alg = registry.createAlgorithmById("mapujpomoc:export")
    assert alg.parameterDefinition("VERSION").defaultValue() == 0
    assert registry.createAlgorithmById("mapujpomoc:print").parameterDefinition("VERSION") is not None
    for version, index in (("public", None), ("staff", 1)):
        context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
        context.setProject(QgsProject.instance())
        out = tmp_path / f"alg_{version}.gpkg"
        params = {"WORKCOPY": str(sensitive.path), "REGION": sensitive.commune, "OUTPUT": str(out)}
        if index is not None:
            params["VERSION"] = index
        _results, ok = alg.run(params, context, feedback)
        assert ok, feedback.textLog()
        points = _features(out, "aid_points")
        assert (sensitive.secret in points) == (version == "staff")
        assert {p["export_version"] for p in points.values()} == {version}
    dialog = ExportDialog(qgis_iface, str(sensitive.path), None)
    qtbot.addWidget(dialog)
    assert dialog.options().version == "public"
    dialog.version.set_version("staff")
    assert dialog.options().version == "staff"
    printer = PrintDialog(qgis_iface, str(sensitive.path), None)
    qtbot.addWidget(printer)
    assert printer.region.select(sensitive.commune[:4]) and printer.region.select(sensitive.commune)
    assert printer.spec().version == "public"
    printer.version.set_version("staff")
    assert printer.spec().version == "staff"
