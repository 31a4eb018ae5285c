"""Processing: a printed map (PDF) of the aid points of a region (core.printing.print_map.print_map)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterString,
)

from ..core import basemaps
from ..core.errors import Cancelled, MapujPomocError
from ..core.i18n import tr
from ..core.printing.print_map import print_map
from ..core.printing.print_spec import LANGUAGE_PAIRS, TEMPLATES, PrintSpec
from .region_parameters import (
    RegionAlgorithm,
    add_source_parameters,
    add_version_parameter,
    source_from_parameters,
    version_from_parameters,
)


class PrintMapAlgorithm(RegionAlgorithm):
    ATLAS, TEMPLATE, TEMPLATE_FILE, LANGUAGES, TITLE, OUTPUT, PAGES, POINTS = (
        "ATLAS", "TEMPLATE", "TEMPLATE_FILE", "LANGUAGES", "TITLE", "OUTPUT", "PAGES", "POINTS")
    TEMPLATE_KEYS = list(TEMPLATES)
    BASEMAP, BASEMAP_URL, BASEMAP_LAYER, BASEMAP_ATTRIBUTION = (
        "BASEMAP", "BASEMAP_URL", "BASEMAP_LAYER", "BASEMAP_ATTRIBUTION")
    BASEMAP_KEYS = [basemaps.NONE, *basemaps.PRESETS]

    def name(self) -> str:
        return "print"

    def displayName(self) -> str:
        return tr("Print map of aid points (PDF)")

    def shortHelpString(self) -> str:
        return tr("Prints the aid points of a region, kept by a filter, to a PDF: map, a legend of the help types "
                  "shown with their icons and labels in two languages, a numbered table of the points (name, "
                  "address, phone, opening hours, help types), scale bar, north arrow, date and source. With "
                  "'atlas', one page per commune of the region.")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        add_source_parameters(self)
        add_version_parameter(self)
        self.addParameter(QgsProcessingParameterBoolean(self.ATLAS, tr("Atlas: one page per commune"), False))
        self.addParameter(QgsProcessingParameterEnum(
            self.TEMPLATE, tr("Template"), options=[template_label(k) for k in self.TEMPLATE_KEYS], defaultValue=0))
        self.addParameter(QgsProcessingParameterFile(
            self.TEMPLATE_FILE, tr("…or a template file (.qpt with the same item ids)"), extension="qpt",
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGES, tr("Languages"), options=["+".join(p) for p in LANGUAGE_PAIRS], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(self.TITLE, tr("Title (empty: the default)"), optional=True))
        titles = basemaps.preset_titles()
        self.addParameter(QgsProcessingParameterEnum(
            self.BASEMAP, tr("Basemap"), options=[titles[k] for k in self.BASEMAP_KEYS], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.BASEMAP_URL, tr("…or the address of XYZ tiles ({z}/{x}/{y})"), optional=True))
        self.addParameter(QgsProcessingParameterMapLayer(
            self.BASEMAP_LAYER, tr("…or a layer of the project as the basemap"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.BASEMAP_ATTRIBUTION, tr("Basemap attribution (empty: the basemap's own)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("PDF"), tr("PDF (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, tr("Pages")))
        self.addOutput(QgsProcessingOutputNumber(self.POINTS, tr("Aid points printed")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        workcopy, the_region, flt = source_from_parameters(self, parameters, context)
        template_file = self.parameterAsFile(parameters, self.TEMPLATE_FILE, context)
        template = template_file or self.TEMPLATE_KEYS[self.parameterAsEnum(parameters, self.TEMPLATE, context)]
        spec = PrintSpec(
            region=the_region, flt=flt, template=template,
            languages=LANGUAGE_PAIRS[self.parameterAsEnum(parameters, self.LANGUAGES, context)],
            atlas=self.parameterAsBoolean(parameters, self.ATLAS, context),
            title=self.parameterAsString(parameters, self.TITLE, context) or "",
            version=version_from_parameters(self, parameters, context),
            basemap=self._basemap(parameters, context))
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if Path(out).suffix.lower() != ".pdf":
            out = str(Path(out).with_suffix(".pdf"))
        try:
            result = print_map(workcopy, spec, out, feedback)
        except Cancelled:
            feedback.reportError(tr("Printing cancelled."), True)
            return {}
        except MapujPomocError as exc:
            raise QgsProcessingException(str(exc)) from exc
        feedback.pushInfo(result.summary())
        return {self.OUTPUT: str(result.path), self.PAGES: result.pages, self.POINTS: result.points}

    def _basemap(self, parameters: dict[str, Any], context: QgsProcessingContext) -> basemaps.Basemap | None:
        """A layer first, then an XYZ address, then the chosen preset; the attribution given overrides."""
        attribution = self.parameterAsString(parameters, self.BASEMAP_ATTRIBUTION, context) or ""
        try:
            layer = self.parameterAsLayer(parameters, self.BASEMAP_LAYER, context)
            if layer is not None:
                found = basemaps.from_layer(layer)
            else:
                url = self.parameterAsString(parameters, self.BASEMAP_URL, context) or \
                    self.BASEMAP_KEYS[self.parameterAsEnum(parameters, self.BASEMAP, context)]
                found = basemaps.parse(url)
        except MapujPomocError as exc:
            raise QgsProcessingException(str(exc)) from exc
        if found is not None and attribution:
            found = dataclasses.replace(found, attribution=attribution)
        return found


def template_label(key: str) -> str:
    return {"a4_portrait": tr("A4 portrait"), "a3_landscape": tr("A3 landscape")}.get(key, key)
