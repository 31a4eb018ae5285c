"""A KML export written by the plugin itself, the same file whichever KML driver GDAL has
(docs/ARCHITECTURE.md, "Export").

GDAL has two KML writers and they disagree: LIBKML writes the shared styles of an OGR style table, the
older "KML" driver (the only one in Debian's GDAL 3.13, for instance) writes none, puts an inline style on
every polygon and types every number as a string. So the export writes KML itself, with OGR only for the
coordinates (`Geometry.ExportToKML`, in every GDAL):

    <kml><Document id="root_doc">
      <Style id="help-food">…</Style> …               one shared style per icon type (kml_styles)
      <Schema name="aid_points" id="aid_points.schema"><SimpleField name="uuid" type="string"/> …
      <Folder id="aid_points"><name>aid_points</name>   one folder per layer
        <Placemark><name/><description/><styleUrl>#help-food</styleUrl>
          <ExtendedData><SchemaData schemaUrl="#aid_points.schema"><SimpleData name="uuid">…</SimpleData> …
          <Point><coordinates>lon,lat</coordinates></Point>

Every column but `name` and `description` (the placemark's own elements) is a SimpleData, so every
attribute is in the file. GDAL's LIBKML driver reads them back as fields (a folder is a layer); the older
KML driver reads only the name and the description, whatever wrote the file. A column named like a KML
element LIBKML reads into a field of its own (`visibility` is a placemark's shown/hidden flag there) is
written with `point_` before its name, so that reading it back does not turn "public" into 0.

Texts are made inert by the caller (`LayerWriter.value`: HTML-escaped, characters XML cannot carry
replaced) and XML-escaped here, so no element or attribute can come from a point's text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO
from xml.sax.saxutils import escape, quoteattr

from mapujpomoc_model import schema

from ..i18n import tr
from ..progress import Feedback, checkpoint
from .kml_styles import LABEL_SCALE, kml_colour
from .layer_writer import REAL, LayerSpec, LayerWriter

KML_NS = "http://www.opengis.net/kml/2.2"
OWN_ELEMENTS = ("name", "description")  # columns written as the placemark's own elements
# fields LIBKML reads from a placemark's own elements (its LIBKML_*_FIELD options), so a data column must
# not take their names
LIBKML_FIELDS = frozenset(("id", "name", "description", "timestamp", "begin", "end", "altitudemode", "tessellate",
                           "extrude", "visibility", "draworder", "icon", "snippet"))
RENAMED_PREFIX = "point_"


def data_name(column: str) -> str:
    """The SimpleData name of a column."""
    return RENAMED_PREFIX + column if column.casefold() in LIBKML_FIELDS else column


def simple_type(kind: str) -> str:
    """A column kind as a KML SimpleField type."""
    return {schema.INT: "int", REAL: "double"}.get(kind, "string")


def text_of(value: Any) -> str:
    """A field value as the text of a SimpleData (numbers in full, without a float's noise)."""
    if isinstance(value, float):
        return format(value, ".15g")
    return str(value)


def _element(tag: str, text: str, attrs: str = "") -> str:
    return f"<{tag}{attrs}>{escape(text)}</{tag}>"


def _style(style_id: str, colour: str, href: str) -> str:
    c = kml_colour(colour)
    return (f'  <Style id={quoteattr(style_id)}><IconStyle>{_element("color", c)}<Icon>{_element("href", href)}'
            f'</Icon></IconStyle><LabelStyle>{_element("color", c)}<scale>{LABEL_SCALE:g}</scale></LabelStyle>'
            f"</Style>\n")


def _schema(name: str, columns: list[tuple[str, str]]) -> str:
    fields = "".join(f"    <SimpleField name={quoteattr(data_name(c))} type={quoteattr(simple_type(k))}/>\n"
                     for c, k in columns if c not in OWN_ELEMENTS)
    return f"  <Schema name={quoteattr(name)} id={quoteattr(name + '.schema')}>\n{fields}  </Schema>\n"


class KmlWriter:
    """Writes the layers of one KML file (see the module doc); `values` gives each field's value as the
    export writes it (the same conventions as the other formats, texts made inert)."""

    def __init__(self, values: LayerWriter, styles: dict[str, tuple[str, str]]) -> None:
        self.values = values
        self.styles = styles  # style id -> (colour '#RRGGBB', icon href)

    def write(self, path: Path, layers: dict[str, LayerSpec], feedback: Feedback | None,
              progress: tuple[float, float], style_of: Callable[[dict[str, Any]], str | None] | None = None,
              styled: Iterable[str] = ("aid_points",)) -> dict[str, int]:
        """All `layers` into `path` (progress from `progress[0]` over `progress[1]` percent); the rows of the
        `styled` layers get `style_of(row)` as their styleUrl. Returns layer -> features written."""
        counts: dict[str, int] = {}
        start, span = progress
        share = span / max(len(layers), 1)
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            out.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="{KML_NS}">\n<Document id="root_doc">\n')
            out.writelines(_style(sid, colour, href) for sid, (colour, href) in self.styles.items())
            out.writelines(_schema(name, layer.columns) for name, layer in layers.items())
            for i, (name, layer) in enumerate(layers.items()):
                counts[name] = self._folder(out, name, layer, style_of if name in styled else None, feedback,
                                            (start + i * share, share))
            out.write("</Document>\n</kml>\n")
        return counts

    def _folder(self, out: TextIO, name: str, layer: LayerSpec, style_of: Callable[[dict[str, Any]], str | None] | None,
                feedback: Feedback | None, progress: tuple[float, float]) -> int:
        start, span = progress
        out.write(f"  <Folder id={quoteattr(name)}>{_element('name', name)}\n")
        for i, row in enumerate(layer.rows):
            if i % 100 == 0:
                checkpoint(feedback, start + span * i / max(len(layer.rows), 1), cancelled=tr("Export cancelled."))
            out.write(self._placemark(name, layer, row, style_of(row) if style_of else None))
        out.write("  </Folder>\n")
        return len(layer.rows)

    def _placemark(self, name: str, layer: LayerSpec, row: dict[str, Any], style_id: str | None) -> str:
        """One placemark, its elements in the order KML 2.2 prescribes."""
        own = {c: self.values.value(row.get(c), k) for c, k in layer.columns if c in OWN_ELEMENTS}
        parts = ["    <Placemark>"]
        parts += [_element(tag, text_of(own[tag])) for tag in OWN_ELEMENTS if own.get(tag) is not None]
        if style_id:
            parts.append(_element("styleUrl", f"#{style_id}"))
        data = []
        for column, kind in layer.columns:
            value = self.values.value(row.get(column), kind) if column not in OWN_ELEMENTS else None
            if value is not None:
                data.append(_element("SimpleData", text_of(value), f" name={quoteattr(data_name(column))}"))
        if data:
            parts.append(f"<ExtendedData><SchemaData schemaUrl={quoteattr('#' + name + '.schema')}>"
                         + "".join(data) + "</SchemaData></ExtendedData>")
        geom = self.values.geometry(layer.geometry(row))
        if geom is not None and not geom.IsEmpty():
            parts.append(geom.ExportToKML())
        return "".join(parts) + "</Placemark>\n"
