"""Processing: distance buffers, travel-time service areas and coverage gaps of aid points
(docs/ARCHITECTURE.md, "Service areas"): parameters in, the capability's entry points
(core/service_areas/api.py) called, their outcome written to the sinks.

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
    QgsFeatureSink,
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
from qgis.PyQt.QtCore import QMetaType

from mapujpomoc_model import catalog

from ..core import compat
from ..core.errors import Cancelled, MapujPomocError
from ..core.i18n import current_language, tr
from ..core.service_areas import api, inputs, profiles, storage

POINTS, HELP_TYPES, ID_FIELD, WORKCOPY = "POINTS", "HELP_TYPES", "ID_FIELD", "WORKCOPY"
HELP_CODES = catalog.codes(catalog.HELP_TYPES)
PROFILES = ("walk", "drive")


def _help_type_options() -> list[str]:
    lang = current_language()
    return [f"{e.label(lang)} ({e.code})" for e in catalog.HELP_TYPES]


def add_point_parameters(alg: QgsProcessingAlgorithm) -> None:
    alg.addParameter(QgsProcessingParameterFeatureSource(
        POINTS, tr("Aid points (a working copy's aid_points or any point layer)"),
        [QgsProcessing.SourceType.TypeVectorPoint]))
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
    xy, ids = inputs.chosen_points(source, crs, codes, id_field, feedback=feedback)
    feedback.pushInfo(tr("%n aid point(s).", None, len(ids)))
    return xy, ids


def save_in_workcopy(alg: QgsProcessingAlgorithm, parameters: dict[str, Any], context: QgsProcessingContext,
                     feedback: QgsProcessingFeedback, records: list[storage.AreaRecord]) -> int:
    path = alg.parameterAsFile(parameters, WORKCOPY, context)
    if not path:
        return 0
    try:
        saved = api.save_areas(records, path)
    except Exception as exc:  # a locked, damaged or foreign GeoPackage: say so, the outputs stand
        raise QgsProcessingException(tr("The service areas could not be saved in {0}: {1}").format(path, exc)) \
            from exc
    for p in saved.problems:
        feedback.reportError(p)
    feedback.pushInfo(tr("%n service area(s) saved in the working copy; sync to send them to the store.", None,
                         saved.count))
    return saved.count


def _sink(alg: QgsProcessingAlgorithm, parameters: dict[str, Any], name: str, context: QgsProcessingContext,
          fields: list[tuple[str, Any]], crs: Any) -> tuple[Any, str]:
    qfields = QgsFields()
    for n, t in fields:
        qfields.append(compat.field(n, t))
    sink, dest = alg.parameterAsSink(parameters, name, context, qfields, QgsWkbTypes.Type.MultiPolygon, crs)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    return sink, dest


def _write(sink: Any, rows: list[tuple[Any, list[Any]]]) -> None:
    for geom, attrs in rows:
        f = QgsFeature()
        f.setGeometry(geom)
        f.setAttributes(attrs)
        sink.addFeature(f, QgsFeatureSink.Flag.FastInsert)


def _id_type(ids: list[Any]) -> Any:
    return QMetaType.Type.LongLong if ids and all(isinstance(i, int) for i in ids) else QMetaType.Type.QString


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
            self.OUTPUT, tr("Buffers"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, tr("Service areas saved in the working copy")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        try:
            metres = inputs.parse_numbers(self.parameterAsString(parameters, self.DISTANCES, context),
                                          tr("the distances"))
            xy, ids = read_points(self, parameters, context, feedback, api.BUFFER_CRS)
            records = api.buffers(xy, ids, metres, feedback)
        except Cancelled:  # no outputs
            return {}
        except MapujPomocError as exc:
            raise QgsProcessingException(str(exc)) from exc
        crs = QgsCoordinateReferenceSystem(api.BUFFER_CRS)
        sink, dest = _sink(self, parameters, self.OUTPUT, context,
                           [("aid_point_id", _id_type(ids)), ("metres", QMetaType.Type.Double)], crs)
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
            self.ROADS, tr("Roads (lines)"), [QgsProcessing.SourceType.TypeVectorLine]))
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
            self.REGION, tr("Region for coverage gaps"), [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=not self.gaps_only))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.POPULATION, tr("Population (optional)"), [QgsProcessing.SourceType.TypeVectorAnyGeometry],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, tr("Population field"), parentLayerParameterName=self.POPULATION,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, tr("Cell size (m)"), QgsProcessingParameterNumber.Type.Double, api.DEFAULT_CELL,
            minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_SNAP, tr("Leave out points farther from every road than (m)"),
            QgsProcessingParameterNumber.Type.Double, api.MAX_SNAP, minValue=0.0))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, tr("Metric CRS of the computation and the outputs (default: EPSG:2180)"),
            defaultValue="EPSG:2180", optional=True))
        if not self.gaps_only:
            add_workcopy_parameter(self)
            self.addParameter(QgsProcessingParameterFeatureSink(
                self.ISOCHRONES, tr("Isochrones"), QgsProcessing.SourceType.TypeVectorPolygon))
            self.addParameter(QgsProcessingParameterFeatureSink(
                self.CATCHMENTS, tr("Nearest aid point areas"), QgsProcessing.SourceType.TypeVectorPolygon))
            self.addOutput(QgsProcessingOutputNumber(self.COUNT, tr("Service areas saved in the working copy")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.GAPS, tr("Coverage gaps"), QgsProcessing.SourceType.TypeVectorPolygon, optional=not self.gaps_only,
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
        except Cancelled:  # no outputs
            return {}
        except MapujPomocError as exc:
            raise QgsProcessingException(str(exc)) from exc

    def _process(self, parameters: dict[str, Any], context: QgsProcessingContext,
                 feedback: QgsProcessingFeedback) -> dict[str, Any]:
        request = self._request(parameters, context, feedback)
        areas = api.travel_time_areas(request, feedback)
        feedback.pushInfo(tr("Road graph: {0} nodes, {1} edges.").format(areas.graph.node_count,
                                                                         areas.graph.edge_count))
        if areas.unsnapped:
            feedback.reportError(tr("Left out %n point(s) too far from every road.", None, len(areas.unsnapped)))
        out = self._write_outputs(parameters, context, feedback, areas, request.crs)
        if not self.gaps_only:
            out[self.COUNT] = save_in_workcopy(self, parameters, context, feedback, storage.network_records(areas)) \
                if self.parameterAsFile(parameters, WORKCOPY, context) else 0
        feedback.setProgress(100)
        return out

    def _request(self, parameters: dict[str, Any], context: QgsProcessingContext,
                 feedback: QgsProcessingFeedback) -> api.TravelTimeRequest:
        """The parameters as the entry point's request (QgsProcessingException or ServiceAreaError when wrong)."""
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid() and not parameters.get(self.CRS):
            crs = QgsCoordinateReferenceSystem("EPSG:2180")
        if not crs.isValid() or crs.isGeographic():
            raise QgsProcessingException(tr("Choose a projected CRS in metres, e.g. EPSG:2180."))
        profile_name = PROFILES[self.parameterAsEnum(parameters, self.PROFILE, context)]
        class_field = self.parameterAsString(parameters, self.CLASS_FIELD, context) or "highway"
        minutes = inputs.parse_numbers(self.parameterAsString(parameters, self.MINUTES, context), tr("the minutes"))
        speeds = inputs.parse_speeds(self.parameterAsString(parameters, self.SPEEDS, context))
        profile = profiles.profile_for(profile_name, class_field, speeds)
        region = None
        region_source = self.parameterAsSource(parameters, self.REGION, context)
        if region_source is not None:
            region = inputs.region_geometry(region_source, crs)
        elif self.gaps_only:
            raise QgsProcessingException(tr("Choose the region for the coverage gaps."))
        population = self.parameterAsSource(parameters, self.POPULATION, context)
        population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None
        if population is not None and not population_field:
            raise QgsProcessingException(tr("Choose the population field."))
        xy, ids = read_points(self, parameters, context, feedback, crs)
        return api.TravelTimeRequest(
            self._roads(parameters, context), xy, ids, minutes, profile, class_field,
            self.parameterAsString(parameters, self.ONEWAY_FIELD, context) or None, crs,
            cell_size=self.parameterAsDouble(parameters, self.CELL_SIZE, context),
            max_snap=self.parameterAsDouble(parameters, self.MAX_SNAP, context) or None,
            catchments=not self.gaps_only, region=region, population=population, population_field=population_field)

    def _write_outputs(self, parameters: dict[str, Any], context: QgsProcessingContext,
                       feedback: QgsProcessingFeedback, areas: Any, crs: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if not self.gaps_only:
            sink, out[self.ISOCHRONES] = _sink(self, parameters, self.ISOCHRONES, context,
                                               [("minutes", QMetaType.Type.Double),
                                                ("area_m2", QMetaType.Type.Double)], crs)
            _write(sink, [(g, [m, g.area()]) for m, g in areas.bands if not g.isEmpty()])
            sink, out[self.CATCHMENTS] = _sink(self, parameters, self.CATCHMENTS, context,
                                               [("aid_point_id", _id_type(areas.ids)),
                                                ("area_m2", QMetaType.Type.Double)], crs)
            _write(sink, [(g, [i, g.area()]) for i, g in areas.catchments])
        not_covered = None
        if areas.gaps and (self.gaps_only or parameters.get(self.GAPS)):
            sink, out[self.GAPS] = _sink(self, parameters, self.GAPS, context,
                                         [("minutes", QMetaType.Type.Double), ("area_m2", QMetaType.Type.Double),
                                          ("population", QMetaType.Type.Double)], crs)
            _write(sink, [(g, [m, g.area(), p]) for m, g, p in areas.gaps if not g.isEmpty()])
            not_covered = areas.gaps[-1][2]
            for m, g, p in areas.gaps:
                feedback.pushInfo(tr("Farther than {0:g} min: {1:.2f} km²").format(m, g.area() / 1e6) +
                                  ("" if p is None else "; " + tr("{0:,.0f} people").format(p)))
        out[self.NOT_COVERED] = not_covered
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
