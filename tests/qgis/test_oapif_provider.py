"""QGIS's own OAPIF provider reads every collection of the store, filters it and exports it to GeoPackage
(*Save Features As*), and every exported field equals the database (issue 14).

QGIS types a layer's fields from its first ten features with OGR; a list empty in all of them became a JSON
field that QGIS 3.22 reads as NULL and cannot export. The store sends lists to QGIS as text
(mapujpomoc_store/ogc/qgis_lists.py): here the first ten aid points have no target groups, and
service_areas is empty. The expectations are read from the database with SQL, not from the store.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
import requests
import sqlalchemy as sa
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsExpression,
    QgsFeatureRequest,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from mapujpomoc_model import schema
from mapujpomoc_model.gpkg_geom import decode

LISTS = tuple(f.name for f in schema.AID_POINT_FIELDS if f.kind == schema.LIST)
OLD = "2025-01-01T00:00:00.000Z"  # some points last changed then, so a date filter tells them apart


@pytest.fixture(scope="module")
def db(store):
    engine = sa.create_engine(store.db_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        first_ten = conn.execute(sa.text("SELECT id, properties, tags FROM features WHERE collection = 'aid_points' "
                                         "AND NOT deleted ORDER BY id LIMIT 10")).all()
        for row in first_ten:  # the page QGIS types the layer from: no target groups at all
            props = {**json.loads(row.properties), "target_groups": []}
            tags = " " + " ".join(t for t in row.tags.split() if not t.startswith("group:")) + " "
            conn.execute(sa.text("UPDATE features SET properties = :p, tags = :t WHERE id = :i"),
                         {"p": json.dumps(props, ensure_ascii=False), "t": tags, "i": row.id})
        old = conn.execute(sa.text("SELECT id, properties FROM features WHERE collection = 'aid_points' "
                                   "AND substr(id, 1, 1) IN ('5', '6', '7')")).all()
        for row in old:  # the column the store selects on and the property it serves
            props = {**json.loads(row.properties), "updated_at": OLD}
            conn.execute(sa.text("UPDATE features SET updated_at = :old, properties = :p WHERE id = :i"),
                         {"old": OLD, "p": json.dumps(props, ensure_ascii=False), "i": row.id})
    yield engine
    engine.dispose()


def layer(store, c: str, subset: str = "") -> QgsVectorLayer:
    uri = f"url='{store.url}' typename='{c}' username='admin' password='{store.token('admin')}'"
    lyr = QgsVectorLayer(uri, c, "OAPIF")
    assert lyr.isValid(), lyr.error().message()
    if subset:
        assert lyr.setSubsetString(subset)
    return lyr


def export(lyr: QgsVectorLayer, path: Path, request_filter: str = "") -> list[dict[str, Any]]:
    """Write `lyr` (its features matching `request_filter`) to a GeoPackage as *Save Features As* does; the
    rows as SQLite holds them, geometry decoded."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "out"
    if request_filter:  # the features a filtered request gives, as the Processing "selected/filtered" paths do
        ids = [f.id() for f in lyr.getFeatures(QgsFeatureRequest(QgsExpression(request_filter)))]
        lyr.selectByIds(ids)
        options.onlySelectedFeatures = True
    error, message, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(lyr, str(path), QgsCoordinateTransformContext(),
                                                                       options)
    assert error == QgsVectorFileWriter.WriterError.NoError, message
    with closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        rows = [dict(r) for r in conn.execute('SELECT * FROM "out"')]
    for row in rows:
        row["geom"] = decode(row["geom"])
    return rows


def db_aid_points(db, where: str = "1 = 1") -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    with db.connect() as conn:
        rows = conn.execute(sa.text("SELECT id, properties, geometry, teryt, version, updated_at, updated_by "
                                    f"FROM features WHERE collection = 'aid_points' AND NOT deleted AND {where}")).all()
    out = {}
    for r in rows:
        props = {**json.loads(r.properties), "teryt": r.teryt, "version": r.version, "updated_at": r.updated_at,
                 "updated_by": r.updated_by}
        out[r.id] = (props, json.loads(r.geometry))
    return out


def _instant(text: str) -> dt.datetime:
    """An ISO 8601 date-time as an aware datetime (UTC where it names no zone)."""
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def assert_same_aid_points(rows: list[dict[str, Any]], expected: dict[str, tuple[dict, dict]]) -> None:
    assert sorted(r["id"] for r in rows) == sorted(expected)
    fields = [f for f in schema.AID_POINT_FIELDS]
    for row in rows:
        props, geometry = expected[row["id"]]
        for f in fields:
            want, got = props.get(f.name), row[f.name]
            if f.kind == schema.LIST:
                want = ",".join(want or []) or None
            if f.kind == schema.DATETIME and want is not None and got is not None:
                # QGIS 3.22 writes a GeoPackage date-time to the second, without its zone (UTC here); 3.44 keeps
                # the milliseconds (none when they are 0), with or without the zone
                if _instant(got) in (_instant(want), _instant(want).replace(microsecond=0)):
                    want = got
            assert got == want, (row["id"], f.name, got, want)
        assert row["geom"]["type"] == "Point"
        assert all(abs(a - b) < 1e-7 for a, b in zip(row["geom"]["coordinates"], geometry["coordinates"]))


def test_first_page_has_no_target_groups(store, db):
    """The case QGIS 3.22 could not export: every list of the first ten features empty."""
    page = requests.get(store.url + "/collections/aid_points/items", params={"limit": 10},
                        headers=store.auth("admin"), timeout=30).json()
    assert len(page["features"]) == 10
    assert all(f["properties"]["target_groups"] == [] for f in page["features"])


def test_aid_points_through_the_oapif_provider(store, db, tmp_path, qgis_app):
    lyr = layer(store, "aid_points")
    types = {f.name(): f.typeName() for f in lyr.fields()}
    assert {types[n] for n in LISTS} == {"String"}, types
    assert (types["verified_at"], types["updated_at"], types["version"]) == ("Date", "DateTime", "Integer")
    assert_same_aid_points(export(lyr, tmp_path / "all.gpkg"), db_aid_points(db))


def test_aid_points_filtered_by_a_subset_string(store, db, tmp_path, qgis_app):
    """The subset string QGIS evaluates itself (status) and the one it sends as `datetime` (updated_at)."""
    active = db_aid_points(db, "status = 'active'")
    assert active and len(active) < len(db_aid_points(db))
    assert_same_aid_points(export(layer(store, "aid_points", "\"status\" = 'active'"), tmp_path / "a.gpkg"), active)
    recent = db_aid_points(db, "updated_at >= '2025-06-01T00:00:00.000Z'")
    old = db_aid_points(db, "updated_at < '2025-06-01T00:00:00.000Z'")
    assert recent and old
    assert_same_aid_points(export(layer(store, "aid_points", "\"updated_at\" >= '2025-06-01T00:00:00Z'"),
                                  tmp_path / "r.gpkg"), recent)
    assert_same_aid_points(export(layer(store, "aid_points", "\"updated_at\" < '2025-06-01T00:00:00Z'"),
                                  tmp_path / "o.gpkg"), old)


def test_aid_points_filtered_by_a_request(store, db, tmp_path, qgis_app):
    """A feature request's filter on a list: the codes of the text, as a QGIS user would write it."""
    legal = db_aid_points(db, "tags LIKE '% help:legal %'")
    assert legal
    rows = export(layer(store, "aid_points"), tmp_path / "legal.gpkg",
                  "array_contains(string_to_array(\"help_types\", ','), 'legal')")
    assert_same_aid_points(rows, legal)


@pytest.mark.parametrize("c", ["wojewodztwa", "powiaty", "gminy"])
def test_boundaries_through_the_oapif_provider(store, db, tmp_path, qgis_app, c):
    with db.connect() as conn:
        level = {"wojewodztwa": "wojewodztwo", "powiaty": "powiat", "gminy": "gmina"}[c]
        stored = {r.code: r for r in conn.execute(sa.text(
            "SELECT code, name, level, minx, miny, maxx, maxy FROM boundaries WHERE level = :l"), {"l": level})}
    assert stored
    subset = "\"teryt\" LIKE '28%'"
    rows = export(layer(store, c, subset), tmp_path / f"{c}.gpkg")
    expected = {code for code in stored if code.startswith("28")}
    assert expected and sorted(r["teryt"] for r in rows) == sorted(expected)
    for row in rows:
        b = stored[row["teryt"]]
        assert (row["id"], row["name"], row["level"]) == (b.code, b.name, b.level)
        assert row["geom"]["type"] == "MultiPolygon"
        xs = [p[0] for poly in row["geom"]["coordinates"] for ring in poly for p in ring]
        ys = [p[1] for poly in row["geom"]["coordinates"] for ring in poly for p in ring]
        assert abs(min(xs) - b.minx) < 1e-6 and abs(max(ys) - b.maxy) < 1e-6, row["teryt"]


def test_empty_collection_through_the_oapif_provider(store, db, tmp_path, qgis_app):
    with db.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM features WHERE collection = 'service_areas' "
                                    "AND NOT deleted")).scalar() == 0
    lyr = layer(store, "service_areas")
    assert lyr.featureCount() == 0
    assert export(lyr, tmp_path / "empty.gpkg") == []
