"""Processing: regional export of aid points (core.export.regional_export.export_region)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
)

from ..core.errors import Cancelled, MapujPomocError
from ..core.export.formats import CSV_GEOMETRY as CSV_GEOMETRIES  # the class has a parameter of that name
from ..core.export.formats import FORMATS, ExportOptions
from ..core.export.regional_export import export_region
from ..core.i18n import tr
from .region_parameters import (
    RegionAlgorithm,
    add_source_parameters,
    add_version_parameter,
    source_from_parameters,
    version_from_parameters,
)


class ExportRegionAlgorithm(RegionAlgorithm):
    FORMAT, CSV_GEOMETRY, SERVICE_AREAS, BOUNDARIES, CRS, OUTPUT, COUNT = (
        "FORMAT", "CSV_GEOMETRY", "SERVICE_AREAS", "BOUNDARIES", "CRS", "OUTPUT", "COUNT")
    FORMAT_KEYS = list(FORMATS)

    def name(self) -> str:
        return "export"

    def displayName(self) -> str:
        return tr("Regional export of aid points")

    def shortHelpString(self) -> str:
        return tr("Exports the aid points of a voivodeship, county or commune (TERYT code) or of any polygons, "
                  "kept by a filter, to GeoPackage (with the layer styles embedded), GeoJSON, CSV (WKT or "
                  "longitude/latitude), XLSX or KML, with the help-type labels in Polish and Ukrainian. Service "
                  "areas and boundaries may come along, clipped to the region. GeoJSON and CSV put each extra "
                  "layer in a file of its own beside the output.")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        add_source_parameters(self)
        add_version_parameter(self)
        self.addParameter(QgsProcessingParameterEnum(
            self.FORMAT, tr("Format"), options=[FORMATS[k][2] for k in self.FORMAT_KEYS], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.CSV_GEOMETRY, tr("CSV geometry"), options=[tr("WKT column"), tr("Longitude/latitude columns")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(self.SERVICE_AREAS, tr("With service areas"), False))
        self.addParameter(QgsProcessingParameterBoolean(self.BOUNDARIES, tr("With boundaries"), False))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, tr("CRS (GeoPackage and CSV with WKT; the other formats are always EPSG:4326)"),
            defaultValue="EPSG:4326", optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Output file"),
            ";;".join(f"{label} (*{ext})" for _driver, ext, label in FORMATS.values())))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, tr("Aid points exported")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        workcopy, the_region, flt = source_from_parameters(self, parameters, context)
        fmt = self.FORMAT_KEYS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        crs: QgsCoordinateReferenceSystem = self.parameterAsCrs(parameters, self.CRS, context)
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        ext = FORMATS[fmt][1]
        if Path(out).suffix.lower() != ext:
            out = str(Path(out).with_suffix(ext))
        options = ExportOptions(
            fmt=fmt, service_areas=self.parameterAsBoolean(parameters, self.SERVICE_AREAS, context),
            boundaries=self.parameterAsBoolean(parameters, self.BOUNDARIES, context),
            csv_geometry=CSV_GEOMETRIES[self.parameterAsEnum(parameters, self.CSV_GEOMETRY, context)],
            crs=crs.authid() if crs.isValid() and crs.authid() else "EPSG:4326",
            version=version_from_parameters(self, parameters, context))
        try:
            result = export_region(workcopy, the_region, out, flt, options, feedback)
        except Cancelled:
            feedback.reportError(tr("Export cancelled."), True)
            return {}
        except MapujPomocError as exc:
            raise QgsProcessingException(str(exc)) from exc
        feedback.pushInfo(result.summary())
        return {self.OUTPUT: str(result.files[0]), self.COUNT: result.counts.get("aid_points", 0)}
