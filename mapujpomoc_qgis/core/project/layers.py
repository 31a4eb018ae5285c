"""Putting the working copy into a QGIS project: layers, styles, labels, forms.

No widgets here: this only configures QgsVectorLayer objects, so it is tested
headless. Styles and forms live in the project: a saved project reopens styled
without the plugin. The GeoPackage holds no default styles (QGIS 3.22's
saveStyleToDatabase asks with a modal dialog when a style of that name exists).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFeatureRequest,
    QgsFieldConstraints,
    QgsFillSymbol,
    QgsLayerTreeGroup,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsProviderRegistry,
    QgsRectangle,
    QgsRendererCategory,
    QgsSvgMarkerSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFontInfo

from mapujpomoc_model import catalog, form_rules, schema

from .. import compat
from ..i18n import current_language, tr
from ..sync.workcopy import CATALOG_TABLE, pin_gdal_journal_mode
from .symbols import COLOURS, icon_path

GROUP = "Mapuj Pomoc"
# names appear from 1:100,000 inwards (a town commune on a laptop's map narrowed by the docks, issue 16);
# further out they would only clutter
LABEL_MAX_SCALE = 100_000
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
PUWG1992 = QgsCoordinateReferenceSystem("EPSG:2180")


def layer_titles() -> dict[str, str]:
    return {"aid_points": tr("Aid points"), "service_areas": tr("Service areas"), "scope": tr("My area"),
            "gminy": tr("Communes"), "powiaty": tr("Counties"), "wojewodztwa": tr("Voivodeships"),
            CATALOG_TABLE: tr("Catalog")}


def field_aliases() -> dict[str, str]:
    return {
        "uuid": tr("Identifier"), "name": tr("Name"), "organization": tr("Organisation"),
        "org_type": tr("Organisation type"), "help_types": tr("Help types"), "forms": tr("Forms of help"),
        "languages": tr("Languages"), "description": tr("Description"), "street": tr("Street"),
        "house_number": tr("House number"), "postcode": tr("Postcode"), "city": tr("City"), "phone": tr("Phone"),
        "email": tr("E-mail"), "website": tr("Website"), "opening_hours": tr("Opening hours"),
        "target_groups": tr("Target groups"), "status": tr("Status"), "verified_at": tr("Verified on"), "visibility": tr("Who may see the location"),
        "teryt": tr("Commune code (TERYT)"), "version": tr("Version"), "updated_at": tr("Updated at"),
        "updated_by": tr("Updated by"), "aid_point_id": tr("Aid point"), "kind": tr("Kind"),
        "params": tr("Parameters"),
    }


def _format_messages() -> dict[str, str]:
    """What each field's format is, for the form's message (the format itself is the model's)."""
    return {
        "postcode": tr("Postcode must look like 00-000."),
        "email": tr("This is not an e-mail address."),
        "phone": tr("A phone number has digits, spaces, dashes or brackets, optionally a leading +."),
        "website": tr("A web address starts with http:// or https://."),
        "opening_hours": tr("Opening hours in OSM syntax, e.g. Mo-Fr 08:00-16:00; Sa 10:00-14:00."),
        "aid_point_id": tr("The identifier of an aid point."),
    }


def rule_message(rule: form_rules.FormRule) -> str:
    """The form's message for a field's rule, in the UI language: what the store will insist on."""
    parts = []
    for check in rule.checks:
        if check == form_rules.REQUIRED:
            parts.append(tr("Required."))
        elif check == form_rules.MAX_LENGTH:
            parts.append(tr("At most {0} characters.").format(rule.max_len))
        elif check in (form_rules.ONE_OF, form_rules.CODES):
            parts.append(tr("Only values from the list."))
        elif check == form_rules.UNIQUE:
            parts.append(tr("Each value once."))
        elif check == form_rules.FORMAT:
            parts.append(_format_messages().get(rule.field, ""))
    return " ".join(p for p in parts if p)


@dataclass
class ProjectLayers:
    aid_points: QgsVectorLayer
    service_areas: QgsVectorLayer
    scope: QgsVectorLayer
    boundaries: dict[str, QgsVectorLayer]
    catalog: QgsVectorLayer


def source_parts(layer: QgsVectorLayer) -> tuple[str, str]:
    """(file path, layer name) of an OGR layer, whatever subset string it carries."""
    if layer.providerType() != "ogr":
        return "", ""
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    return str(Path(parts.get("path", "")).resolve()), parts.get("layerName") or ""


def find_layer(table: str, project: QgsProject | None = None) -> QgsVectorLayer | None:
    """The unfiltered layer of a working copy table in the project (aid_points, service_areas)."""
    found = [lyr for lyr in (project or QgsProject.instance()).mapLayers().values()
             if isinstance(lyr, QgsVectorLayer) and source_parts(lyr)[1] == table]
    return next((lyr for lyr in found if not lyr.subsetString()), found[0] if found else None)


def workcopy_layers(path: str | Path, project: QgsProject | None = None,
                    table: str | None = None) -> list[QgsVectorLayer]:
    """The project's layers read from the working copy at `path` (optionally only those of `table`)."""
    want = str(Path(path).resolve())
    project = project or QgsProject.instance()
    return [lyr for lyr in project.mapLayers().values() if isinstance(lyr, QgsVectorLayer)
            and source_parts(lyr)[0] == want and (table is None or source_parts(lyr)[1] == table)]


def _find(project: QgsProject, path: str | Path, table: str) -> QgsVectorLayer | None:
    """The unfiltered layer of `table` (a filtered one, like "My area", is a different layer)."""
    return next((lyr for lyr in workcopy_layers(path, project, table)
                 if not lyr.subsetString() or table == "aid_points"), None)


def _source(path: str | Path, table: str) -> str:
    return f"{path}|layername={table}"


def style_aid_points(layer: QgsVectorLayer, lang: str | None = None) -> None:
    """One SVG icon per help type (the first listed), names as labels at street scales."""
    lang = lang or current_language()
    categories = []
    for entry in catalog.HELP_TYPES:
        svg = QgsSvgMarkerSymbolLayer(str(icon_path(entry.code)), 6.0, 0)
        svg.setFillColor(QColor(COLOURS[entry.code]))
        svg.setStrokeColor(QColor("#ffffff"))
        symbol = QgsMarkerSymbol()
        symbol.changeSymbolLayer(0, svg)
        categories.append(QgsRendererCategory(entry.code, symbol, entry.label(lang)))
    fallback = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#9e9e9e", "size": "3"})
    categories.append(QgsRendererCategory(None, fallback, tr("Other")))
    layer.setRenderer(QgsCategorizedSymbolRenderer('array_first("help_types")', categories))

    label = QgsPalLayerSettings()
    label.fieldName = "name"
    label.scaleVisibility = True
    label.minimumScale = LABEL_MAX_SCALE
    label.maximumScale = 1
    label.placement = QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint
    label.dist = 2.5  # mm, clear of the 6 mm icon
    fmt = QgsTextFormat()
    # the family Qt really draws with: headless (make demo, qgis_process) Qt names one that the desktop lacks
    # ("DejaVu LGC Sans"), and QGIS warns about the missing font every time it opens the project
    font = fmt.font()
    font.setFamily(QFontInfo(font).family())
    fmt.setFont(font)
    fmt.setSize(8)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("white"))
    fmt.setBuffer(buffer)
    label.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(label))
    layer.setLabelsEnabled(True)


def style_boundaries(layer: QgsVectorLayer, level: str) -> None:
    widths = {"wojewodztwa": "0.6", "powiaty": "0.35", "gminy": "0.15"}
    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "120,120,120,180",
                                         "outline_width": widths.get(level, "0.2")})
    layer.renderer().setSymbol(symbol)
    if level == "gminy":
        layer.setScaleBasedVisibility(True)
        layer.setMinimumScale(1_500_000)  # communes only once a county fits the screen


def style_scope(layer: QgsVectorLayer) -> None:
    symbol = QgsFillSymbol.createSimple({"color": "216,27,96,20", "outline_color": "#d81b60",
                                         "outline_width": "0.8"})
    layer.renderer().setSymbol(symbol)


def style_service_areas(layer: QgsVectorLayer) -> None:
    symbol = QgsFillSymbol.createSimple({"color": "0,151,167,50", "outline_color": "0,151,167,200",
                                         "outline_width": "0.3"})
    layer.renderer().setSymbol(symbol)


def configure_form(layer: QgsVectorLayer, catalog_layer: QgsVectorLayer, collection: str,
                   lang: str | None = None) -> None:
    """Multi-select lists from the catalog, value maps for enums, constraints, read-only store fields."""
    lang = lang or current_language()
    aliases = field_aliases()
    rules = form_rules.form_rules(collection)
    form = layer.editFormConfig()
    for idx, fld in enumerate(layer.fields()):
        name = fld.name()
        if name == "fid":  # GeoPackage's row id: an implementation detail, not the point's identity
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("Hidden", {}))
            continue
        if name in aliases:
            layer.setFieldAlias(idx, aliases[name])
        spec = schema.fields_by_name(collection).get(name)
        if name == "uuid" or (spec and spec.store_assigned):
            form.setReadOnly(idx, True)
            continue
        if spec is None:
            continue
        if spec.kind == schema.LIST:
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("ValueRelation", {
                "Layer": catalog_layer.id(), "LayerName": catalog_layer.name(),
                "LayerSource": catalog_layer.source(), "LayerProviderName": "ogr",
                "Key": "code", "Value": f"label_{lang}", "AllowMulti": True, "AllowNull": not spec.required,
                "OrderByValue": False, "NofColumns": 2 if name == "help_types" else 1, "UseCompleter": False,
                "FilterExpression": f"\"list\" = '{name}'",
            }))
        elif spec.kind == schema.ENUM and spec.entries:
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("ValueMap", {
                "map": [{e.label(lang): e.code} for e in spec.entries]}))
        elif spec.kind == schema.DATE:
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("DateTime", {
                "field_format": "yyyy-MM-dd", "display_format": "yyyy-MM-dd", "calendar_popup": True,
                "allow_null": True}))
        elif name == "description":
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True}))
        if spec.required:
            layer.setFieldConstraint(idx, QgsFieldConstraints.Constraint.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
        if name in rules:  # the model's rule: the form refuses what the store would refuse
            layer.setConstraintExpression(idx, rules[name].expression, rule_message(rules[name]))
            layer.setFieldConstraint(idx, QgsFieldConstraints.Constraint.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
        default = schema.DEFAULTS[collection].get(name)
        if default:
            layer.setDefaultValueDefinition(idx, QgsDefaultValue(f"'{default}'"))
    layer.setEditFormConfig(form)


def warn_outside_scope(layer: QgsVectorLayer, scope: QgsVectorLayer) -> None:
    """A warning in the form when a point lies outside the user's area (the store would refuse it)."""
    idx = layer.fields().indexOf("teryt")
    layer.setConstraintExpression(idx, f"overlay_within('{scope.id()}')",
                                  tr("This location is outside your area; the store will refuse it."))
    layer.setFieldConstraint(idx, QgsFieldConstraints.Constraint.ConstraintExpression,
                             QgsFieldConstraints.ConstraintStrength.ConstraintStrengthSoft)


def scope_filter(prefixes: list[str]) -> str:
    """A subset string selecting the communes of a scope (FALSE for none, everything for admins)."""
    clean = [p for p in prefixes if p.isdigit()]
    return " OR ".join(f"\"teryt\" LIKE '{p}%'" for p in clean) or "0"


def _group(project: QgsProject) -> QgsLayerTreeGroup:
    root = project.layerTreeRoot()
    return root.findGroup(GROUP) or root.insertGroup(0, GROUP)


def add_to_project(path: str | Path, me: dict[str, Any] | None, project: QgsProject | None = None) -> ProjectLayers:
    """Add (or find) the working copy's layers in a "Mapuj Pomoc" group, styled."""
    pin_gdal_journal_mode()
    project = project or QgsProject.instance()
    titles = layer_titles()
    if not project.crs().isValid() or not project.mapLayers():
        project.setCrs(PUWG1992)  # a project the plugin makes: the map in PUWG 1992, as Polish municipal GIS
    group = _group(project)

    def ensure(table: str, title_key: str, subset: str = "") -> tuple[QgsVectorLayer, bool]:
        source = _source(path, table)
        existing = None if subset else _find(project, path, table)
        if existing is None and subset:
            existing = next((lyr for lyr in workcopy_layers(path, project, table)
                             if lyr.name() == titles[title_key]), None)
        if existing is not None:
            if subset:
                existing.setSubsetString(subset)
            return existing, False
        layer = QgsVectorLayer(source, titles[title_key], "ogr")
        if not layer.isValid():
            raise RuntimeError(tr("Cannot open the layer {0} of {1}.").format(table, path))
        if subset:
            layer.setSubsetString(subset)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
        return layer, True

    cat, _ = ensure(CATALOG_TABLE, CATALOG_TABLE)
    aid, new_aid = ensure("aid_points", "aid_points")
    areas, new_areas = ensure("service_areas", "service_areas")
    scope_prefixes = (me or {}).get("scope") or []
    scope, new_scope = ensure("gminy", "scope", scope_filter(scope_prefixes))
    boundaries = {}
    for table in ("gminy", "powiaty", "wojewodztwa"):
        layer, new = ensure(table, table)
        if new:
            style_boundaries(layer, table)
        boundaries[table] = layer
    if new_aid:
        style_aid_points(aid)
        configure_form(aid, cat, "aid_points")
        if not (me or {}).get("writes_anywhere"):
            warn_outside_scope(aid, scope)
    if new_areas:
        style_service_areas(areas)
        configure_form(areas, cat, "service_areas")
    if new_scope:
        style_scope(scope)
    return ProjectLayers(aid, areas, scope, boundaries, cat)


def scope_extent(me: dict[str, Any] | None, crs: QgsCoordinateReferenceSystem,
                 project: QgsProject | None = None) -> QgsRectangle | None:
    """The scope's bounding box in `crs`, with a margin; None without a scope."""
    bbox = (me or {}).get("scope_bbox")
    if not bbox:
        return None
    rect = QgsRectangle(*bbox)
    transform = QgsCoordinateTransform(WGS84, crs, project or QgsProject.instance())
    out = transform.transformBoundingBox(rect)
    out.scale(1.1)
    return out


def features_extent(layer: QgsVectorLayer, fids: list[int], crs: QgsCoordinateReferenceSystem,
                    project: QgsProject | None = None) -> QgsRectangle | None:
    """The bounding box of the features `fids` of `layer` in `crs` (None when none has a geometry).

    Read from the features, not from layer.extent(): the extent a provider reports for a subset may be
    stale, and a single point's is empty."""
    box = compat.null_rectangle()
    found = False
    request = QgsFeatureRequest().setFilterFids(list(fids)).setNoAttributes()
    for feature in layer.getFeatures(request):
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        box.combineExtentWith(geometry.boundingBox())
        found = True
    if not found:
        return None
    if layer.crs().isValid() and crs.isValid() and layer.crs() != crs:
        transform = QgsCoordinateTransform(layer.crs(), crs, project or QgsProject.instance())
        if box.isEmpty():  # one point: transformBoundingBox of an empty box is not to be trusted
            point = transform.transform(box.center())
            return QgsRectangle(point, point)
        box = transform.transformBoundingBox(box)
    return box
