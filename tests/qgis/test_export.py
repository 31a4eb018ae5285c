"""Regional export against a working copy synced from the real store (both backends).

Expected sets come straight from the GeoPackage rows: the `teryt` the store assigned to each point
is the reference for "inside the region". Outputs are read back with GDAL, not with the plugin.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from osgeo import gdal, ogr
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFeedback,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsSvgMarkerSymbolLayer,
    QgsVectorLayer,
)
from support import kml_read, workcopy_rows

from mapujpomoc_model import catalog
from mapujpomoc_qgis.core import region
from mapujpomoc_qgis.core.errors import Cancelled
from mapujpomoc_qgis.core.export import kml_styles
from mapujpomoc_qgis.core.export import regional_export as export
from mapujpomoc_qgis.core.export.formats import FORMATS, ExportError, ExportOptions
from mapujpomoc_qgis.core.export.kml_writer import data_name as kml_data_name
from mapujpomoc_qgis.core.export.layer_writer import aid_point_columns
from mapujpomoc_qgis.core.filtering import selection
from mapujpomoc_qgis.core.filtering.filters import AidFilter
from mapujpomoc_qgis.core.project import symbols

gdal.UseExceptions()


def _epsg(layer: Any) -> str | None:
    srs = layer.GetSpatialRef()
    if srs is None:
        return None
    srs.AutoIdentifyEPSG()
    return srs.GetAuthorityCode(None)


def _uuids(path: Path, layer: str | None = None, **open_options: str) -> list[str]:
    if path.suffix == ".kml":  # with LIBKML where GDAL has it, else from the XML
        return [f.fields["uuid"] for f in kml_read.read_layer(path, layer or "aid_points")]
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR, open_options=[f"{k}={v}" for k, v in open_options.items()])
    lyr = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    return [f.GetField("uuid") for f in lyr]


@pytest.fixture(scope="module")
def county(synced_workcopy: Any) -> str:
    return workcopy_rows.busiest_county(synced_workcopy.path)


@pytest.fixture(scope="module")
def expected(synced_workcopy: Any, county: str) -> dict[str, dict[str, Any]]:
    return {p["uuid"]: p for p in workcopy_rows.points(synced_workcopy.path) if (p["teryt"] or "").startswith(county)}


def _read_back(out: Path, fmt: str, layer: str) -> tuple[set[str], list[tuple[dict[str, Any], str | None]], Any]:
    """A layer of an export as GDAL reads it: its field names, each feature's values and geometry name, and
    its CRS (EPSG code). A KML is read with LIBKML where GDAL has it, else from its XML (kml_read)."""
    if fmt == "kml":
        features = kml_read.read_layer(out, layer)
        names = set().union(*(f.fields for f in features)) if features else set()
        return names, [(f.fields, f.geometry) for f in features], "4326"  # KML is WGS 84 by definition
    ds = gdal.OpenEx(str(out), gdal.OF_VECTOR)
    lyr = ds.GetLayerByName(layer) if fmt in ("gpkg", "xlsx") else ds.GetLayer(0)
    defn = lyr.GetLayerDefn()
    names = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
    rows = [(feat.items(), feat.GetGeometryRef().GetGeometryName() if feat.GetGeometryRef() else None)
            for feat in lyr]
    epsg = _epsg(lyr)
    del lyr, ds
    return names, rows, epsg


@pytest.mark.parametrize("fmt", ["gpkg", "geojson", "csv", "xlsx", "kml"])
def test_every_format_opens_with_gdal(fmt: str, synced_workcopy: Any, county: str,
                                      expected: dict[str, dict[str, Any]], tmp_path: Path) -> None:
    out = tmp_path / f"region{FORMATS[fmt][1]}"
    result = export.export_region(synced_workcopy.path, county, out, None,
                                  ExportOptions(fmt=fmt, boundaries=True), QgsFeedback())
    assert result.counts["aid_points"] == len(expected) > 0
    ds = gdal.OpenEx(str(out), gdal.OF_VECTOR)  # whichever driver GDAL picks opens it
    assert ds is not None
    if fmt == "kml":
        assert ds.GetLayerByName("aid_points").GetFeatureCount() == len(expected)
    del ds
    names, rows, epsg = _read_back(out, fmt, "aid_points")
    assert len(rows) == len(expected)
    name = "Name" if fmt == "kml" else "name"  # KML keeps it as the placemark's <name>
    assert {"uuid", name, "help_types", "phone", "opening_hours", "teryt", "help_types_pl", "help_types_uk"} <= names
    if fmt in ("gpkg", "geojson", "kml"):
        assert epsg == "4326"
    if fmt == "xlsx":
        assert {"lon", "lat"} <= names
    got = set()
    for values, geometry in rows:
        got.add(values["uuid"])
        assert values[name] == expected[values["uuid"]]["name"]
        codes = json.loads(expected[values["uuid"]]["help_types"])
        assert values["help_types_uk"] == catalog.labels(catalog.HELP_TYPES, codes, "uk", "; ")
        assert values["help_types_pl"] == catalog.labels(catalog.HELP_TYPES, codes, "pl", "; ")
        if fmt in ("gpkg", "geojson"):
            value = values["help_types"]
            assert (value if isinstance(value, list) else json.loads(value)) == codes
        if fmt == "kml":
            assert values["help_types"] == ";".join(codes)
        if fmt != "xlsx":
            assert geometry == "POINT"
    assert set(got) == set(expected)
    # the boundaries come along: in the same file, or beside it for GeoJSON and CSV
    files = export.output_files(out, ExportOptions(fmt=fmt), ["gminy"])
    _, communes, _ = _read_back(files["gminy"], fmt, "gminy")
    assert len(communes) == result.counts["gminy"] > 0
    assert all(values["teryt"].startswith(county) for values, _ in communes)


def test_csv_with_longitude_latitude(synced_workcopy: Any, county: str, expected: dict[str, dict[str, Any]],
                                     tmp_path: Path) -> None:
    out = tmp_path / "points.csv"
    export.export_region(synced_workcopy.path, county, out, None, ExportOptions(fmt="csv", csv_geometry="xy"))
    header = out.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert header[:2] == ["X", "Y"] and "WKT" not in header
    ds = gdal.OpenEx(str(out), gdal.OF_VECTOR, open_options=["X_POSSIBLE_NAMES=X", "Y_POSSIBLE_NAMES=Y"])
    lyr = ds.GetLayer(0)
    assert lyr.GetFeatureCount() == len(expected)
    for feat in lyr:
        x, y = feat.GetGeometryRef().GetX(), feat.GetGeometryRef().GetY()
        assert 14 < x < 24 and 49 < y < 55  # longitude, latitude in Poland


def test_geopackage_in_another_crs(synced_workcopy: Any, county: str, tmp_path: Path) -> None:
    out = tmp_path / "puwg.gpkg"
    export.export_region(synced_workcopy.path, county, out, None, ExportOptions(fmt="gpkg", crs="EPSG:2180"))
    ds = gdal.OpenEx(str(out), gdal.OF_VECTOR)  # (a layer is only valid while its dataset lives)
    lyr = ds.GetLayerByName("aid_points")
    assert _epsg(lyr) == "2180"
    feat = lyr.GetNextFeature()  # (and a geometry only while its feature lives)
    x, y = feat.GetGeometryRef().GetPoint_2D()
    assert 100_000 < x < 900_000 and 100_000 < y < 900_000


def test_geopackage_carries_its_style(synced_workcopy: Any, county: str, tmp_path: Path) -> None:
    out = tmp_path / "styled.gpkg"
    export.export_region(synced_workcopy.path, county, out, None,
                         ExportOptions(fmt="gpkg", service_areas=True, boundaries=True, lang="pl"))
    conn = sqlite3.connect(out)
    try:
        rows = conn.execute("SELECT f_table_name, f_geometry_column, useAsDefault, styleQML, styleSLD "
                            "FROM layer_styles").fetchall()
    finally:
        conn.close()
    assert {r[0] for r in rows} == {"aid_points", "service_areas", "gminy", "powiaty"}
    assert all(r[1] == "geom" and r[2] == 1 and r[3].startswith("<!DOCTYPE qgis") and "StyledLayerDescriptor" in r[4]
               for r in rows)
    # a fresh layer (as QGIS opens the file, without the plugin) comes up styled, with the icons inside
    layer = QgsVectorLayer(f"{out}|layername=aid_points", "points", "ogr")
    assert layer.isValid()
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    categories = renderer.categories()
    labels = {c.value(): c.label() for c in categories}
    assert labels["legal"] == "Pomoc prawna" and labels["reception"] == "Punkt recepcyjny"
    svg = categories[0].symbol().symbolLayer(0)
    assert isinstance(svg, QgsSvgMarkerSymbolLayer) and svg.path().startswith("base64:")
    assert layer.labelsEnabled()


KML = "{http://www.opengis.net/kml/2.2}"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _abgr(rgb: str) -> str:
    """'#RRGGBB' as KML writes colours: opaque, then blue, green, red."""
    r, g, b = (int(rgb[i:i + 2], 16) for i in (1, 3, 5))
    return "ff" + "".join(f"{v:02x}" for v in (b, g, r))


def _check_kml_styles(out: Path, expected: dict[str, dict[str, Any]], icon_of: Any) -> dict[str, ET.Element]:
    """Every placemark of aid_points names its point, lists its help types and points (styleUrl) to a shared
    style in its icon type's colour with an icon PNG beside the file; returns the placemarks by uuid."""
    root = ET.parse(out).getroot()
    styles = {s.get("id"): s for s in root.iter(f"{KML}Style")}
    [points] = [c for c in root.iter() if c.tag in (f"{KML}Document", f"{KML}Folder")
                and c.findtext(f"{KML}name") == "aid_points"]
    placemarks = {}
    for pm in points.iter(f"{KML}Placemark"):
        uuid = next(d.text for d in pm.iter(f"{KML}SimpleData") if d.get("name") == "uuid")
        placemarks[uuid] = pm
    assert len(placemarks) == len(list(points.iter(f"{KML}Placemark"))) == len(expected)
    assert set(placemarks) == set(expected)
    used = set()
    for uuid, pm in placemarks.items():
        point = expected[uuid]
        codes = json.loads(point["help_types"])
        code = icon_of(codes)
        assert pm.findtext(f"{KML}name") == point["name"]
        description = pm.findtext(f"{KML}description")
        for lang in ("pl", "uk"):
            assert catalog.labels(catalog.HELP_TYPES, codes, lang, ", ") in description
        url = pm.findtext(f"{KML}styleUrl")
        assert url == f"#help-{code}", (uuid, codes)
        style = styles[url[1:]]  # the style is shared, in the file, not inline
        assert pm.find(f"{KML}Style") is None
        assert style.findtext(f"{KML}IconStyle/{KML}color").lower() == _abgr(symbols.COLOURS[code])
        assert style.findtext(f"{KML}LabelStyle/{KML}color").lower() == _abgr(symbols.COLOURS[code])
        href = style.findtext(f"{KML}IconStyle/{KML}Icon/{KML}href")
        assert href and "://" not in href  # offline: an icon beside the file, no remote URL
        icon = out.parent / href
        assert icon.is_file() and icon.read_bytes()[:8] == PNG_SIGNATURE, href
        used.add(code)
    assert set(styles) == {f"help-{c}" for c in used}  # one style per icon type in use, no more
    return placemarks


def test_kml_styles_placemarks_by_help_type(synced_workcopy: Any, county: str, expected: dict[str, dict[str, Any]],
                                            tmp_path: Path) -> None:
    from qgis.core import QgsFeatureRequest
    from qgis.PyQt.QtGui import QImage

    out = tmp_path / "region.kml"
    result = export.export_region(synced_workcopy.path, county, out, None,
                                  ExportOptions(fmt="kml", boundaries=True, lang="en"))
    icons = tmp_path / "region_icons"
    assert result.files == [out, icons]
    _check_kml_styles(out, expected, lambda codes: codes[0])  # no filter: a point's first help type
    pngs = sorted(icons.iterdir())
    assert pngs and all(QImage(str(p)).size().width() == kml_styles.ICON_SIZE for p in pngs)
    # the boundaries stay unstyled placemarks of their own layers
    root = ET.parse(out).getroot()
    assert len(list(root.iter(f"{KML}Placemark"))) == len(expected) + sum(
        n for layer, n in result.counts.items() if layer != "aid_points")
    # GDAL reads it as before, with the style of each point
    features = kml_read.read_layer(out, "aid_points")
    assert len(features) == len(expected)
    for feat in features:  # a reference to the shared style, or the style itself where the reader resolves them
        code = json.loads(expected[feat.fields["uuid"]]["help_types"])[0]
        assert feat.style == f"@help-{code}" or f"c:{symbols.COLOURS[code].upper()}" in feat.style, (code, feat.style)
    # and QGIS draws each point in its help type's colour (where its GDAL reads KML styles: LIBKML does, the
    # older KML driver reads no style nor any field but the name and description)
    layer = QgsVectorLayer(f"{out}|layername=aid_points", "kml", "ogr")
    assert layer.isValid() and layer.featureCount() == len(expected)
    if not kml_read.libkml_present():
        return
    for feature in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.EmbeddedSymbols)):
        code = json.loads(expected[feature["uuid"]]["help_types"])[0]
        symbol = feature.embeddedSymbol()
        assert symbol is not None
        colours = {symbol.color().name(), symbol.symbolLayer(0).strokeColor().name()}
        assert symbols.COLOURS[code] in colours, (code, colours)


def test_kml_icon_follows_the_filter(synced_workcopy: Any, county: str, expected: dict[str, dict[str, Any]],
                                     tmp_path: Path) -> None:
    """With a help-type filter a point wears the icon of the first type asked for, as on the printed map."""
    second = {}
    for p in expected.values():
        codes = json.loads(p["help_types"])
        for code in codes[1:]:
            second[code] = second.get(code, 0) + 1
    code = max(second, key=second.get)  # a type that is often not a point's first
    other = next(c for c in catalog.codes(catalog.HELP_TYPES) if c != code)
    flt = AidFilter(help_types=[other, code])
    want = {u: p for u, p in expected.items() if {code, other} & set(json.loads(p["help_types"]))}
    out = tmp_path / "filtered.kml"
    (tmp_path / "filtered_icons").mkdir()
    (tmp_path / "filtered_icons" / "notes.txt").write_text("the user's own file")
    (tmp_path / "filtered_icons" / "employment.png").write_bytes(b"stale")  # from an earlier export
    export.export_region(synced_workcopy.path, county, out, flt, ExportOptions(fmt="kml"))
    icon_of = lambda codes: next(c for c in codes if c in (code, other))  # noqa: E731
    _check_kml_styles(out, want, icon_of)
    used = {icon_of(json.loads(p["help_types"])) for p in want.values()}
    assert {p.name for p in (tmp_path / "filtered_icons").iterdir()} == {f"{c}.png" for c in used} | {"notes.txt"}


def test_kml_is_the_same_without_libkml(synced_workcopy: Any, county: str, expected: dict[str, dict[str, Any]],
                                        tmp_path: Path) -> None:
    """The export writes KML itself: a GDAL without LIBKML (Debian sid's 3.13) writes the same file, with
    every attribute and the shared styles; its older KML driver still opens it."""
    options = ExportOptions(fmt="kml", boundaries=True, service_areas=True, lang="uk", version="staff")
    had_libkml = kml_read.libkml_present()
    with_libkml = export.export_region(synced_workcopy.path, county, tmp_path / "a" / "region.kml", None, options)
    with kml_read.PlainKmlOnly():
        assert gdal.GetDriverByName("LIBKML") is None
        out = tmp_path / "b" / "region.kml"
        result = export.export_region(synced_workcopy.path, county, out, None, options)
        assert result.counts == with_libkml.counts and result.files == [out, tmp_path / "b" / "region_icons"]
        assert out.read_bytes() == with_libkml.files[0].read_bytes()
        placemarks = _check_kml_styles(out, expected, lambda codes: codes[0])
        ds = gdal.OpenEx(str(out), gdal.OF_VECTOR)
        assert ds.GetDriver().ShortName == "KML"
        assert ds.GetLayerByName("aid_points").GetFeatureCount() == len(expected)
        assert ds.GetLayerByName("gminy").GetFeatureCount() == result.counts["gminy"] > 0
        del ds
        features = kml_read.read_layer(out, "aid_points")  # from the XML here
    assert kml_read.libkml_present() == had_libkml  # registered again
    # every column of the points is in the file, under its own name (visibility as point_visibility)
    columns = [c for c, _ in aid_point_columns() if c not in ("name", "description")]
    with contextlib.closing(sqlite3.connect(synced_workcopy.path)) as conn:
        conn.row_factory = sqlite3.Row
        rows = {r["uuid"]: dict(r) for r in conn.execute("SELECT * FROM aid_points")}
    for feat in features:
        row = rows[feat.fields["uuid"]]
        data = {d.get("name") for d in placemarks[row["uuid"]].iter(f"{KML}SimpleData")}
        assert {kml_data_name(c) for c in columns if row.get(c) not in (None, "")} <= data
        assert feat.fields["point_visibility"] == row["visibility"] and feat.fields["version"] == row["version"]
        assert feat.fields["phone"] == row["phone"] and feat.fields["export_version"] == "staff"
    if kml_read.libkml_present():  # both ways of reading agree (but on styles: LIBKML resolves some references)
        def read(features: list[kml_read.KmlFeature]) -> dict[str, Any]:
            return {f.fields.get("uuid") or f.fields["teryt"]: (f.fields, f.geometry, f.xy) for f in features}

        assert read(features) == read(kml_read.read_with_libkml(out, "aid_points"))
        assert read(kml_read.read_xml(out, "gminy")) == read(kml_read.read_with_libkml(out, "gminy"))


def test_cancelled_kml_leaves_no_icons(synced_workcopy: Any, county: str, tmp_path: Path) -> None:
    out = tmp_path / "late.kml"
    export.export_region(synced_workcopy.path, county, out, None, ExportOptions(fmt="kml"))
    assert (tmp_path / "late_icons").is_dir()
    feedback = QgsFeedback()
    feedback.progressChanged.connect(lambda p: feedback.cancel() if p >= 88 else None)  # once the file is written
    with pytest.raises(Cancelled):
        export.export_region(synced_workcopy.path, county, out, None, ExportOptions(fmt="kml"), feedback)
    assert not list(tmp_path.iterdir())  # neither the new file nor the earlier export's icons


def test_summary_names_the_layers_for_people(synced_workcopy: Any, county: str,
                                             expected: dict[str, dict[str, Any]], tmp_path: Path) -> None:
    out = tmp_path / "summary.gpkg"
    result = export.export_region(synced_workcopy.path, county, out, None,
                                  ExportOptions(boundaries=True, service_areas=True))
    communes = result.counts["gminy"]
    assert communes > 1 and result.counts["powiaty"] == 1
    areas = export.counted_layer("service_areas", result.counts["service_areas"])
    assert result.summary() == (f"Exported {len(expected)} aid points, {areas}, 1 county boundary and "
                                f"{communes} commune boundaries of {result.region.title} to {out}")
    assert result.region.title.endswith(f"({county})")
    only = export.ExportResult([out], {"aid_points": 1}, result.region, "EPSG:4326")
    assert only.summary() == f"Exported 1 aid point of {result.region.title} to {out}"
    assert [export.counted_layer(layer, n) for layer, n in (
        ("service_areas", 0), ("service_areas", 1), ("wojewodztwa", 1), ("wojewodztwa", 2), ("aid_points", 21))] == [
        "0 service areas", "1 service area", "1 voivodeship boundary", "2 voivodeship boundaries", "21 aid points"]


def test_filter_and_region_together(synced_workcopy: Any, county: str, expected: dict[str, dict[str, Any]],
                                    tmp_path: Path) -> None:
    counts: dict[str, int] = {}
    for p in expected.values():
        for code in json.loads(p["help_types"]):
            counts[code] = counts.get(code, 0) + 1
    code = max(counts, key=counts.get)
    flt = AidFilter(help_types=[code])
    want = {u for u, p in expected.items() if code in json.loads(p["help_types"])}
    out = tmp_path / "filtered.geojson"
    export.export_region(synced_workcopy.path, county, out, flt, ExportOptions(fmt="geojson"))
    assert set(_uuids(out)) == want
    # the same filter as the SQL subset string the map layer carries
    out2 = tmp_path / "filtered2.geojson"
    with contextlib.closing(sqlite3.connect(synced_workcopy.path)) as conn:
        subset = selection.subset_sql(conn, flt)
    export.export_region(synced_workcopy.path, county, out2, subset, ExportOptions(fmt="geojson"))
    assert set(_uuids(out2)) == want


def test_every_commune_matches_the_stores_teryt(synced_workcopy: Any) -> None:
    """The region rule is the store's own: for every commune, the points selected are those it assigned."""
    bounds = region.Boundaries(synced_workcopy.path)
    points = workcopy_rows.points(synced_workcopy.path)
    communes = [c for c, _n in bounds.units_of("gminy")]
    assert len(communes) > 100
    for code in communes:
        got = {p["uuid"] for p in selection.select(synced_workcopy.path, code, bounds=bounds).points}
        assert got == {p["uuid"] for p in points if p["teryt"] == code}, code
    for code, _name in bounds.units_of("wojewodztwa"):
        got = {p["uuid"] for p in selection.select(synced_workcopy.path, code, bounds=bounds).points}
        assert got == {p["uuid"] for p in points if (p["teryt"] or "").startswith(code)}, code


def test_polygon_region_from_the_map(synced_workcopy: Any, county: str, expected: dict[str, dict[str, Any]],
                                     tmp_path: Path) -> None:
    bounds = region.Boundaries(synced_workcopy.path)
    unit = bounds.region(county)
    # the county's extent, given in EPSG:2180 as a map canvas in Poland would
    crs = QgsCoordinateReferenceSystem("EPSG:2180")
    from qgis.core import QgsCoordinateTransform

    rect = QgsCoordinateTransform(region.WGS84, crs, QgsProject.instance()).transformBoundingBox(unit.extent())
    area = region.from_extent(rect, crs)
    got = selection.select(synced_workcopy.path, area).points
    back = QgsGeometry.fromRect(rect)
    back.transform(QgsCoordinateTransform(crs, region.WGS84, QgsProject.instance()))
    inside = {p["uuid"] for p in got}
    assert set(expected) <= inside  # the box holds the county and perhaps some neighbours
    for p in got:
        assert back.intersects(QgsGeometry.fromWkt(f"POINT({p['x']} {p['y']})"))


def test_cancel_leaves_no_file(synced_workcopy: Any, county: str, tmp_path: Path) -> None:
    feedback = QgsFeedback()
    feedback.cancel()
    out = tmp_path / "never.gpkg"
    with pytest.raises(Cancelled):
        export.export_region(synced_workcopy.path, county, out, None, ExportOptions(), feedback)
    assert not out.exists()


def test_unusable_input_says_why(synced_workcopy: Any, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="TERYT"):
        export.export_region(synced_workcopy.path, "123", tmp_path / "x.gpkg")
    with pytest.raises(ExportError, match="no voivodeship|no county|no commune|There is no"):
        export.export_region(synced_workcopy.path, "9999", tmp_path / "x.gpkg")
    with pytest.raises(ExportError, match="format"):
        export.export_region(synced_workcopy.path, "28", tmp_path / "x.shp", None, ExportOptions(fmt="shp"))
    with pytest.raises(ExportError, match="There is no working copy"):
        export.export_region(tmp_path / "missing.gpkg", "28", tmp_path / "x.gpkg")


def test_export_task_runs_in_the_background(synced_workcopy: Any, county: str, expected: dict[str, dict[str, Any]],
                                            tmp_path: Path, qtbot: Any) -> None:
    done: list[export.ExportTask] = []
    task = export.ExportTask(synced_workcopy.path, county, tmp_path / "task.kml", None,
                             ExportOptions(fmt="kml"), done.append)
    QgsApplication.taskManager().addTask(task)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert done[0].error is None and done[0].result is not None
    assert set(_uuids(tmp_path / "task.kml", "aid_points")) == set(expected)


def test_processing_algorithm_in_process(synced_workcopy: Any, county: str, expected: dict[str, dict[str, Any]],
                                         tmp_path: Path) -> None:
    from mapujpomoc_qgis.processing.provider import MapujPomocProvider

    registry = QgsApplication.processingRegistry()
    provider = MapujPomocProvider()
    assert registry.addProvider(provider)
    try:
        assert {a.id() for a in provider.algorithms()} >= {"mapujpomoc:export", "mapujpomoc:print"}
        alg = registry.createAlgorithmById("mapujpomoc:export")
        context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
        context.setProject(QgsProject.instance())
        out = tmp_path / "alg.xlsx"
        params = {"WORKCOPY": str(synced_workcopy.path), "REGION": county, "FORMAT": 3, "OUTPUT": str(out)}
        results, ok = alg.run(params, context, feedback)
        assert ok, feedback.textLog()
        assert results["COUNT"] == len(expected) and Path(results["OUTPUT"]) == out
        assert set(_uuids(out, "aid_points")) == set(expected)
    finally:
        registry.removeProvider(provider)


def _shared_vertex(bounds: region.Boundaries, code: str, lower: bool) -> tuple[float, float] | None:
    """A vertex of commune `code` that a neighbour shares: one with a lower code (`lower`) or only higher ones."""
    unit = bounds.units[code]
    for v in unit.geometry.vertices():
        point = QgsGeometry.fromWkt(f"POINT({v.x()} {v.y()})")
        others = [c for c, u in bounds.units.items() if u.table == "gminy" and c != code
                  and u.geometry.boundingBox().contains(QgsRectangle(v.x(), v.y(), v.x(), v.y()))
                  and u.geometry.intersects(point)]
        if others and (min(others) < code) == lower:
            return v.x(), v.y()
    return None


def test_region_clip_is_exact_on_a_commune_boundary(store: Any, make_workcopy: Any, synced_workcopy: Any,
                                                    tmp_path: Path) -> None:
    """Points on and beside a commune border, and a service area across it, go where the store says."""
    import requests

    bounds = region.Boundaries(synced_workcopy.path)
    for code, _name in bounds.units_of("gminy", "28"):
        ours = _shared_vertex(bounds, code, lower=False)  # only higher codes share it: the point is ours
        theirs = _shared_vertex(bounds, code, lower=True)  # a lower code shares it: the neighbour's
        if ours and theirs:
            break
    assert ours and theirs
    inside = bounds.units[code].geometry.pointOnSurface().asPoint()
    headers = {**store.auth("admin"), "Content-Type": "application/geo+json"}

    def post(collection: str, geometry: dict[str, Any], **props: Any) -> dict[str, Any]:
        r = requests.post(f"{store.url}/collections/{collection}/items", headers=headers, timeout=30,
                          json={"type": "Feature", "geometry": geometry, "properties": props})
        assert r.status_code == 201, r.text
        return r.json()

    made = {}
    for name, (x, y) in {"on our border": ours, "on their border": theirs, "inside": (inside.x(), inside.y())}.items():
        made[name] = post("aid_points", {"type": "Point", "coordinates": [x, y]}, name=f"Granica – {name}",
                          help_types=["legal"])
    d = 0.02  # a square across the border around our vertex
    square = [[ours[0] - d, ours[1] - d], [ours[0] + d, ours[1] - d], [ours[0] + d, ours[1] + d],
              [ours[0] - d, ours[1] + d], [ours[0] - d, ours[1] - d]]
    post("service_areas", {"type": "Polygon", "coordinates": [square]}, aid_point_id=made["inside"]["id"],
         kind="manual")

    wc = make_workcopy(tmp_path / "admin.gpkg", store, "admin")
    store_teryt = {p["uuid"]: p["teryt"] for p in workcopy_rows.points(wc.path)}
    chosen = selection.select(wc.path, code, service_areas=True)
    got = {p["uuid"] for p in chosen.points}
    assert got == {u for u, t in store_teryt.items() if t == code}
    assert made["on our border"]["id"] in got and made["inside"]["id"] in got
    assert made["on their border"]["id"] not in got
    # the service area is cut exactly at the commune's boundary
    [area] = [a for a in chosen.service_areas if a["aid_point_id"] == made["inside"]["id"]]
    clipped = QgsGeometry()
    clipped.fromWkb(area["wkb"])
    full = QgsGeometry.fromPolygonXY([[QgsGeometry.fromWkt(f"POINT({x} {y})").asPoint() for x, y in square]])
    exact = full.intersection(region.valid(bounds.units[code].geometry))
    assert 0 < clipped.area() < full.area()
    assert clipped.symDifference(exact).area() < 1e-9 * full.area() + 1e-14
    # and written to a file, GDAL reads the same cut
    out = tmp_path / "clip.gpkg"
    export.export_region(wc.path, code, out, None, ExportOptions(fmt="gpkg", service_areas=True))
    ds = ogr.Open(str(out))
    lyr = ds.GetLayerByName("service_areas")
    geoms = [f.GetGeometryRef().Clone() for f in lyr if f.GetField("aid_point_id") == made["inside"]["id"]]
    assert len(geoms) == 1
    assert abs(geoms[0].GetArea() - exact.area()) < 1e-9 * full.area() + 1e-14


def test_export_dialog(synced_workcopy: Any, county: str, expected: dict[str, dict[str, Any]], tmp_path: Path,
                       qtbot: Any, qgis_iface: Any, qgis_new_project: Any) -> None:
    from mapujpomoc_qgis.gui.export_dialog import DRAWN, ExportDialog

    dialog = ExportDialog(qgis_iface, str(synced_workcopy.path), None)
    qtbot.addWidget(dialog)
    assert dialog.region.select(county)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert dialog.csv_geometry.isEnabled() and dialog.crs.isEnabled()
    dialog.csv_geometry.setCurrentIndex(dialog.csv_geometry.findData("xy"))
    assert not dialog.crs.isEnabled()  # longitude/latitude are EPSG:4326 by definition
    dialog.format.setCurrentIndex(dialog.format.findData("gpkg"))
    dialog.boundaries.setChecked(True)
    dialog.add_to_project.setChecked(True)
    dialog.output.setFilePath(str(tmp_path / "dialog"))
    assert dialog.start() is not None and not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert dialog.last_result is not None, dialog.status.text()
    assert dialog.last_result.files == [tmp_path / "dialog.gpkg"]
    assert set(_uuids(tmp_path / "dialog.gpkg", "aid_points")) == set(expected)
    added = {layer.name(): layer for layer in QgsProject.instance().mapLayers().values()}
    assert isinstance(added["aid_points"].renderer(), QgsCategorizedSymbolRenderer)  # styled from the file
    assert "gminy" in added

    # a polygon drawn on a map in EPSG:2180 around the county's first point
    dialog.region.set_kind(DRAWN)
    first = next(iter(expected))
    assert dialog.start(str(tmp_path / "none.gpkg")) is None
    assert "Draw the region" in dialog.status.text()
    conn = sqlite3.connect(synced_workcopy.path)
    try:
        blob = conn.execute("SELECT geom FROM aid_points WHERE uuid = ?", (first,)).fetchone()[0]
    finally:
        conn.close()
    x, y = region.point_xy(blob)
    from qgis.core import QgsCoordinateTransform

    crs = QgsCoordinateReferenceSystem("EPSG:2180")
    to_map = QgsCoordinateTransform(region.WGS84, crs, QgsProject.instance())
    centre = to_map.transform(x, y)
    square = QgsGeometry.fromRect(QgsRectangle(centre.x() - 50, centre.y() - 50, centre.x() + 50, centre.y() + 50))
    dialog.set_drawn(square, crs)
    assert dialog.start(str(tmp_path / "drawn.geojson")) is not None
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert first in _uuids(tmp_path / "drawn.gpkg", "aid_points")


def test_region_from_a_polygon_layer_in_processing(synced_workcopy: Any, county: str,
                                                   expected: dict[str, dict[str, Any]], tmp_path: Path, mapujpomoc_algorithms: Any) -> None:
    """A polygon layer in EPSG:2180 (as a county officer might draw one) as the region of the algorithm."""
    from qgis.core import QgsCoordinateTransform, QgsFeature


    unit = region.Boundaries(synced_workcopy.path).region(county)
    layer = QgsVectorLayer("Polygon?crs=EPSG:2180", "area", "memory")
    geom = QgsGeometry(unit.geometry)
    geom.transform(QgsCoordinateTransform(region.WGS84, layer.crs(), QgsProject.instance()))
    feature = QgsFeature()
    feature.setGeometry(geom)
    layer.dataProvider().addFeatures([feature])
    chosen = selection.select(synced_workcopy.path, region.from_layer(layer)).points
    assert set(p["uuid"] for p in chosen) >= set(expected)

    registry = mapujpomoc_algorithms
    alg = registry.createAlgorithmById("mapujpomoc:export")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    context.setProject(QgsProject.instance())
    out = tmp_path / "layer.gpkg"
    results, ok = alg.run({"WORKCOPY": str(synced_workcopy.path), "REGION_LAYER": layer, "FORMAT": 0,
                           "SERVICE_AREAS": True, "BOUNDARIES": True, "OUTPUT": str(out)}, context, feedback)
    assert ok, feedback.textLog()
    assert set(_uuids(out, "aid_points")) >= set(expected)
    ds = gdal.OpenEx(str(out), gdal.OF_VECTOR)
    assert ds.GetLayerByName("gminy").GetFeatureCount() >= len(unit.communes)
