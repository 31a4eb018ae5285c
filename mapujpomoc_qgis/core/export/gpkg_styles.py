"""The plugin's layer styles inside an exported GeoPackage (docs/ARCHITECTURE.md, "Export").

The styles go into `layer_styles`, the table QGIS reads a layer's default style from, with the
help-type icons embedded, so the file opens styled in any QGIS without the plugin.
"""

from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path
from typing import Any

from .. import compat
from ..i18n import tr
from .formats import ExportError

STYLE_NAME = "Mapuj Pomoc"
# the columns of QGIS's layer_styles table: name, OGR type, width, subtype
LAYER_STYLES_COLUMNS = (
    ("f_table_catalog", "OFTString", 256, None), ("f_table_schema", "OFTString", 256, None),
    ("f_table_name", "OFTString", 256, None), ("f_geometry_column", "OFTString", 256, None),
    ("styleName", "OFTString", 30, None), ("styleQML", "OFTString", 0, None),
    ("styleSLD", "OFTString", 0, None), ("useAsDefault", "OFTInteger", 0, "OFSTBoolean"),
    ("description", "OFTString", 0, None), ("owner", "OFTString", 30, None),
    ("ui", "OFTString", 30, None), ("update_time", "OFTDateTime", 0, None))


def embedded_svg(path: str) -> str:
    """An SVG file as QGIS's embedded form ("base64:…"), so a style needs no file of this plugin."""
    return "base64:" + base64.b64encode(Path(path).read_bytes()).decode("ascii")


def _embed_svgs(layer: Any) -> None:
    from qgis.core import QgsCategorizedSymbolRenderer, QgsSvgMarkerSymbolLayer

    renderer = layer.renderer()
    if not isinstance(renderer, QgsCategorizedSymbolRenderer):
        return
    for i, category in enumerate(renderer.categories()):
        symbol = category.symbol().clone()
        for j in range(symbol.symbolLayerCount()):
            sl = symbol.symbolLayer(j)
            if isinstance(sl, QgsSvgMarkerSymbolLayer) and Path(sl.path()).is_file():
                sl.setPath(embedded_svg(sl.path()))
        renderer.updateCategorySymbol(i, symbol)


def style_documents(path: str | Path, layer_name: str, lang: str) -> tuple[str, str]:
    """(QML, SLD) of the plugin's style for one layer of an exported GeoPackage."""
    from qgis.core import QgsReadWriteContext, QgsVectorLayer
    from qgis.PyQt.QtXml import QDomDocument

    from ..project.layers import style_aid_points, style_boundaries, style_service_areas

    layer = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
    if not layer.isValid():
        raise ExportError(tr("The exported layer {0} cannot be opened.").format(layer_name))
    if layer_name == "aid_points":
        style_aid_points(layer, lang)
        _embed_svgs(layer)
    elif layer_name == "service_areas":
        style_service_areas(layer)
    else:
        style_boundaries(layer, layer_name)
    qml = QDomDocument()
    layer.exportNamedStyle(qml, QgsReadWriteContext())
    return qml.toString(), compat.sld_document(layer).toString()


def _layer_styles_table(ds: Any) -> Any:
    """The GeoPackage's layer_styles table, created as QGIS's OGR provider would when it is missing."""
    from osgeo import ogr

    lyr = ds.GetLayerByName("layer_styles")
    if lyr is not None:
        return lyr
    lyr = ds.CreateLayer("layer_styles", None, ogr.wkbNone, ["FID=id"])
    for name, kind, width, sub in LAYER_STYLES_COLUMNS:
        fd = ogr.FieldDefn(name, getattr(ogr, kind))
        if width:
            fd.SetWidth(width)
        if sub is not None:
            fd.SetSubType(getattr(ogr, sub))
        if name == "update_time":
            fd.SetDefault("CURRENT_TIMESTAMP")
        lyr.CreateField(fd)
    return lyr


def embed_styles(path: str | Path, layer_names: list[str], lang: str) -> None:
    """Write the plugin's styles into `layer_styles` as each layer's default (the table QGIS reads).

    Written with GDAL, as QGIS's OGR provider would (same table and columns), into a file that has no
    styles yet: QGIS 3.22's own saveStyleToDatabase may ask with a dialog when a style name exists.
    """
    from osgeo import ogr

    styles = {name: style_documents(path, name, lang) for name in layer_names}
    ds = ogr.Open(str(path), 1)
    if ds is None:
        raise ExportError(tr("Cannot open {0} to embed the styles.").format(path))
    try:
        lyr = _layer_styles_table(ds)
        now = dt.datetime.now(dt.UTC)
        for name, (qml, sld) in styles.items():
            target = ds.GetLayerByName(name)
            feat = ogr.Feature(lyr.GetLayerDefn())
            feat.SetField("f_table_catalog", "")
            feat.SetField("f_table_schema", "")
            feat.SetField("f_table_name", name)
            feat.SetField("f_geometry_column", target.GetGeometryColumn() if target is not None else "")
            feat.SetField("styleName", STYLE_NAME)
            feat.SetField("styleQML", qml)
            feat.SetField("styleSLD", sld)
            feat.SetField("useAsDefault", 1)
            feat.SetField("description", tr("Mapuj Pomoc style, {0}").format(now.date().isoformat()))
            feat.SetField("owner", "")
            feat.SetField("update_time", now.year, now.month, now.day, now.hour, now.minute, now.second, 100)
            lyr.CreateFeature(feat)
    finally:
        ds = None
