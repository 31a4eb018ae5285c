"""What a regional export may be asked for: its formats and options, and the error when it cannot be made
(docs/ARCHITECTURE.md, "Export")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..errors import MapujPomocError
from ..region import Region

FORMATS = {  # name -> (GDAL driver, extension, label); KML is written by kml_writer, whatever GDAL has
    "gpkg": ("GPKG", ".gpkg", "GeoPackage"),
    "geojson": ("GeoJSON", ".geojson", "GeoJSON"),
    "csv": ("CSV", ".csv", "CSV"),
    "xlsx": ("XLSX", ".xlsx", "Excel (XLSX)"),
    "kml": ("KML", ".kml", "KML"),
}
CSV_GEOMETRY = ("wkt", "xy")
WGS84 = "EPSG:4326"


class ExportError(MapujPomocError):
    """An export that cannot be made, with what to do about it."""


@dataclass
class ExportOptions:
    fmt: str = "gpkg"
    service_areas: bool = False
    boundaries: bool = False
    csv_geometry: str = "wkt"  # "wkt" (a WKT column) or "xy" (X = longitude, Y = latitude columns)
    crs: str = WGS84  # GeoPackage and CSV-with-WKT may be written in another CRS, e.g. EPSG:2180
    lang: str | None = None  # language of the labels in the GeoPackage style and first in the KML descriptions
    version: str = "public"  # "public" or "staff" (filtering.privacy): what the file may show of each point

    def output_crs(self) -> str:
        """The CRS the files are written in: GeoJSON, KML, XLSX and lon/lat columns are WGS 84 by definition."""
        if self.fmt in ("geojson", "kml", "xlsx") or (self.fmt == "csv" and self.csv_geometry == "xy"):
            return WGS84
        return self.crs or WGS84


def default_filename(region: Region, fmt: str) -> str:
    stem = region.code or "region"
    return f"mapujpomoc_{stem}_{dt.date.today().isoformat()}{FORMATS[fmt][1]}"
