"""The import through Processing (`mapujpomoc:import`) and the readers of other formats.

- a UTF-8 (with BOM) comma-separated sheet with labels in Polish, Ukrainian and English: the verdicts
  as the test meant them (tests/support/import_sheet.py), the outcome counts as outputs, the report;
- the same rows as an XLSX sheet, a GeoJSON point layer and a project layer give the same verdicts
  (the GeoJSON's own points placing the rows);
- a saved mapping with a value assignment makes an unknown help type importable.
"""

from __future__ import annotations

import csv
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
import requests
from qgis.core import QgsProject, QgsVectorLayer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from support import workcopy_rows  # noqa: E402
from support.import_sheet import map_features, messy_sheet  # noqa: E402


@pytest.fixture(scope="module")
def points_on_map(store: Any) -> Any:
    for feature in map_features():
        r = requests.post(f"{store.url}/collections/aid_points/items", json=feature, timeout=30,
                          headers={**store.auth("admin"), "Content-Type": "application/geo+json"})
        assert r.status_code == 201, r.text
    return store


@pytest.fixture(scope="module")
def synced(points_on_map: Any, tmp_path_factory: pytest.TempPathFactory, qgis_app: Any) -> Path:
    from mapujpomoc_qgis.core.connection.client import StoreClient
    from mapujpomoc_qgis.core.sync.syncer import Syncer
    from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy

    path = tmp_path_factory.mktemp("import") / "olsztyn.gpkg"
    store = points_on_map
    with WorkingCopy.open_or_create(path, store.url) as wc, \
            StoreClient(store.url, store.token("ed_olsztyn"), user="ed_olsztyn") as client:
        Syncer(wc, client).sync()
    return path


@pytest.fixture
def workcopy(synced: Path, tmp_path: Path) -> Path:
    """A fresh copy of the synced working copy for one test."""
    path = tmp_path / "wc.gpkg"
    shutil.copy(synced, path)
    return path


def test_algorithm_on_a_utf8_sheet_with_three_languages(mapujpomoc_algorithms: Any, qgis_processing: Any,
                                                       workcopy: Path, tmp_path: Path) -> None:
    import processing

    sheet = messy_sheet(workcopy_rows.features(workcopy), ukrainian=True)
    source = tmp_path / "lista.csv"
    source.write_bytes(sheet.csv_text(",").encode("utf-8-sig"))
    report = tmp_path / "raport.csv"
    before = workcopy_rows.features(workcopy)
    result = processing.run("mapujpomoc:import", {"WORKCOPY": str(workcopy), "INPUT": str(source),
                                                  "REPORT": str(report)})
    counts = sheet.counts()
    assert result["CREATED"] == counts["new"] and result["UPDATED"] == counts["update"]
    assert result["SKIPPED"] == counts["duplicate"] + counts["unchanged"]
    assert result["REFUSED"] == counts["invalid"] + counts["outside_scope"]
    with report.open(encoding="utf-8-sig", newline="") as fh:
        assert [line["status"] for line in csv.DictReader(fh)] == sheet.expected
    after = workcopy_rows.features(workcopy)
    added = [p["properties"] for u, p in after.items() if u not in before]
    assert sorted(p["name"] for p in added) == sorted(sheet.created_names)
    domek = next(p for p in added if p["name"] == "Klub Mam Zielony Domek")
    assert domek["help_types"] == ["legal", "translation"] and domek["languages"] == ["uk"]


def _xlsx(path: Path, lines: list[list[str]]) -> Path:
    from osgeo import ogr

    ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    layer = ds.CreateLayer("Punkty", None, ogr.wkbNone)
    for h in lines[0]:
        layer.CreateField(ogr.FieldDefn(h, ogr.OFTString))
    for line in lines[1:]:
        f = ogr.Feature(layer.GetLayerDefn())
        for i, v in enumerate(line):
            if v:
                f.SetField(i, v)
        layer.CreateFeature(f)
    ds = None
    return path


def _geojson(path: Path, sheet: Any) -> Path:
    """The sheet's rows with coordinates as GeoJSON points (the others without geometry)."""
    features = []
    for row in sheet.rows:
        lon, lat = row["Długość"].replace(",", "."), row["Szerokość"].replace(",", ".")
        props = {k: v for k, v in row.items() if k not in ("Długość", "Szerokość", "X", "Y") and v}
        geometry = {"type": "Point", "coordinates": [float(lon), float(lat)]} if lon and lat else None
        if row["X"]:  # the EPSG:2180 row: its commune instead (GeoJSON is EPSG:4326)
            props["TERYT"] = "2862011"
        features.append({"type": "Feature", "properties": props, "geometry": geometry})
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False),
                    encoding="utf-8")
    return path


def test_xlsx_geojson_and_project_layer_give_the_same_verdicts(workcopy: Path, tmp_path: Path) -> None:
    from mapujpomoc_qgis.core.importing.api import ImportRequest, plan_import

    sheet = messy_sheet(workcopy_rows.features(workcopy))
    xlsx = _xlsx(tmp_path / "lista.xlsx", sheet.lines())
    plan = plan_import(ImportRequest(workcopy, xlsx))
    assert [r.status for r in plan.rows] == sheet.expected
    geojson = _geojson(tmp_path / "lista.geojson", sheet)
    plan = plan_import(ImportRequest(workcopy, geojson))
    assert plan.table.points is not None
    assert [r.status for r in plan.rows] == sheet.expected
    layer = QgsVectorLayer(str(geojson), "lista", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        plan = plan_import(ImportRequest(workcopy, layer))
        assert [r.status for r in plan.rows] == sheet.expected
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_a_saved_mapping_assigns_an_unknown_value(workcopy: Path, tmp_path: Path) -> None:
    from mapujpomoc_qgis.core.importing.api import ImportRequest, plan_import

    sheet = messy_sheet(workcopy_rows.features(workcopy))
    source = tmp_path / "lista.csv"
    source.write_bytes(sheet.csv_text(";").encode("cp1250"))
    plan = plan_import(ImportRequest(workcopy, source))
    assert plan.unmapped() == {"help_types": ["pomoc dentystyczna"]}
    plan.mapping.assign("help_types", "Pomoc dentystyczna", "medical")
    saved = tmp_path / "mapping.json"
    plan.mapping.save(saved)
    from mapujpomoc_qgis.core.importing.columns import ColumnMapping

    again = plan_import(ImportRequest(workcopy, source, ColumnMapping.load(saved)))
    row = next(r for r in again.rows if r.name == "Gabinet Uśmiech")
    assert row.status == "new" and row.props["help_types"] == ["medical"]
    assert again.unmapped() == {}


def test_reading_only_the_candidates_gives_the_plan_of_the_whole_map(workcopy: Path, tmp_path: Path) -> None:
    """`candidates` reads only the map's points near a row or sharing its phone or e-mail: the verdicts and
    matched points are those of matching against every point (the oracle)."""
    from mapujpomoc_qgis.core.importing import candidates
    from mapujpomoc_qgis.core.importing.api import ImportRequest, mapping_for, read, user_of
    from mapujpomoc_qgis.core.importing.plan import make_plan

    sheet = messy_sheet(workcopy_rows.features(workcopy))
    source = tmp_path / "lista.csv"
    source.write_bytes(sheet.csv_text(";").encode("cp1250"))
    request = ImportRequest(workcopy, source)
    table = read(request)
    mapping = mapping_for(table.headers, None)
    me = user_of(workcopy)
    fast = make_plan(workcopy, table, mapping, me)
    whole = make_plan(workcopy, table, mapping, me, known=candidates.all_points(workcopy))

    def verdicts(plan: Any) -> list[tuple[str, str]]:
        return [(r.status, r.match.known.uid if r.match and r.match.known else "") for r in plan.rows]
    assert verdicts(fast) == verdicts(whole)
    # a read of the map started for another mapping (no phones, e-mails, uuids or organisations) is not used
    stale = make_plan(workcopy, table, mapping, me, reader=candidates.MapRead(workcopy, False, False, False, False))
    assert verdicts(stale) == verdicts(whole)
    assert len(candidates.all_points(workcopy)) > len(candidates.candidate_points(
        workcopy, [(r.located.lon, r.located.lat) for r in fast.rows if r.located and r.located.lon], 250))


def test_a_plan_says_when_the_working_copy_is_missing_or_is_not_one(tmp_path: Path) -> None:
    """The account is read in a thread while the list is read: its errors still reach the caller, worded."""
    import sqlite3

    from mapujpomoc_qgis.core.importing import ImportingError
    from mapujpomoc_qgis.core.importing.api import ImportRequest, plan_import
    from mapujpomoc_qgis.core.sync.workcopy import WorkingCopyError

    source = tmp_path / "lista.csv"
    source.write_text("Nazwa;Długość;Szerokość\nPunkt;20,48;53,77\n", encoding="utf-8")
    with pytest.raises(ImportingError, match="no working copy"):
        plan_import(ImportRequest(tmp_path / "none.gpkg", source))
    other = tmp_path / "other.gpkg"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    conn.close()
    with pytest.raises(WorkingCopyError, match="not a Mapuj Pomoc working copy"):
        plan_import(ImportRequest(other, source))


def test_an_update_is_checked_on_its_changes_unless_its_row_passed_whole(workcopy: Path, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Three rows naming one point of ed_olsztyn's area, each a would-be update (statuses by hand): a bad phone is
    refused; a row without help types (refused as a new point) updates the point's phone; a row that breaks no
    rule updates it without its changes checked again (`plan.finish_row`'s `passed`). The plan uses the map's
    read started from the CSV's headers, and no other."""
    from mapujpomoc_qgis.core.importing import api, plan, validation
    from mapujpomoc_qgis.core.importing.api import ImportRequest, plan_import

    point = next(f for f in workcopy_rows.features(workcopy).values()
                 if f["properties"].get("teryt") == "2862011" and f["properties"].get("name"))
    name, (lon, lat) = point["properties"]["name"], point["geometry"]["coordinates"][:2]
    phone = "+48 601 234 567"
    assert point["properties"].get("phone") != phone
    source = tmp_path / "lista.csv"
    lines = ["Nazwa placówki;Rodzaj pomocy;Telefon;Szerokość;Długość"] + [
        f"{name};{helps};{tel};{str(lat).replace('.', ',')};{str(lon).replace('.', ',')}"
        for helps, tel in (("pomoc prawna", "12"), ("", phone), ("pomoc prawna", phone))]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    partial_checks: list[dict[str, Any]] = []
    original = validation.problems

    def counted(props: dict[str, Any], *, partial: bool = False) -> list[tuple[str, str]]:
        if partial:
            partial_checks.append(props)
        return original(props, partial=partial)

    started: list[Any] = []
    map_read = plan.map_read
    monkeypatch.setattr(validation, "problems", counted)
    monkeypatch.setattr(api, "map_read", lambda *a: started.append(map_read(*a)) or started[-1])
    monkeypatch.setattr(plan, "map_read", lambda *a: pytest.fail("a second read of the map"))
    result = plan_import(ImportRequest(workcopy, source))
    assert [r.status for r in result.rows] == ["invalid", "update", "update"]
    assert "phone" in result.rows[0].reasons[0].lower() or "telefon" in result.rows[0].reasons[0].lower()
    assert [r.changes.get("phone") for r in result.rows[1:]] == [phone, phone]
    assert len(partial_checks) == 2  # the first two rows' changes; the third passed whole
    assert len(started) == 1
