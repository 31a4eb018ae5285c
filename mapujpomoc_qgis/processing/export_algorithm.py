"""Processing: regional export of aid points (core.export) — also the shared region and filter parameters."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core import export, region, saved_lists
from ..core.filters import AidFilter
from ..core.i18n import tr

WORKCOPY, REGION, REGION_LAYER, FILTER = "WORKCOPY", "REGION", "REGION_LAYER", "FILTER"


def default_workcopy() -> str:
    try:
        from ..core.settings import ConnectionSettings

        path = ConnectionSettings.load().workcopy_path()
    except Exception:  # settings unreadable: no default, the user gives the path
        return ""
    return path if Path(path).is_file() else ""


def add_source_parameters(alg: QgsProcessingAlgorithm, polygon_region: bool = True) -> None:
    """Working copy, region (TERYT or polygons) and filter: the parameters export and print share."""
    alg.addParameter(QgsProcessingParameterFile(
        WORKCOPY, tr("Working copy (GeoPackage)"), extension="gpkg", defaultValue=default_workcopy() or None))
    alg.addParameter(QgsProcessingParameterString(
        REGION, tr("Region: TERYT code (2 digits voivodeship, 4 county, 7 commune)"), optional=True))
    if polygon_region:
        alg.addParameter(QgsProcessingParameterFeatureSource(
            REGION_LAYER, tr("…or region polygons (drawn or from a layer; used when no TERYT code is given)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
    alg.addParameter(QgsProcessingParameterString(
        FILTER, tr("Filter: a saved list of the project, a filter as JSON, or an SQL condition (empty: all points)"),
        optional=True))


def region_from_parameters(alg: QgsProcessingAlgorithm, parameters: dict[str, Any],
                           context: QgsProcessingContext, workcopy: str) -> region.Region | str:
    code = (alg.parameterAsString(parameters, REGION, context) or "").strip()
    if code:
        try:
            return region.check_code(code)
        except region.RegionError as exc:
            raise QgsProcessingException(str(exc)) from exc
    source = alg.parameterAsSource(parameters, REGION_LAYER, context) if REGION_LAYER in parameters else None
    if source is None:
        raise QgsProcessingException(tr("Give the region as a TERYT code or as polygons."))
    parts = [f.geometry() for f in source.getFeatures(QgsFeatureRequest()) if f.hasGeometry()]
    if not parts:
        raise QgsProcessingException(tr("The region layer has no polygons."))
    try:
        return region.from_geometry(QgsGeometry.unaryUnion(parts), source.sourceCrs(),
                                    tr("Selected area"), context.transformContext())
    except region.RegionError as exc:
        raise QgsProcessingException(str(exc)) from exc


def filter_from_parameter(text: str, context: QgsProcessingContext) -> AidFilter | str | None:
    """A saved list of the project by name, an AidFilter as JSON, or an SQL condition."""
    text = (text or "").strip()
    if not text:
        return None
    project = context.project()
    if project is not None:
        lists = saved_lists.load(project)
        if text in lists:
            return lists[text]
    if text.startswith("{"):
        try:
            return AidFilter.from_json(json.loads(text))
        except (ValueError, TypeError) as exc:
            raise QgsProcessingException(tr("The filter is not valid JSON: {0}").format(exc)) from exc
    return text


def workcopy_from_parameters(alg: QgsProcessingAlgorithm, parameters: dict[str, Any],
                             context: QgsProcessingContext) -> str:
    path = alg.parameterAsFile(parameters, WORKCOPY, context)
    if not path or not Path(path).is_file():
        raise QgsProcessingException(tr("There is no working copy at {0}.").format(path))
    return path


class ExportRegionAlgorithm(QgsProcessingAlgorithm):
    FORMAT, CSV_GEOMETRY, SERVICE_AREAS, BOUNDARIES, CRS, OUTPUT, COUNT = (
        "FORMAT", "CSV_GEOMETRY", "SERVICE_AREAS", "BOUNDARIES", "CRS", "OUTPUT", "COUNT")
    FORMAT_KEYS = list(export.FORMATS)

    def name(self) -> str:
        return "export"

    def displayName(self) -> str:
        return tr("Regional export of aid points")

    def group(self) -> str:
        return tr("Print and export")

    def groupId(self) -> str:
        return "printexport"

    def shortHelpString(self) -> str:
        return tr("Exports the aid points of a voivodeship, county or commune (TERYT code) or of any polygons, "
                  "kept by a filter, to GeoPackage (with the layer styles embedded), GeoJSON, CSV (WKT or "
                  "longitude/latitude), XLSX or KML, with the help-type labels in Polish and Ukrainian. Service "
                  "areas and boundaries may come along, clipped to the region. GeoJSON and CSV put each extra "
                  "layer in a file of its own beside the output.")

    def createInstance(self) -> ExportRegionAlgorithm:
        return ExportRegionAlgorithm()

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        add_source_parameters(self)
        self.addParameter(QgsProcessingParameterEnum(
            self.FORMAT, tr("Format"), options=[export.FORMATS[k][2] for k in self.FORMAT_KEYS], defaultValue=0))
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
            ";;".join(f"{label} (*{ext})" for _driver, ext, label in export.FORMATS.values())))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, tr("Aid points exported")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        workcopy = workcopy_from_parameters(self, parameters, context)
        the_region = region_from_parameters(self, parameters, context, workcopy)
        flt = filter_from_parameter(self.parameterAsString(parameters, FILTER, context), context)
        fmt = self.FORMAT_KEYS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        crs: QgsCoordinateReferenceSystem = self.parameterAsCrs(parameters, self.CRS, context)
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        ext = export.FORMATS[fmt][1]
        if Path(out).suffix.lower() != ext:
            out = str(Path(out).with_suffix(ext))
        options = export.ExportOptions(
            fmt=fmt, service_areas=self.parameterAsBoolean(parameters, self.SERVICE_AREAS, context),
            boundaries=self.parameterAsBoolean(parameters, self.BOUNDARIES, context),
            csv_geometry=export.CSV_GEOMETRY[self.parameterAsEnum(parameters, self.CSV_GEOMETRY, context)],
            crs=crs.authid() if crs.isValid() and crs.authid() else "EPSG:4326")
        try:
            result = export.export_region(workcopy, the_region, out, flt, options, feedback)
        except (export.ExportError, region.RegionError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        except export.Cancelled:
            feedback.reportError(tr("Export cancelled."), True)
            return {}
        feedback.pushInfo(result.summary())
        return {self.OUTPUT: str(result.files[0]), self.COUNT: result.counts.get("aid_points", 0)}
