"""The working copy in a QGIS project: group, styles, labels, forms, scope, saved projects, rendering.

Every test starts from a working copy synced from the real store (tests/qgis/conftest.py) and checks
what `core.layers` made against an independent source: the catalog, the GeoPackage read with
sqlite3, the store's validation rules, or QGIS reading a saved project on its own.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsFieldConstraints,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsSvgMarkerSymbolLayer,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from mapujpomoc_model import catalog, schema
from mapujpomoc_qgis.core.connection.client import StoreClient
from mapujpomoc_qgis.core.project import layers
from mapujpomoc_qgis.core.project.symbols import icon_path
from mapujpomoc_qgis.core.sync.workcopy import CATALOG_TABLE

ROOT = Path(__file__).resolve().parents[2]
README_MAP = ROOT / "docs" / "map-my-area.png"
TABLES = ("aid_points", "service_areas", "gminy", "powiaty", "wojewodztwa", CATALOG_TABLE)


@pytest.fixture(autouse=True)
def english(ui_language: Any) -> None:
    ui_language("en_US")


@pytest.fixture
def project() -> Any:
    """A project of its own (layers die with their project, so the test holds on to it)."""
    project = QgsProject()
    yield project
    project.clear()


def _sql(path: Path, query: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def _count(path: Path, table: str) -> int:
    return _sql(path, f'SELECT count(*) FROM "{table}"')[0][0]


def _scope_teryts(path: Path, prefixes: list[str]) -> set[str]:
    """Communes of a scope, computed without QGIS: every gmina whose code starts with a prefix."""
    return {t for (t,) in _sql(path, "SELECT teryt FROM gminy") if any(t.startswith(p) for p in prefixes)}


def _is_null(value: Any) -> bool:
    return value is None or value == "" or (hasattr(value, "isNull") and value.isNull())


def _group_layers(project: QgsProject) -> dict[str, QgsVectorLayer]:
    group = project.layerTreeRoot().findGroup(layers.GROUP)
    assert group is not None
    return {node.layer().name(): node.layer() for node in group.findLayers()}


# -- the group ----------------------------------------------------------------------------------------

def test_add_to_project_builds_the_group_once(synced_workcopy: Any, project: QgsProject) -> None:
    wc = synced_workcopy
    found = layers.add_to_project(wc.path, wc.me, project)

    in_group = _group_layers(project)
    assert set(in_group) == {"Aid points", "Service areas", "My area", "Communes", "Counties", "Voivodeships",
                             "Catalog"}
    assert set(project.mapLayers().values()) == set(in_group.values())  # nothing outside the group
    assert project.crs().authid() == "EPSG:2180"

    expected = {
        "Aid points": _count(wc.path, "aid_points"),
        "Service areas": _count(wc.path, "service_areas"),
        "My area": len(_scope_teryts(wc.path, wc.me["scope"])),
        "Communes": _count(wc.path, "gminy"),
        "Counties": _count(wc.path, "powiaty"),
        "Voivodeships": _count(wc.path, "wojewodztwa"),
        "Catalog": _count(wc.path, CATALOG_TABLE),
    }
    assert expected["Aid points"] == 200 and expected["Communes"] == 198 and expected["My area"] == 1
    for name, layer in in_group.items():
        assert layer.isValid(), name
        assert layer.source().startswith(f"{wc.path}|layername="), name
        assert layer.featureCount() == expected[name], name
    assert found.aid_points is in_group["Aid points"] and found.scope is in_group["My area"]
    assert found.catalog is in_group["Catalog"]
    assert found.boundaries == {"gminy": in_group["Communes"], "powiaty": in_group["Counties"],
                                "wojewodztwa": in_group["Voivodeships"]}

    # the plugin calls this after every sync: the second time it finds what is there
    ids = set(project.mapLayers())
    again = layers.add_to_project(wc.path, wc.me, project)
    assert set(project.mapLayers()) == ids
    assert len(project.layerTreeRoot().findGroups()) == 1
    assert len(project.layerTreeRoot().findGroup(layers.GROUP).findLayers()) == len(ids)
    assert again.aid_points is found.aid_points and again.scope is found.scope
    assert again.boundaries == found.boundaries and again.catalog is found.catalog


# -- styles -------------------------------------------------------------------------------------------

def test_aid_points_have_one_svg_category_per_help_type(synced_workcopy: Any, project: QgsProject) -> None:
    aid = layers.add_to_project(synced_workcopy.path, synced_workcopy.me, project).aid_points
    renderer = aid.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)

    by_value = {c.value(): c for c in renderer.categories() if not _is_null(c.value())}
    fallback = [c for c in renderer.categories() if _is_null(c.value())]
    assert len(by_value) + len(fallback) == len(renderer.categories())  # no code twice
    assert sorted(by_value) == sorted(catalog.codes(catalog.HELP_TYPES))
    assert len(fallback) <= 1
    for code, category in by_value.items():
        symbol = category.symbol()
        assert symbol.symbolLayerCount() == 1, code
        svg = symbol.symbolLayer(0)
        assert isinstance(svg, QgsSvgMarkerSymbolLayer), code
        assert Path(svg.path()) == icon_path(code) and icon_path(code).is_file(), code
        assert category.label() == catalog.label(catalog.HELP_TYPES, code, "en")
        assert category.renderState()

    # the classification really reads the GeoPackage's JSON list: every point lands in its category
    expr = QgsExpression(renderer.classAttribute())
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(aid))
    first_types = {uuid: json.loads(types)[0] for uuid, types in
                   _sql(synced_workcopy.path, "SELECT uuid, help_types FROM aid_points")}
    for feature in aid.getFeatures():
        context.setFeature(feature)
        value = expr.evaluate(context)
        assert not expr.hasEvalError(), expr.evalErrorString()
        assert value == first_types[feature["uuid"]]
        assert value in by_value

    labeling = aid.labeling()
    assert aid.labelsEnabled() and labeling is not None
    settings = labeling.settings()
    assert settings.fieldName == "name" and not settings.isExpression
    assert settings.scaleVisibility
    assert 0 < settings.minimumScale <= 100_000  # names only at street scales, not over a whole county


@pytest.mark.parametrize("locale", ["pl_PL", "uk_UA", "en_GB"])
def test_category_labels_follow_the_ui_language(synced_workcopy: Any, project: QgsProject, ui_language: Any, locale: str) -> None:
    ui_language(locale)
    lang = locale[:2]
    found = layers.add_to_project(synced_workcopy.path, synced_workcopy.me, project)
    labels = {c.value(): c.label() for c in found.aid_points.renderer().categories() if not _is_null(c.value())}
    assert labels == {e.code: getattr(e, lang) for e in catalog.HELP_TYPES}
    # the form's lists show the same language
    setup = found.aid_points.editorWidgetSetup(found.aid_points.fields().indexOf("help_types"))
    assert setup.config()["Value"] == f"label_{lang}"
    status = found.aid_points.editorWidgetSetup(found.aid_points.fields().indexOf("status")).config()["map"]
    assert {k: v for d in status for k, v in d.items()} == {e.label(lang): e.code for e in catalog.STATUSES}


# -- the attribute form -------------------------------------------------------------------------------

def _catalog_codes(catalog_layer: QgsVectorLayer, filter_expression: str) -> list[str]:
    request = QgsFeatureRequest(QgsExpression(filter_expression))
    return sorted(f["code"] for f in catalog_layer.getFeatures(request))


def test_form_widgets_come_from_the_catalog(synced_workcopy: Any, project: QgsProject) -> None:
    found = layers.add_to_project(synced_workcopy.path, synced_workcopy.me, project)
    aid, cat = found.aid_points, found.catalog
    fields = aid.fields()
    form = aid.editFormConfig()

    for name, entries in catalog.LISTS.items():
        setup = aid.editorWidgetSetup(fields.indexOf(name))
        assert setup.type() == "ValueRelation", name
        cfg = setup.config()
        assert cfg["Layer"] == cat.id() and cfg["AllowMulti"] is True, name
        assert cfg["Key"] == "code" and cfg["Value"] == "label_en", name
        # the filter picks exactly this list's codes out of the catalog table
        assert _catalog_codes(cat, cfg["FilterExpression"]) == sorted(catalog.codes(entries)), name

    for name in ("status", "org_type"):
        setup = aid.editorWidgetSetup(fields.indexOf(name))
        assert setup.type() == "ValueMap", name
        mapping = {k: v for d in setup.config()["map"] for k, v in d.items()}
        assert sorted(mapping.values()) == sorted(catalog.codes(catalog.ENUMS[name])), name

    for name in ("uuid", "teryt", "version", "updated_at", "updated_by"):
        assert form.readOnly(fields.indexOf(name)), name
    for spec in schema.editable_fields("aid_points"):
        assert not form.readOnly(fields.indexOf(spec.name)), spec.name

    for name in ("name", "help_types"):
        constraints = fields.field(name).constraints()
        assert constraints.constraints() & QgsFieldConstraints.ConstraintNotNull, name
        assert constraints.constraintStrength(QgsFieldConstraints.ConstraintNotNull) == \
            QgsFieldConstraints.ConstraintStrengthHard, name

    # service areas: the kind comes from the catalog too, the aid point is required
    areas = found.service_areas
    kind = areas.editorWidgetSetup(areas.fields().indexOf("kind"))
    assert kind.type() == "ValueMap"
    assert sorted(v for d in kind.config()["map"] for v in d.values()) == sorted(
        catalog.codes(catalog.SERVICE_AREA_KINDS))
    assert areas.fields().field("aid_point_id").constraints().constraints() & QgsFieldConstraints.ConstraintNotNull


def _valid(layer: QgsVectorLayer, **values: Any) -> tuple[bool, list[str]]:
    """Whether the form accepts a new feature with `values` in the fields named (checked one by one)."""
    feature = QgsFeature(layer.fields())
    for name, value in values.items():
        feature[name] = value
    ok, errors = True, []
    for name in values:
        field_ok, field_errors = QgsVectorLayerUtils.validateAttribute(
            layer, feature, layer.fields().indexOf(name), QgsFieldConstraints.ConstraintStrengthHard)
        ok = ok and field_ok
        errors += field_errors
    return ok, errors


FORMAT_SAMPLES = {
    "postcode": ["10-001", "00-950", "10001", "10-01", "1O-001", "10-0011", "ab-cde", " 10-001"],
    "email": ["punkt@olsztyn.eu", "a.b-c+d@pomoc.org.pl", "punkt@olsztyn", "punkt.olsztyn.eu", "@olsztyn.eu",
              "punkt@@olsztyn.eu", "punkt@olsztyn.e", "pun kt@olsztyn.eu"],
    "phone": ["+48 89 527 31 11", "(89) 527-31-11", "895273111", "+48", "12-3", "telefon", "+48 89 527 31 11 w. 5",
              "-48 89 527 31 11", "1-2-3-4-5"],
    "website": ["https://olsztyn.eu", "http://pomoc.olsztyn.eu/punkty?id=3", "https://olsztyn.eu:8443/x",
                "www.olsztyn.eu", "ftp://olsztyn.eu", "https://olsztyn", "https://olsztyn.eu/a b",
                "https://olsztyn.eu is here"],
}


def test_form_constraints_reject_bad_values_and_accept_good_ones(synced_workcopy: Any, project: QgsProject) -> None:
    aid = layers.add_to_project(synced_workcopy.path, synced_workcopy.me, project).aid_points
    assert _valid(aid, name="Punkt", help_types=["legal"])[0]
    ok, errors = _valid(aid, name=None, help_types=None)
    assert not ok and errors
    assert not _valid(aid, postcode="10001")[0]
    assert _valid(aid, postcode="10-001")[0]
    assert not _valid(aid, email="punkt@olsztyn")[0]
    assert _valid(aid, email="punkt@olsztyn.eu")[0]
    assert not _valid(aid, phone="telefon")[0]
    assert _valid(aid, phone="+48 89 527 31 11")[0]
    assert not _valid(aid, website="www.olsztyn.eu")[0]
    assert _valid(aid, website="https://olsztyn.eu/pomoc")[0]
    ok, errors = _valid(aid, postcode="1-001")
    assert errors == ["Postcode must look like 00-000."] or any("00-000" in e for e in errors)
    # empty optional fields are fine
    for name in FORMAT_SAMPLES:
        assert _valid(aid, **{name: None})[0], name
        assert _valid(aid, **{name: ""})[0], name


# -- scope --------------------------------------------------------------------------------------------

def _me(store: Any, user: str) -> dict[str, Any]:
    """What the store says about `user` (role, scope, bbox), as the sync stores it in the working copy."""
    with StoreClient(store.url, store.token(user)) as client:
        return client.me().__dict__


@pytest.mark.parametrize("user", ["ed_olsztyn", "ed_powiat", "coord"])
def test_my_area_is_exactly_the_scope(synced_workcopy: Any, project: QgsProject, store: Any, user: str) -> None:
    me = _me(store, user)
    scope = layers.add_to_project(synced_workcopy.path, me, project).scope
    expected = _scope_teryts(synced_workcopy.path, me["scope"])
    assert expected  # every test user has communes
    assert {f["teryt"] for f in scope.getFeatures()} == expected
    assert scope.featureCount() == len(expected)


def test_no_scope_shows_no_area(synced_workcopy: Any, project: QgsProject) -> None:
    scope = layers.add_to_project(synced_workcopy.path, {"scope": []}, project).scope
    assert scope.isValid() and scope.featureCount() == 0


# -- a saved project, reopened without the plugin -------------------------------------------------------

def test_saved_project_reopens_without_the_plugin(synced_workcopy: Any, project: QgsProject, tmp_path: Path) -> None:
    wc = synced_workcopy
    found = layers.add_to_project(wc.path, wc.me, project)
    counts = {layer.name(): layer.featureCount() for layer in project.mapLayers().values()}
    qgz = tmp_path / "olsztyn.qgz"
    assert project.write(str(qgz)), project.error()
    project.clear()
    assert project.mapLayers() == {}
    del found

    reopened = QgsProject()
    assert reopened.read(str(qgz)), reopened.error()
    in_group = _group_layers(reopened)
    assert {name: layer.featureCount() for name, layer in in_group.items()} == counts
    for name, layer in in_group.items():
        assert layer.isValid(), name
        assert layer.providerType() == "ogr", name
        assert layer.source().split("|")[0] == str(wc.path), name
    aid = in_group["Aid points"]
    assert isinstance(aid.renderer(), QgsCategorizedSymbolRenderer)
    assert sorted(c.value() for c in aid.renderer().categories() if not _is_null(c.value())) == sorted(
        catalog.codes(catalog.HELP_TYPES))
    assert aid.labelsEnabled()
    assert in_group["My area"].subsetString() == layers.scope_filter(wc.me["scope"])
    setup = aid.editorWidgetSetup(aid.fields().indexOf("help_types"))
    assert setup.type() == "ValueRelation" and setup.config()["Layer"] == in_group["Catalog"].id()
    assert aid.editFormConfig().readOnly(aid.fields().indexOf("teryt"))


# -- rendering ------------------------------------------------------------------------------------------

def _render(project: QgsProject, found: layers.ProjectLayers, me: dict[str, Any], size: QSize) -> Any:
    crs = QgsCoordinateReferenceSystem("EPSG:2180")
    settings = QgsMapSettings()
    settings.setDestinationCrs(crs)
    settings.setOutputSize(size)
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor("white"))
    settings.setLayers([found.aid_points, found.service_areas, found.scope, found.boundaries["gminy"],
                        found.boundaries["powiaty"], found.boundaries["wojewodztwa"]])
    settings.setTransformContext(project.transformContext())
    extent = layers.scope_extent(me, crs, project)
    assert extent is not None and not extent.isEmpty()
    settings.setExtent(extent)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    assert not job.errors(), [e.message for e in job.errors()]
    return job.renderedImage()


def _colours(image: Any) -> set[int]:
    step = 3
    return {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}


@pytest.mark.parametrize("user", ["ed_olsztyn", "ed_powiat"])
def test_render_my_area(synced_workcopy: Any, project: QgsProject, tmp_path: Path, store: Any, user: str) -> None:
    me = _me(store, user)
    found = layers.add_to_project(synced_workcopy.path, me, project)
    image = _render(project, found, me, QSize(900, 700))
    png = tmp_path / "my-area.png"
    assert image.save(str(png), "PNG") and png.stat().st_size > 10_000
    colours = _colours(image)
    assert len(colours) > 20, len(colours)  # icons in several colours, the area, boundaries
    # the scope's outline (#d81b60) is drawn
    assert any(abs(QColor(c).red() - 0xd8) < 20 and QColor(c).green() < 60 and abs(QColor(c).blue() - 0x60) < 30
               for c in colours)


@pytest.mark.skipif(not os.environ.get("MAPUJPOMOC_UPDATE_DOCS"), reason="MAPUJPOMOC_UPDATE_DOCS=1 redraws it")
def test_readme_map(store_templates: Any, make_workcopy: Any, tmp_path: Path, project: QgsProject) -> None:
    """docs/map-my-area.png: the county editor's area, on a store seeded with more than one point per commune
    (the test store has almost only the communes' social welfare offices)."""
    from support.store_server import StoreServer

    database = store_templates.fresh("sqlite")
    database.seed(600, seed=11)
    with StoreServer(database) as server:
        wc = make_workcopy(tmp_path / "readme.gpkg", server, "ed_powiat")
    found = layers.add_to_project(wc.path, wc.me, project)
    image = _render(project, found, wc.me, QSize(1000, 760))
    assert len(_colours(image)) > 50
    README_MAP.parent.mkdir(exist_ok=True)
    assert image.save(str(README_MAP), "PNG")

