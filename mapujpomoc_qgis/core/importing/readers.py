"""Any list into a `SourceTable`: CSV (`csv_text`), XLSX (openpyxl when installed, else GDAL's XLSX
driver, which every QGIS has), and GeoPackage, GeoJSON or any OGR file or project layer through QGIS, the
points of a point layer kept with their CRS.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qgis.core import QgsVectorLayer, QgsWkbTypes

from ..i18n import tr
from . import ImportingError
from .csv_text import read_csv
from .table import SourceTable, unique_headers

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
SHEET_SUFFIXES = (".xlsx", ".xlsm")


def read_source(source: str | Path | QgsVectorLayer, layer_name: str = "", encoding: str | None = None,
                delimiter: str | None = None, on_headers: Callable[[list[str]], None] | None = None) -> SourceTable:
    """The table of a file (by its suffix) or of a layer. `on_headers`: see `csv_text.read_csv` (a CSV's
    headers only: the other readers give the whole table at once)."""
    if isinstance(source, QgsVectorLayer):
        return read_layer(source)
    path = Path(source)
    if not path.is_file():
        raise ImportingError(tr("There is no file {0}.").format(path))
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return read_csv(path, encoding, delimiter, on_headers)
    if suffix in SHEET_SUFFIXES:
        return read_xlsx(path, layer_name)
    uri = f"{path}|layername={layer_name}" if layer_name else str(path)
    layer = QgsVectorLayer(uri, path.stem, "ogr")
    if not layer.isValid():
        raise ImportingError(tr("{0} cannot be read as a table or a layer.").format(path.name))
    return read_layer(layer)


def cell_text(value: Any) -> str:
    """A cell as text: NULL as empty, lists joined by semicolons, whole numbers without '.0'."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(cell_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if hasattr(value, "toString") and not isinstance(value, str):
        return str(value.toString("yyyy-MM-dd") if hasattr(value, "year") else value.toString())
    return str(value).strip()


def read_layer(layer: QgsVectorLayer) -> SourceTable:
    """A vector layer's attributes as text, its points (first point of a multipoint) in its CRS."""
    headers = unique_headers([f.name() for f in layer.fields()])
    points_layer = layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry
    rows: list[list[str]] = []
    points: list[tuple[float, float] | None] = []
    for f in layer.getFeatures():
        rows.append([cell_text(v) for v in f.attributes()])
        if points_layer:
            geom = f.geometry()
            if geom is None or geom.isEmpty():
                points.append(None)
            else:
                p = geom.asMultiPoint()[0] if geom.isMultipart() else geom.asPoint()
                points.append((p.x(), p.y()))
    crs = layer.crs()
    return SourceTable(layer.name(), headers, rows, points if points_layer else None,
                       crs.authid() or crs.toWkt() if crs.isValid() else "")


def read_xlsx(path: Path, sheet: str = "") -> SourceTable:
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        return _xlsx_by_gdal(path, sheet)
    return _xlsx_by_openpyxl(path, sheet)


def _xlsx_by_openpyxl(path: Path, sheet: str) -> SourceTable:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        ws = book[sheet] if sheet else book.worksheets[0]
        rows = [[cell_text(c) for c in r] for r in ws.iter_rows(values_only=True)]
    finally:
        book.close()
    rows = [r for r in rows if any(rows_cell for rows_cell in r)]
    if not rows:
        raise ImportingError(tr("{0} has no rows.").format(path.name))
    return SourceTable(sheet or path.stem, unique_headers(rows[0]), rows[1:])


def _xlsx_by_gdal(path: Path, sheet: str) -> SourceTable:
    from osgeo import gdal

    # GDAL 3.6 reads these as configuration options only (newer ones as open options too), and reads a
    # sheet when it is first used: they stay set until the rows are read
    wanted = {"OGR_XLSX_HEADERS": "FORCE", "OGR_XLSX_FIELD_TYPES": "STRING"}
    before = {k: gdal.GetConfigOption(k) for k in wanted}
    for k, v in wanted.items():
        gdal.SetConfigOption(k, v)
    try:
        try:
            ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
        except RuntimeError:  # GDAL with exceptions on
            ds = None
        if ds is None:
            raise ImportingError(tr("{0} cannot be read as a spreadsheet.").format(path.name))
        layer = ds.GetLayerByName(sheet) if sheet else ds.GetLayer(0)
        if layer is None:
            raise ImportingError(tr("{0} has no sheet {1}.").format(path.name, sheet))
        defn = layer.GetLayerDefn()
        headers = unique_headers([defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())])
        rows = [[cell_text(f.GetField(i)) for i in range(defn.GetFieldCount())] for f in layer]
        name = layer.GetName()
    finally:
        for k, v in before.items():
            gdal.SetConfigOption(k, v)
    return SourceTable(name, headers, [r for r in rows if any(r)])
