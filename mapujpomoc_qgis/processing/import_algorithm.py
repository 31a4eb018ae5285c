"""Processing: import a list of help points into a working copy (core.importing.api.run_import).

The same entry point as `mapujpomoc import`: new rows created, updates applied, probable duplicates
skipped, merged or created as asked, refused rows in the report; written as edits of the working copy
(synced like any edit).
"""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.errors import Cancelled, MapujPomocError
from ..core.i18n import tr
from ..core.importing.api import DUPLICATE_ACTIONS, ImportRequest, run_import
from ..core.importing.columns import ColumnMapping
from .region_parameters import WORKCOPY, default_workcopy, workcopy_from_parameters


class ImportListAlgorithm(QgsProcessingAlgorithm):
    INPUT, INPUT_LAYER, SHEET, MAPPING, CRS, DISTANCE, DUPLICATES, UPDATES, DRY_RUN, REPORT = (
        "INPUT", "INPUT_LAYER", "SHEET", "MAPPING", "CRS", "DISTANCE", "DUPLICATES", "UPDATES", "DRY_RUN", "REPORT")
    OUTCOMES = ("created", "updated", "merged", "skipped", "refused")

    def name(self) -> str:
        return "import"

    def displayName(self) -> str:
        return tr("Import a list of help points")

    def group(self) -> str:
        return tr("Import")

    def groupId(self) -> str:
        return "import"

    def createInstance(self) -> QgsProcessingAlgorithm:
        return type(self)()

    def shortHelpString(self) -> str:
        return tr("Imports a spreadsheet or layer of help points (CSV in any encoding and delimiter, XLSX, "
                  "GeoPackage, GeoJSON or a point layer of the project) into the working copy as edits, to be sent "
                  "with the next sync. Columns are recognised by their names in Polish, Ukrainian or English, or "
                  "taken from a saved mapping; help types and the other lists from their labels. Rows are placed by "
                  "longitude/latitude, X/Y in the given CRS or the centre of their commune (to be checked). Each row "
                  "is new, an update of a point on the map or a probable duplicate; rows that break the rules or "
                  "lie outside your area are refused. The report lists what was done with each row and why.")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(QgsProcessingParameterFile(
            WORKCOPY, tr("Working copy (GeoPackage)"), extension="gpkg", defaultValue=default_workcopy() or None))
        self.addParameter(QgsProcessingParameterFile(self.INPUT, tr("List to import (CSV, XLSX, GeoPackage, GeoJSON)"),
                                                     optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.INPUT_LAYER, tr("…or a layer of the project (used when no file is given)"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SHEET, tr("Sheet or layer in the file (empty: the first)"), optional=True))
        self.addParameter(QgsProcessingParameterFile(self.MAPPING, tr("Saved column mapping (JSON)"), optional=True,
                                                     extension="json"))
        self.addParameter(QgsProcessingParameterCrs(self.CRS, tr("CRS of X/Y columns"), defaultValue="EPSG:2180",
                                                    optional=True))
        distance = QgsProcessingParameterNumber(
            self.DISTANCE, tr("Distance within which a similar name is a probable duplicate (metres)"),
            QgsProcessingParameterNumber.Type.Double, 250.0, minValue=0)
        self.addParameter(distance)
        self.addParameter(QgsProcessingParameterEnum(
            self.DUPLICATES, tr("Probable duplicates"),
            options=[tr("Skip"), tr("Merge: fill the empty fields of the point on the map"), tr("Create anyway")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(self.UPDATES, tr("Update points already on the map"), True))
        self.addParameter(QgsProcessingParameterBoolean(self.DRY_RUN, tr("Only plan and report, write nothing"),
                                                        False))
        self.addParameter(QgsProcessingParameterFileDestination(self.REPORT, tr("Import report"), "CSV (*.csv)",
                                                                optional=True))
        for key in self.OUTCOMES:
            self.addOutput(QgsProcessingOutputNumber(key.upper(), key))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        workcopy = workcopy_from_parameters(self, parameters, context)
        source: Any = self.parameterAsFile(parameters, self.INPUT, context)
        if not source:
            source = self.parameterAsVectorLayer(parameters, self.INPUT_LAYER, context)
        if not source:
            raise QgsProcessingException(tr("Give a file or a layer to import."))
        mapping_path = self.parameterAsFile(parameters, self.MAPPING, context)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        report = self.parameterAsFileOutput(parameters, self.REPORT, context) or None
        try:
            request = ImportRequest(
                workcopy, source, ColumnMapping.load(mapping_path) if mapping_path else None,
                self.parameterAsString(parameters, self.SHEET, context) or "",
                distance=self.parameterAsDouble(parameters, self.DISTANCE, context),
                duplicates=DUPLICATE_ACTIONS[self.parameterAsEnum(parameters, self.DUPLICATES, context)],
                updates=self.parameterAsBoolean(parameters, self.UPDATES, context),
                crs=crs.authid() if crs.isValid() and crs.authid() else "")
            result = run_import(request, report, feedback,
                                dry_run=self.parameterAsBoolean(parameters, self.DRY_RUN, context))
        except Cancelled:
            feedback.reportError(tr("Import cancelled."), True)
            return {}
        except MapujPomocError as exc:
            raise QgsProcessingException(str(exc)) from exc
        counts = result.plan.counts()
        feedback.pushInfo(tr("Rows: {0} new, {1} updates, {2} unchanged, {3} probable duplicates, {4} invalid, "
                             "{5} outside your area").format(*counts.values()))
        for r in result.plan.rows:
            if r.refused:
                feedback.pushWarning(tr("Row {0} ({1}) refused: {2}").format(r.row, r.name, "; ".join(r.reasons)))
        if result.counts:
            feedback.pushInfo(result.summary())
        out: dict[str, Any] = {k.upper(): result.counts.get(k, 0) for k in self.OUTCOMES}
        if result.report:
            out[self.REPORT] = str(result.report)
        return out
