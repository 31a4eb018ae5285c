"""Regional export: the aid points of a region (and the current filter) to GeoPackage, GeoJSON, CSV, XLSX or KML
(docs/ARCHITECTURE.md, "Export").

`export_region` is the one entry point: the export dialog (through `ExportTask`), the Processing algorithm
`mapujpomoc:export` and `mapujpomoc export` call it. The points, their service areas and the boundaries
come from `filtering.selection.select`, clipped to the region; `layer_writer` writes each layer in its
format's conventions. A GeoPackage gets its layer styles embedded (`gpkg_styles`), so it opens styled in
any QGIS without the plugin. GeoJSON and CSV hold one layer per file, so service areas and boundaries go
to files beside the output. A KML is written by `kml_writer` (the same file whatever KML driver GDAL
has) and carries one shared style per help type (`help-<code>`: the type's colour and icon, see
`kml_styles`); each placemark points to the style of its icon type and its description names its help
types in the export's languages.

An export is the public version (the default) or the staff version of the points (`filtering.privacy`,
README "Privacy"); the file says which: an `export_version` column on the points and service areas,
and the layer description of a GeoPackage or GeoJSON.

Reading uses sqlite3 and writing GDAL; nothing here touches a widget or the project, so it runs in a
task's worker thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mapujpomoc_model import schema

from ..filtering import privacy
from ..filtering.filters import AidFilter
from ..filtering.selection import Selection, SelectionError, select
from ..i18n import current_language, tr
from ..progress import Feedback, checkpoint
from ..region import Region, RegionError, gpkg_wkb
from ..task import WorkTask
from .formats import CSV_GEOMETRY, FORMATS, ExportError, ExportOptions
from .gpkg_styles import embed_styles
from .kml_styles import KmlIconError, KmlStyling, kml_icons_dir, remove_icons, write_icons
from .kml_writer import KmlWriter
from .layer_writer import (
    REAL,
    VERSION_COLUMN,
    LayerSpec,
    LayerWriter,
    aid_point_columns,
    service_area_columns,
    with_labels,
)


@dataclass
class ExportResult:
    files: list[Path]  # the output first; a KML's icon folder last
    counts: dict[str, int]  # layer -> features written
    region: Region
    crs: str

    def summary(self) -> str:
        """e.g. 'Exported 127 aid points, 1 county boundary and 12 commune boundaries of powiat olsztyński (2814)
        to …'."""
        parts = [counted_layer(layer, n) for layer, n in self.counts.items()]
        listed = parts[0] if len(parts) == 1 else tr("{0} and {1}").format(", ".join(parts[:-1]), parts[-1])
        return tr("Exported {0} of {1} to {2}").format(listed, self.region.title, ", ".join(map(str, self.files)))


def counted_layer(layer: str, n: int) -> str:
    """'127 aid points', '1 county boundary': a layer's feature count for people, in the UI language."""
    # The count goes as tr's third positional argument: pylupdate5 marks only those messages numerus.
    if layer == "aid_points":
        text = tr("%n aid point(s)", None, n)
    elif layer == "service_areas":
        text = tr("%n service area(s)", None, n)
    elif layer == "wojewodztwa":
        text = tr("%n voivodeship boundary(ies)", None, n)
    elif layer == "powiaty":
        text = tr("%n county boundary(ies)", None, n)
    elif layer == "gminy":
        text = tr("%n commune boundary(ies)", None, n)
    else:
        return f"{n} {layer}"
    return text


def output_files(out: str | Path, options: ExportOptions, layers: Iterable[str]) -> dict[str, Path]:
    """Layer -> file it goes to: one file for GeoPackage, XLSX and KML; GeoJSON and CSV get one per layer."""
    out = Path(out)
    files = {}
    for layer in layers:
        if options.fmt in ("geojson", "csv") and layer != "aid_points":
            files[layer] = out.with_name(f"{out.stem}_{layer}{out.suffix}")
        else:
            files[layer] = out
    return files


def _check_options(options: ExportOptions) -> None:
    if options.fmt not in FORMATS:
        raise ExportError(tr("Unknown export format {0}; use one of: {1}.").format(options.fmt, ", ".join(FORMATS)))
    if options.csv_geometry not in CSV_GEOMETRY:
        raise ExportError(tr("CSV geometry must be wkt or xy, not {0}.").format(options.csv_geometry))


def _layers(selection: Selection, options: ExportOptions) -> dict[str, LayerSpec]:
    """The layers to write, the points first."""
    from osgeo import ogr

    version = privacy.check_version(options.version)
    layers = {"aid_points": LayerSpec(ogr.wkbPoint, aid_point_columns(), with_labels(selection.points, version),
                                      lambda r: gpkg_wkb(r["geom"]))}
    if options.service_areas:
        areas = [{**a, VERSION_COLUMN: version} for a in selection.service_areas]
        layers["service_areas"] = LayerSpec(ogr.wkbMultiPolygon, service_area_columns(), areas, lambda r: r["wkb"])
    for table, rows in selection.boundaries.items():
        layers[table] = LayerSpec(ogr.wkbMultiPolygon, [("teryt", schema.TEXT), ("name", schema.TEXT),
                                                        ("area_km2", REAL)], rows, lambda r: r["wkb"])
    return layers


def export_region(workcopy: str | Path, region: Region | str, out: str | Path, flt: AidFilter | str | None = None,
                  options: ExportOptions | None = None, feedback: Feedback | None = None) -> ExportResult:
    """Write the aid points of `region` that `flt` keeps (plus service areas and boundaries on request) to `out`.

    Raises ExportError when it cannot be made and errors.Cancelled when `feedback` is cancelled; either way
    no file of it is left behind."""
    options = options or ExportOptions()
    _check_options(options)
    version = privacy.check_version(options.version)
    crs = options.output_crs()
    from osgeo import gdal

    gdal.UseExceptions()
    try:
        selection = select(workcopy, region, flt, service_areas=options.service_areas, boundaries=options.boundaries,
                           feedback=feedback, cancelled=tr("Export cancelled."), version=version)
    except (RegionError, SelectionError) as exc:
        raise ExportError(str(exc)) from exc
    layers = _layers(selection, options)
    files = output_files(out, options, layers)
    for path in set(files.values()):
        _remove(path, options.fmt)
    writer = LayerWriter(options.fmt, crs)
    kml: KmlStyling | None = None
    if options.fmt == "kml":
        kml = KmlStyling.of(layers["aid_points"].rows, flt, options.lang or current_language(), files["aid_points"])
        layers["aid_points"].rows = kml.points
    written: list[Path] = []
    extra: list[Path] = []  # beside the outputs: the KML's icon folder
    try:
        if kml is not None:
            counts = _write_kml(writer, layers, files["aid_points"], kml, feedback, written)
            checkpoint(feedback, 88, cancelled=tr("Export cancelled."))
            extra += _write_icons(kml)
        else:
            counts = _write_files(writer, layers, files, options, selection.region, feedback, written)
        if options.fmt == "gpkg":
            checkpoint(feedback, 88, cancelled=tr("Export cancelled."))
            embed_styles(files["aid_points"], list(layers), options.lang or current_language())
        checkpoint(feedback, 100, cancelled=tr("Export cancelled."))
    except BaseException:
        for path in written:
            _remove(path, options.fmt)
        raise
    return ExportResult(sorted(set(written), key=written.index) + extra, counts, selection.region, crs)


def _write_files(writer: LayerWriter, layers: dict[str, LayerSpec], files: dict[str, Path], options: ExportOptions,
                 region: Region, feedback: Feedback | None, written: list[Path]) -> dict[str, int]:
    """Every layer into its file with GDAL (each file, once created, appended to `written`); progress 40-85 %.
    Returns layer -> features written. The files are closed when it returns or raises."""
    counts: dict[str, int] = {}
    datasets: dict[Path, Any] = {}
    ds = None
    try:
        span = 45 / max(len(layers), 1)
        for i, (name, layer) in enumerate(layers.items()):
            path = files[name]
            ds = datasets.get(path)
            if ds is None:
                path.parent.mkdir(parents=True, exist_ok=True)
                ds = writer.driver.CreateDataSource(str(path))
                if ds is None:
                    raise ExportError(tr("Cannot write {0}. Check the folder exists and is writable.").format(path))
                datasets[path] = ds
                written.append(path)
            description = tr("{0}: {1}, exported from Mapuj Pomoc on {2}").format(
                name, region.title, dt.date.today().isoformat()) + f" ({privacy.version_label(options.version)})"
            counts[name] = writer.write_layer(ds, name, layer, options.csv_geometry, description, feedback,
                                              (40 + i * span, span))
        ds = None
        for path in list(datasets):
            datasets[path].FlushCache()
            datasets[path] = None
    finally:
        ds = None  # closed here, before an error removes the files
        datasets.clear()
    return counts


def _write_kml(writer: LayerWriter, layers: dict[str, LayerSpec], path: Path, kml: KmlStyling,
               feedback: Feedback | None, written: list[Path]) -> dict[str, int]:
    """Every layer into the one KML file (kml_writer: the same file whatever KML driver GDAL has);
    progress 40-85 %. Returns layer -> features written."""
    written.append(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return KmlWriter(writer, kml.styles).write(path, layers, feedback, (40, 45), kml.style_id)
    except OSError as exc:
        raise ExportError(tr("Cannot write {0}. Check the folder exists and is writable.").format(path)) from exc


def _write_icons(kml: KmlStyling) -> list[Path]:
    """The icons of the KML's styles; returns the icon folder if written."""
    if not kml.codes:
        return []
    try:
        write_icons(kml.icons, kml.codes)
    except KmlIconError as exc:
        raise ExportError(tr("Cannot write {0}. Check the folder exists and is writable.").format(exc)) from exc
    return [kml.icons]


def _remove(path: Path, fmt: str) -> None:
    """An earlier output at `path` with the side files its format writes."""
    side = {"csv": (".csvt", ".prj"), "gpkg": (".gpkg-wal", ".gpkg-shm")}.get(fmt, ())
    for p in (path, *(path.with_suffix(s) for s in side)):
        if p.exists():
            p.unlink()
    if fmt == "kml":
        remove_icons(kml_icons_dir(path))


class ExportTask(WorkTask):
    """`export_region` in a QGIS task (progress, cancel); `on_done(task)` runs in the main thread with
    `result` (an ExportResult) or `error` (and `cancelled`) set."""

    def __init__(self, workcopy: str | Path, region: Region | str, out: str | Path, flt: AidFilter | str | None,
                 options: ExportOptions, on_done: Callable[[ExportTask], None] | None = None) -> None:
        super().__init__(tr("Mapuj Pomoc: export {0}").format(Path(out).name), on_done)
        self.workcopy, self.region, self.out, self.flt, self.options = workcopy, region, out, flt, options

    def work(self, feedback: Feedback) -> ExportResult:
        return export_region(self.workcopy, self.region, self.out, self.flt, self.options, feedback)

    def failed_message(self, exc: Exception) -> str:
        return tr("Unexpected error during the export: {0}").format(exc)
