"""Issue 7: print a county atlas and export a voivodeship from a working copy of N aid points.

- ours, atlas: `print_map.print_map(atlas=True)` for the busiest county of up to COUNTY_POINTS points: prepare the print
  data, fill the A4 template, measure each commune's sheet and write one sheet per commune.
- anchor: the same print data and filled layout written by QGIS's own atlas export
  (`QgsLayoutExporter.exportToPdf(layout.atlas())`), whose table continues on extra pages.
- ours, export: `regional_export.export_region` of the voivodeship with the most points to a GeoPackage with its
  embedded style and label columns.
- anchor: `gdal.VectorTranslate` of the working copy's points into a GeoPackage clipped to the same
  voivodeship (`clipSrc`): GDAL's floor, without styles or label columns.

The atlas row notes both page counts; the export row checks both files hold the same number of points.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from common import Row, Timed, measure_all, qgis_app, template_store

from mapujpomoc_qgis.core.connection.client import StoreClient
from mapujpomoc_qgis.core.sync.syncer import Syncer
from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy, pin_gdal_journal_mode

ORDER = 60
COUNTY_POINTS = 1000


def run(sizes: list[int], workdir: Path) -> list[Row]:
    rows: list[Row] = []
    for n in sizes:
        rows += _run_size(n, workdir)
    return rows


def _busiest(conn: sqlite3.Connection, digits: int, at_most: int | None = None) -> str:
    """The unit (TERYT prefix of `digits`) with the most points, of those with at most `at_most`."""
    cap = f"HAVING count(*) <= {int(at_most)}" if at_most else ""
    return conn.execute(f"SELECT substr(teryt, 1, {digits}) AS c FROM aid_points WHERE teryt IS NOT NULL "
                        f"GROUP BY c {cap} ORDER BY count(*) DESC LIMIT 1").fetchone()[0]


def _run_size(n: int, workdir: Path) -> list[Row]:
    from osgeo import gdal
    from qgis.core import QgsLayoutExporter, QgsProject

    from mapujpomoc_qgis.core.export.regional_export import export_region
    from mapujpomoc_qgis.core.printing.layout_builder import PRINT_CRS, build_layout
    from mapujpomoc_qgis.core.printing.pdf_export import count_pdf_pages
    from mapujpomoc_qgis.core.printing.print_data import prepare
    from mapujpomoc_qgis.core.printing.print_map import print_map
    from mapujpomoc_qgis.core.printing.print_spec import PrintSpec
    from mapujpomoc_qgis.core.region import Boundaries

    qgis_app()
    pin_gdal_journal_mode()
    gdal.UseExceptions()
    wd = workdir / f"print{n}"
    shutil.rmtree(wd, ignore_errors=True)
    wd.mkdir(parents=True)
    store = template_store(n, workdir.parent / "stores").clone(wd / "store.db")
    workcopy = wd / "wc.gpkg"
    with store, WorkingCopy.create(workcopy, store.url) as wc, StoreClient(store.url, store.tokens["admin"]) as client:
        Syncer(wc, client).pull()
    conn = sqlite3.connect(workcopy)
    # a county of up to COUNTY_POINTS points: at 100k the busiest has over 5,000, where one run of the
    # anchor (about a thousand pages) takes minutes
    county, voivodeship = _busiest(conn, 4, COUNTY_POINTS), _busiest(conn, 2)
    conn.close()
    spec = PrintSpec(county, atlas=True)
    pages: dict[str, int] = {}

    def ours_atlas() -> None:
        pages["ours"] = print_map(workcopy, spec, wd / "ours.pdf").pages

    def anchor_atlas() -> None:
        with tempfile.TemporaryDirectory(dir=wd) as tmp:
            data = prepare(workcopy, spec, Path(tmp) / "print.gpkg")
            project = QgsProject()
            project.setCrs(PRINT_CRS)
            layout = build_layout(project, data, spec)
            layout.atlas().updateFeatures()
            result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), str(wd / "anchor.pdf"),
                                                          QgsLayoutExporter.PdfExportSettings())
            if result != QgsLayoutExporter.Success:
                raise RuntimeError(f"QGIS's atlas export failed: {error}")
            del layout
            project.removeAllMapLayers()
        pages["anchor"] = count_pdf_pages(wd / "anchor.pdf")

    ours_s, anchor_s = measure_all(Timed(f"atlas {county} {n:,}", ours_atlas, budget_s=120),
                                   Timed(f"QGIS atlas {county} {n:,}", anchor_atlas, budget_s=120))
    communes = len(Boundaries(workcopy).region(county).communes)
    if pages["ours"] != communes:
        raise RuntimeError(f"the atlas has {pages['ours']} pages for {communes} communes")
    atlas_row = Row(f"print the county atlas of {county} (A4, {communes} communes)", n, ours_s,
                    "QGIS atlas export of the same layout", anchor_s, max_s=60,
                    notes=[f"{pages['ours']} sheets vs {pages['anchor']} pages"])

    region = Boundaries(workcopy).region(voivodeship)
    counts: dict[str, int] = {}

    def ours_export() -> None:
        out = wd / "ours.gpkg"
        out.unlink(missing_ok=True)
        counts["ours"] = export_region(workcopy, region, out).counts["aid_points"]

    def anchor_export() -> None:
        out = wd / "anchor.gpkg"
        out.unlink(missing_ok=True)
        ds = gdal.VectorTranslate(str(out), str(workcopy), options=["-f", "GPKG", "-clipsrc", region.geometry.asWkt(),
                                                                    "aid_points"])
        counts["anchor"] = ds.GetLayer(0).GetFeatureCount()
        ds = None

    ours_e, anchor_e = measure_all(Timed(f"export {voivodeship} {n:,}", ours_export),
                                   Timed(f"ogr2ogr -clipsrc {voivodeship} {n:,}", anchor_export))
    notes = [f"{counts['ours']:,} points"]
    if counts["ours"] != counts["anchor"]:
        notes.append(f"GDAL's clip keeps {counts['anchor']:,} (points on the boundary go by the store's commune rule)")
    export_row = Row(f"export voivodeship {voivodeship} to GeoPackage, styled", n, ours_e,
                     "gdal.VectorTranslate with clipSrc (no style)", anchor_e, max_s=60, notes=notes)
    return [atlas_row, export_row]
