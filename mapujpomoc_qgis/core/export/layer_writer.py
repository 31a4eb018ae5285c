"""Writing one layer of an export with GDAL/OGR, in the conventions of its format (docs/ARCHITECTURE.md,
"Export").

Every format carries the catalog's labels of the help types (`help_types_pl`, `help_types_uk`) and, on
points and service areas, `export_version` ("public" or "staff", see `filtering.privacy`). List fields
are JSON in a GeoPackage, string lists in GeoJSON and "a;b" text elsewhere; XLSX has no geometry, so
points get lon/lat columns and polygons keep their attributes only. A KML takes its values from here
but is written by `kml_writer`, not by a GDAL driver.

Text is written so that no viewer runs it (README, "Output safety"): a CSV or XLSX cell a spreadsheet
would evaluate as a formula gets a leading apostrophe (`text_safety.spreadsheet_safe`), and every text
of a KML is HTML-escaped (`text_safety.html_text`), since Google Earth shows descriptions and data as HTML.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mapujpomoc_model import catalog, schema
from mapujpomoc_model.catalog import LABEL_LANGUAGES, codes_of
from mapujpomoc_model.text_safety import html_text, spreadsheet_safe

from ..filtering.selection import AID_COLUMNS, AREA_COLUMNS
from ..i18n import tr
from ..progress import Feedback, checkpoint
from .formats import FORMATS, ExportError

REAL = "real"  # a column kind of the export's own (area_km2, lon, lat) beside the schema's kinds
VERSION_COLUMN = "export_version"  # "public" or "staff": which version of the data a file holds
SPREADSHEETS = ("csv", "xlsx")


@dataclass
class LayerSpec:
    """One layer to write: its geometry type, columns (name, kind), rows and how to get a row's WKB."""

    geom_type: int
    columns: list[tuple[str, str]]
    rows: list[dict[str, Any]]
    geometry: Callable[[dict[str, Any]], bytes | None]


def help_type_labels(value: Any, lang: str, sep: str = "; ") -> str:
    return catalog.labels(catalog.HELP_TYPES, codes_of(value), lang, sep)


def column_kinds(collection: str) -> dict[str, str]:
    kinds = {f.name: f.kind for f in schema.COLLECTION_FIELDS[collection]}
    kinds["uuid"] = schema.TEXT
    return kinds


def aid_point_columns() -> list[tuple[str, str]]:
    """The selected columns of aid_points with their kinds, the help types' labels in each language, and
    the export's version."""
    kinds = column_kinds("aid_points")
    return ([(c, kinds[c]) for c in AID_COLUMNS] + [(f"help_types_{lang}", schema.TEXT) for lang in LABEL_LANGUAGES]
            + [(VERSION_COLUMN, schema.TEXT)])


def service_area_columns() -> list[tuple[str, str]]:
    kinds = column_kinds("service_areas")
    return [(c, kinds[c]) for c in AREA_COLUMNS] + [(VERSION_COLUMN, schema.TEXT)]


def with_labels(points: list[dict[str, Any]], version: str) -> list[dict[str, Any]]:
    """The rows with the labels of their help types in each language and the export's version."""
    return [{**p, **{f"help_types_{lang}": help_type_labels(p.get("help_types"), lang)
                     for lang in LABEL_LANGUAGES}, VERSION_COLUMN: version} for p in points]


class LayerWriter:
    """The driver, fields, values and geometries of one format (see FORMATS)."""

    def __init__(self, fmt: str, crs: str) -> None:
        from osgeo import ogr, osr

        self.ogr = ogr
        self.fmt = fmt
        # KML is written by kml_writer itself (the same file with either GDAL KML driver), the rest by a driver
        driver = None if fmt == "kml" else ogr.GetDriverByName(FORMATS[fmt][0])
        if driver is None and fmt != "kml":
            raise ExportError(tr("GDAL has no {0} driver here; choose another format.").format(FORMATS[fmt][2]))
        self.driver = driver
        self.wgs84 = osr.SpatialReference()
        self.wgs84.ImportFromEPSG(4326)
        self.wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        self.srs = osr.SpatialReference()
        if self.srs.SetFromUserInput(crs) != 0:
            raise ExportError(tr("Unknown coordinate reference system {0}.").format(crs))
        self.srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        self.transform = None if self.srs.IsSame(self.wgs84) else osr.CoordinateTransformation(self.wgs84, self.srs)

    def field_defn(self, name: str, kind: str) -> Any:
        ogr = self.ogr
        if kind == schema.LIST and self.fmt == "geojson":
            return ogr.FieldDefn(name, ogr.OFTStringList)
        if kind in (schema.LIST, schema.JSON) and self.fmt in ("gpkg", "geojson"):
            fd = ogr.FieldDefn(name, ogr.OFTString)
            fd.SetSubType(ogr.OFSTJSON)
            return fd
        if kind == schema.DATE and self.fmt in ("gpkg", "xlsx"):
            return ogr.FieldDefn(name, ogr.OFTDate)
        if kind == schema.INT:
            return ogr.FieldDefn(name, ogr.OFTInteger64)
        if kind == REAL:
            return ogr.FieldDefn(name, ogr.OFTReal)
        return ogr.FieldDefn(name, ogr.OFTString)

    def value(self, value: Any, kind: str) -> Any:
        if value is None or value == "":
            return None
        if kind == schema.LIST:
            codes = codes_of(value)
            if self.fmt == "geojson":
                return codes
            value = json.dumps(codes, ensure_ascii=False) if self.fmt == "gpkg" else ";".join(codes)
        elif kind == schema.JSON and not isinstance(value, str):
            value = json.dumps(value, ensure_ascii=False)
        return self.inert(value) if isinstance(value, str) else value

    def inert(self, text: str) -> str:
        """A text as this format must carry it so that no viewer runs it (see the module doc)."""
        if self.fmt in SPREADSHEETS:
            return spreadsheet_safe(text)
        if self.fmt == "kml":
            return html_text(text)
        return text

    def geometry(self, wkb: bytes | None) -> Any:
        if not wkb:
            return None
        geom = self.ogr.CreateGeometryFromWkb(wkb)
        if geom is not None and self.transform is not None:
            geom.Transform(self.transform)
        return geom

    def layer_options(self, geom_type: int, csv_geometry: str, description: str) -> list[str]:
        ogr = self.ogr
        if self.fmt == "gpkg":
            return ["GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES", f"DESCRIPTION={description}"]
        if self.fmt == "geojson":
            return ["RFC7946=YES", "WRITE_NAME=NO", f"DESCRIPTION={description}"]
        if self.fmt == "csv":
            xy = csv_geometry == "xy" and geom_type == ogr.wkbPoint
            return ["GEOMETRY=AS_XY" if xy else "GEOMETRY=AS_WKT", "WRITE_BOM=YES", "CREATE_CSVT=YES"]
        return []

    def write_layer(self, ds: Any, name: str, layer: LayerSpec, csv_geometry: str, description: str,
                    feedback: Feedback | None, progress: tuple[float, float]) -> int:
        """Create the layer `name` in `ds` and write its rows (progress from `progress[0]` over `progress[1]`
        percent). Returns the features written."""
        ogr = self.ogr
        columns, srs, layer_geom = layer.columns, self.srs, layer.geom_type
        if self.fmt == "xlsx":
            layer_geom, srs = ogr.wkbNone, None
            if layer.geom_type == ogr.wkbPoint:
                columns = columns + [("lon", REAL), ("lat", REAL)]
        lyr = ds.CreateLayer(name, srs, layer_geom, self.layer_options(layer.geom_type, csv_geometry, description))
        if lyr is None:
            raise ExportError(tr("GDAL could not create the layer {0}.").format(name))
        names = self._create_fields(lyr, columns)
        lyr.StartTransaction()
        start, span = progress
        for i, row in enumerate(layer.rows):
            if i % 100 == 0:
                checkpoint(feedback, start + span * i / max(len(layer.rows), 1), cancelled=tr("Export cancelled."))
            feat = self._feature(lyr.GetLayerDefn(), row, columns, names)
            if layer_geom != ogr.wkbNone:
                geom = self.geometry(layer.geometry(row))
                if geom is not None:
                    feat.SetGeometry(geom)
            if lyr.CreateFeature(feat) != 0:
                raise ExportError(tr("GDAL could not write a feature of {0}.").format(name))
        lyr.CommitTransaction()
        return len(layer.rows)

    def _create_fields(self, lyr: Any, columns: list[tuple[str, str]]) -> list[str]:
        """The name each column got in the layer (a driver may change it)."""
        defn = lyr.GetLayerDefn()
        names = []
        for col, kind in columns:
            lyr.CreateField(self.field_defn(col, kind))
            names.append(defn.GetFieldDefn(defn.GetFieldCount() - 1).GetName())
        return names

    def _feature(self, defn: Any, row: dict[str, Any], columns: list[tuple[str, str]], names: list[str]) -> Any:
        feat = self.ogr.Feature(defn)
        for (col, kind), out_name in zip(columns, names):
            if col in ("lon", "lat") and self.fmt == "xlsx":
                value = row.get("x" if col == "lon" else "y")
            else:
                value = self.value(row.get(col), kind)
            if value is None:
                continue
            if isinstance(value, list):
                feat.SetFieldStringList(feat.GetFieldIndex(out_name), value)
            else:
                feat.SetField(out_name, value)
        return feat
