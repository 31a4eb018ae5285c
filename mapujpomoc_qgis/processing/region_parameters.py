"""Processing: the source parameters export and print share (working copy, region, filter) and their parsing.

Names, order, defaults and help texts are what qgis_process users give, so keep them as they are.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..core import region
from ..core.filtering import saved_lists
from ..core.filtering.filters import AidFilter
from ..core.filtering.privacy import VERSIONS
from ..core.i18n import tr

WORKCOPY, REGION, REGION_LAYER, FILTER, VERSION = "WORKCOPY", "REGION", "REGION_LAYER", "FILTER", "VERSION"


class RegionAlgorithm(QgsProcessingAlgorithm):
    """An algorithm of the "Print and export" group, over the points of a region of a working copy."""

    def group(self) -> str:
        return tr("Print and export")

    def groupId(self) -> str:
        return "printexport"

    def createInstance(self) -> QgsProcessingAlgorithm:
        return type(self)()


def default_workcopy() -> str:
    try:
        from ..core.settings import ConnectionSettings

        path = ConnectionSettings.load().workcopy_path()
    except Exception:  # settings unreadable: no default, the user gives the path
        return ""
    return path if Path(path).is_file() else ""


def add_source_parameters(alg: QgsProcessingAlgorithm) -> None:
    """Working copy, region (TERYT code, or polygons) and filter, in this order, first in the algorithm."""
    alg.addParameter(QgsProcessingParameterFile(
        WORKCOPY, tr("Working copy (GeoPackage)"), extension="gpkg", defaultValue=default_workcopy() or None))
    alg.addParameter(QgsProcessingParameterString(
        REGION, tr("Region: TERYT code (2 digits voivodeship, 4 county, 7 commune)"), optional=True))
    alg.addParameter(QgsProcessingParameterFeatureSource(
        REGION_LAYER, tr("…or region polygons (drawn or from a layer; used when no TERYT code is given)"),
        [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
    alg.addParameter(QgsProcessingParameterString(
        FILTER, tr("Filter: a saved list of the project, a filter as JSON, or an SQL condition (empty: all points)"),
        optional=True))


def add_version_parameter(alg: QgsProcessingAlgorithm) -> None:
    """The public (0, the default) or the staff version (1) of the points (README, "Privacy")."""
    alg.addParameter(QgsProcessingParameterEnum(
        VERSION, tr("Version: public (staff-only points left out, approximate ones at their commune) or staff "
                    "(every point exactly)"),
        options=[tr("Public version"), tr("Staff version")], defaultValue=0))


def version_from_parameters(alg: QgsProcessingAlgorithm, parameters: dict[str, Any],
                            context: QgsProcessingContext) -> str:
    return VERSIONS[alg.parameterAsEnum(parameters, VERSION, context)]


def source_from_parameters(alg: QgsProcessingAlgorithm, parameters: dict[str, Any], context: QgsProcessingContext
                           ) -> tuple[str, region.Region | str, AidFilter | str | None]:
    """The working copy's path, the region and the filter the parameters of `add_source_parameters` give."""
    workcopy = workcopy_from_parameters(alg, parameters, context)
    the_region = region_from_parameters(alg, parameters, context)
    flt = filter_from_parameter(alg.parameterAsString(parameters, FILTER, context), context)
    return workcopy, the_region, flt


def workcopy_from_parameters(alg: QgsProcessingAlgorithm, parameters: dict[str, Any],
                             context: QgsProcessingContext) -> str:
    path = alg.parameterAsFile(parameters, WORKCOPY, context)
    if not path or not Path(path).is_file():
        raise QgsProcessingException(tr("There is no working copy at {0}.").format(path))
    return path


def region_from_parameters(alg: QgsProcessingAlgorithm, parameters: dict[str, Any],
                           context: QgsProcessingContext) -> region.Region | str:
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
