"""Processing: distance buffers, travel-time service areas and coverage gaps of aid points (DESIGN §7).

- `mapujpomoc:buffers`: circles of one or more radii around points, computed in EPSG:2180.
- `mapujpomoc:networkserviceareas`: isochrone bands (field `minutes`) and the area each point is
  nearest to (field `aid_point_id`) over any road line layer, walk or drive; with a region, its
  coverage gaps too.
- `mapujpomoc:coveragegaps`: only the gaps: the parts of a region farther than T minutes from every
  point of the chosen help types, with the people not covered when a population layer is given.

The points may be a working copy's aid points (ids are their uuids; help types filter them) or any
point layer. Given a working copy, buffers and travel-time areas are also saved as the points'
service areas there, and go to the store with the next sync.
"""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from mapujpomoc_model import catalog

from ..core.i18n import current_language, tr
from ..core.service_areas import isochrones, network
from ..core.service_areas import storage as sas

POINTS, HELP_TYPES, ID_FIELD, WORKCOPY = "POINTS", "HELP_TYPES", "ID_FIELD", "WORKCOPY"
HELP_CODES = catalog.codes(catalog.HELP_TYPES)
PROFILES = ("walk", "drive")


def _help_type_options() -> list[str]:
    lang = current_language()
    return [f"{e.label(lang)} ({e.code})" for e in catalog.HELP_TYPES]


def add_point_parameters(alg: QgsProcessingAlgorithm) -> None:
    alg.addParameter(QgsProcessingParameterFeatureSource(
        POINTS, tr("Aid points (a working copy's aid_points or any point layer)"), [QgsProcessing.TypeVectorPoint]))
    alg.addParameter(QgsProcessingParameterEnum(
        HELP_TYPES, tr("Only points of these help types (none: all points)"), _help_type_options(),
        allowMultiple=True, optional=True))
    alg.addParameter(QgsProcessingParameterField(
        ID_FIELD, tr("Point identifier field (default: uuid when there is one, else the feature id)"),
        parentLayerParameterName=POINTS, optional=True))


def add_workcopy_parameter(alg: QgsProcessingAlgorithm) -> None:
    alg.addParameter(QgsProcessingParameterFile(
        WORKCOPY, tr("Also save the areas as the points' service areas in this working copy (optional)"),
        extension="gpkg", optional=True))


def read_points(alg: QgsProcessingAlgorithm, parameters: dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback, crs: Any) -> tuple[Any, list[Any]]:
    source = alg.parameterAsSource(parameters, POINTS, context)
    if source is None:
        raise QgsProcessingException(tr("The aid points cannot be read."))
    given = parameters.get(HELP_TYPES)
    # QGIS 3.22 reads an optional multiple enum left empty as [0]
    codes = [HELP_CODES[i] for i in alg.parameterAsEnums(parameters, HELP_TYPES, context)] \
        if given not in (None, "", []) else []
    id_field = alg.parameterAsString(parameters, ID_FIELD, context) or None
    try:
        xy, ids = sas.read_points(source, crs, codes, id_field, is_canceled=feedback.isCanceled)
    except ValueError as exc:
        raise QgsProcessingException(str(exc)) from exc
    if not ids:
        raise QgsProcessingException(tr("No aid point has the chosen help types.") if codes else
                                     tr("There are no points."))
    feedback.pushInfo(tr("%n aid point(s).", None, len(ids)))
    return xy, ids


def save_in_workcopy(alg: QgsProcessingAlgorithm, parameters: dict[str, Any], context: QgsProcessingContext,
                     feedback: QgsProcessingFeedback, records: list[sas.AreaRecord]) -> int:
    path = alg.parameterAsFile(parameters, WORKCOPY, context)
    if not path:
        return 0
    try:
        ok, problems = sas.writable(path, records)
        for p in problems:
            feedback.reportError(p)
        sas.write_areas(path, ok, replace=True)
    except Exception as exc:  # a locked, damaged or foreign GeoPackage: say so, the outputs stand
        raise QgsProcessingException(tr("The service areas could not be saved in {0}: {1}").format(path, exc)) \
            from exc
    feedback.pushInfo(tr("%n service area(s) saved in the working copy; sync to send them to the store.", None,
                         len(ok)))
    return len(ok)


def _sink(alg: QgsProcessingAlgorithm, parameters: dict[str, Any], name: str, context: QgsProcessingContext,
          fields: list[tuple[str, Any]], crs: Any) -> tuple[Any, str]:
    qfields = QgsFields()
    for n, t in fields:
        qfields.append(QgsField(n, t))
    sink, dest = alg.parameterAsSink(parameters, name, context, qfields, QgsWkbTypes.MultiPolygon, crs)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    return sink, dest


def _write(sink: Any, rows: list[tuple[Any, list[Any]]]) -> None:
    for geom, attrs in rows:
        f = QgsFeature()
        f.setGeometry(geom)
        f.setAttributes(attrs)
        sink.addFeature(f, QgsFeatureSink.FastInsert)


def _id_type(ids: list[Any]) -> Any:
    return QVariant.LongLong if ids and all(isinstance(i, int) for i in ids) else QVariant.String


class BufferAlgorithm(QgsProcessingAlgorithm):
    DISTANCES, OUTPUT, COUNT = "DISTANCES", "OUTPUT", "SAVED"

    def name(self) -> str:
        return "buffers"

    def displayName(self) -> str:
        return tr("Service areas: distance buffers")

    def group(self) -> str:
        return tr("Service areas")

    def groupId(self) -> str:
        return "serviceareas"

    def shortHelpString(self) -> str:
        return tr("Circles of one or more radii (metres) around aid points, computed in EPSG:2180 (PUWG 1992). "
                  "Output fields: aid_point_id, metres. Given a working copy, each circle is also saved there as "
                  "the point's service area of kind buffer (replacing an earlier one of the same radius) and is "
                  "sent to the store with the next sync.")

    def createInstance(self) -> BufferAlgorithm:
        return BufferAlgorithm()

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        add_point_parameters(self)
        self.addParameter(QgsProcessingParameterString(
            self.DISTANCES, tr("Distances in metres, separated by commas"), defaultValue="500, 1000"))
        add_workcopy_parameter(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Buffers"), QgsProcessing.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, tr("Service areas saved in the working copy")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        try:
            metres = sas.parse_numbers(self.parameterAsString(parameters, self.DISTANCES, context), tr("the distances"))
        except ValueError as exc:
            raise QgsProcessingException(str(exc)) from exc
        try:
            xy, ids = read_points(self, parameters, context, feedback, sas.BUFFER_CRS)
        except InterruptedError:
            return {}
        records = []
        for k in range(len(ids)):
            if feedback.isCanceled():
                return {}
            records += sas.buffer_records(xy[k:k + 1], ids[k:k + 1], metres)
            feedback.setProgress(90.0 * (k + 1) / len(ids))
        crs = QgsCoordinateReferenceSystem(sas.BUFFER_CRS)
        sink, dest = _sink(self, parameters, self.OUTPUT, context,
                           [("aid_point_id", _id_type(ids)), ("metres", QVariant.Double)], crs)
        by_id = dict(zip(map(str, ids), ids))
        _write(sink, [(r.geometry, [by_id.get(r.aid_point_id, r.aid_point_id), float(r.params["metres"])])
                            for r in records])
        saved = save_in_workcopy(self, parameters, context, feedback, records)
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.COUNT: saved}


class NetworkServiceAreaAlgorithm(QgsProcessingAlgorithm):
    ROADS, CLASS_FIELD, SPEEDS, ONEWAY_FIELD, PROFILE = "ROADS", "CLASS_FIELD", "SPEEDS", "ONEWAY_FIELD", "PROFILE"
    MINUTES, CELL_SIZE, MAX_SNAP, CRS = "MINUTES", "CELL_SIZE", "MAX_SNAP", "CRS"
    REGION, POPULATION, POPULATION_FIELD = "REGION", "POPULATION", "POPULATION_FIELD"
    ISOCHRONES, CATCHMENTS, GAPS = "ISOCHRONES", "CATCHMENTS", "GAPS"
    COUNT, NOT_COVERED = "SAVED", "NOT_COVERED"
    gaps_only = False

    def name(self) -> str:
        return "networkserviceareas"

    def displayName(self) -> str:
        return tr("Service areas: travel time over roads")

    def group(self) -> str:
        return tr("Service areas")

    def groupId(self) -> str:
        return "serviceareas"

    def shortHelpString(self) -> str:
        return tr("Travel-time areas of aid points over any road line layer: OSM lines (class field highway, "
                  "one-way streets and access tags read from other_tags), BDOT10k (KLASA_DROG) or any layer with a "
                  "class field whose classes get speeds as class=km/h. Walk (5 km/h) or drive (a speed per road "
                  "class, one-way streets honoured). One search from all points at once gives the isochrone bands "
                  "(field minutes: 0–5, 5–10, 10–15…), the area each point is nearest to within the largest "
                  "threshold (field aid_point_id) and, with a region, the coverage gaps (field minutes; with a "
                  "population layer the people not covered). Given a working copy, each point's area is saved "
                  "there as its service area of kind network.")

    def createInstance(self) -> NetworkServiceAreaAlgorithm:
        return type(self)()

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROADS, tr("Roads (lines)"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterField(
            self.CLASS_FIELD, tr("Road class field (default: highway)"), defaultValue="highway",
            parentLayerParameterName=self.ROADS, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.PROFILE, tr("Profile"), [tr("Walk"), tr("Drive")], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.SPEEDS, tr("Speeds per road class, km/h (e.g. residential=20, primary=40; 0 leaves a class out)"),
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ONEWAY_FIELD, tr("One-way field (yes/-1/no; default: OSM tags)"), parentLayerParameterName=self.ROADS,
            optional=True))
        add_point_parameters(self)
        self.addParameter(QgsProcessingParameterString(
            self.MINUTES, tr("Minutes, separated by commas"), defaultValue="5, 10, 15"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.REGION, tr("Region for coverage gaps"), [QgsProcessing.TypeVectorPolygon],
            optional=not self.gaps_only))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.POPULATION, tr("Population (optional)"), [QgsProcessing.TypeVectorAnyGeometry], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, tr("Population field"), parentLayerParameterName=self.POPULATION,
            type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, tr("Cell size (m)"), QgsProcessingParameterNumber.Double, isochrones.DEFAULT_CELL,
            minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_SNAP, tr("Leave out points farther from every road than (m)"), QgsProcessingParameterNumber.Double,
            1000.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, tr("Metric CRS of the computation and the outputs (default: EPSG:2180)"),
            defaultValue="EPSG:2180", optional=True))
        if not self.gaps_only:
            add_workcopy_parameter(self)
            self.addParameter(QgsProcessingParameterFeatureSink(
                self.ISOCHRONES, tr("Isochrones"), QgsProcessing.TypeVectorPolygon))
            self.addParameter(QgsProcessingParameterFeatureSink(
                self.CATCHMENTS, tr("Nearest aid point areas"), QgsProcessing.TypeVectorPolygon))
            self.addOutput(QgsProcessingOutputNumber(self.COUNT, tr("Service areas saved in the working copy")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.GAPS, tr("Coverage gaps"), QgsProcessing.TypeVectorPolygon, optional=not self.gaps_only,
            createByDefault=self.gaps_only))
        self.addOutput(QgsProcessingOutputNumber(self.NOT_COVERED, tr("People not covered within the largest "
                                                                      "threshold")))

    def _roads(self, parameters: dict[str, Any], context: QgsProcessingContext) -> Any:
        """A file layer as it is (the engine reads its file directly), anything else as a feature source."""
        value = parameters.get(self.ROADS)
        if not isinstance(value, QgsProcessingFeatureSourceDefinition):
            layer = self.parameterAsVectorLayer(parameters, self.ROADS, context)
            if layer is not None and layer.providerType() == "ogr" and not layer.isEditable():
                return layer
        source = self.parameterAsSource(parameters, self.ROADS, context)
        if source is None:
            raise QgsProcessingException(tr("The roads cannot be read."))
        return source

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        try:
            return self._process(parameters, context, feedback)
        except InterruptedError:  # cancelled: no outputs
            return {}

    def _process(self, parameters: dict[str, Any], context: QgsProcessingContext,
                 feedback: QgsProcessingFeedback) -> dict[str, Any]:
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid() and not parameters.get(self.CRS):
            crs = QgsCoordinateReferenceSystem("EPSG:2180")
        if not crs.isValid() or crs.isGeographic():
            raise QgsProcessingException(tr("Choose a projected CRS in metres, e.g. EPSG:2180."))
        profile_name = PROFILES[self.parameterAsEnum(parameters, self.PROFILE, context)]
        class_field = self.parameterAsString(parameters, self.CLASS_FIELD, context) or "highway"
        oneway_field = self.parameterAsString(parameters, self.ONEWAY_FIELD, context) or None
        try:
            minutes = sas.parse_numbers(self.parameterAsString(parameters, self.MINUTES, context), tr("the minutes"))
            speeds = sas.parse_speeds(self.parameterAsString(parameters, self.SPEEDS, context))
            profile = sas.profile_for(profile_name, class_field, speeds)
        except ValueError as exc:
            raise QgsProcessingException(str(exc)) from exc
        region = None
        region_source = self.parameterAsSource(parameters, self.REGION, context)
        if region_source is not None:
            region = sas.region_geometry(_AsLayer(region_source), crs)
            if region.isEmpty():
                raise QgsProcessingException(tr("The region has no polygons."))
        elif self.gaps_only:
            raise QgsProcessingException(tr("Choose the region for the coverage gaps."))
        population = self.parameterAsSource(parameters, self.POPULATION, context)
        population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None
        if population is not None and not population_field:
            raise QgsProcessingException(tr("Choose the population field."))
        xy, ids = read_points(self, parameters, context, feedback, crs)
        feedback.setProgressText(tr("Reading the roads…"))
        roads = self._roads(parameters, context)
        try:
            graph = network.graph_from_layer(roads, profile, crs, class_field=class_field, oneway_field=oneway_field,
                                             is_canceled=feedback.isCanceled)
        except ValueError as exc:
            raise QgsProcessingException(str(exc)) from exc
        if graph.node_count == 0:
            raise QgsProcessingException(tr("The road layer has no roads this profile can use."))
        feedback.pushInfo(tr("Road graph: {0} nodes, {1} edges.").format(graph.node_count, graph.edge_count))
        feedback.setProgress(40)
        feedback.setProgressText(tr("Travel times…"))
        try:
            areas = isochrones.service_areas(
                graph, xy, minutes, ids=ids, cell_size=self.parameterAsDouble(parameters, self.CELL_SIZE, context),
                region=region, population=_AsLayer(population) if population is not None else None,
                population_field=population_field, catchments=not self.gaps_only,
                max_snap=self.parameterAsDouble(parameters, self.MAX_SNAP, context) or None,
                is_canceled=feedback.isCanceled)
        except ValueError as exc:
            raise QgsProcessingException(str(exc)) from exc
        if areas.unsnapped:
            feedback.reportError(tr("Left out %n point(s) too far from every road.", None, len(areas.unsnapped)))
        feedback.setProgress(85)
        out: dict[str, Any] = {}
        if not self.gaps_only:
            sink, out[self.ISOCHRONES] = _sink(self, parameters, self.ISOCHRONES, context,
                                               [("minutes", QVariant.Double), ("area_m2", QVariant.Double)], crs)
            _write(sink, [(g, [m, g.area()]) for m, g in areas.bands if not g.isEmpty()])
            sink, out[self.CATCHMENTS] = _sink(self, parameters, self.CATCHMENTS, context,
                                               [("aid_point_id", _id_type(ids)), ("area_m2", QVariant.Double)], crs)
            _write(sink, [(g, [i, g.area()]) for i, g in areas.catchments])
        not_covered = None
        if areas.gaps and (self.gaps_only or parameters.get(self.GAPS)):
            sink, out[self.GAPS] = _sink(self, parameters, self.GAPS, context,
                                         [("minutes", QVariant.Double), ("area_m2", QVariant.Double),
                                          ("population", QVariant.Double)], crs)
            _write(sink, [(g, [m, g.area(), p]) for m, g, p in areas.gaps if not g.isEmpty()])
            not_covered = areas.gaps[-1][2]
            for m, g, p in areas.gaps:
                feedback.pushInfo(tr("Farther than {0:g} min: {1:.2f} km²").format(m, g.area() / 1e6) +
                                  ("" if p is None else "; " + tr("{0:,.0f} people").format(p)))
        if not self.gaps_only:
            out[self.COUNT] = save_in_workcopy(self, parameters, context, feedback, sas.network_records(
                areas, {"minutes": sas._number(minutes[-1]), "profile": profile_name})) \
                if self.parameterAsFile(parameters, WORKCOPY, context) else 0
        out[self.NOT_COVERED] = not_covered
        feedback.setProgress(100)
        return out


class CoverageGapsAlgorithm(NetworkServiceAreaAlgorithm):
    gaps_only = True

    def name(self) -> str:
        return "coveragegaps"

    def displayName(self) -> str:
        return tr("Service areas: coverage gaps")

    def shortHelpString(self) -> str:
        return tr("The parts of a region (a commune, a county or any polygons) farther than T minutes, over the "
                  "roads, from every aid point of the chosen help types; one feature per threshold (field "
                  "minutes). With a population layer (points, or polygons counted at their centroid) and its "
                  "field, the number of people not covered (field population).")


class _AsLayer:
    """A Processing feature source where the engine expects a layer (fields, crs, getFeatures)."""

    def __init__(self, source: Any) -> None:
        self.source = source

    def fields(self) -> QgsFields:
        return self.source.fields()

    def crs(self) -> QgsCoordinateReferenceSystem:
        return self.source.sourceCrs()

    def getFeatures(self, request: QgsFeatureRequest | None = None) -> Any:  # noqa: N802
        return self.source.getFeatures(request or QgsFeatureRequest())
