"""Hostile text stays inert in every output (issue 15): spreadsheets, KML, widgets, the terminal and print.

A copy of a synced working copy gets one point per hostile text of `reliability.injections` (every text
field of it that text), as a sync from the store would bring them. The outputs are read back as their
readers read them: CSV as text, XLSX as the XML inside its zip, KML with an XML parser (and its texts
with an HTML parser, as Google Earth renders them), the PDF with pdftotext, widgets by what they show.
"""

from __future__ import annotations

import contextlib
import csv
import html
import io
import shutil
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from osgeo import gdal
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from support import kml_read, workcopy_rows

from mapujpomoc_model.text_safety import printable, spreadsheet_original, starts_a_formula, xml_safe
from mapujpomoc_qgis.core.export import list_export
from mapujpomoc_qgis.core.export import regional_export as export
from mapujpomoc_qgis.core.export.formats import ExportOptions
from reliability import injections

gdal.UseExceptions()
KML = "{http://www.opengis.net/kml/2.2}"
BRIEF_NAME = '<img src="file:///etc/passwd"><b>Kliknij tutaj</b>'  # the name the review saw rendered


class Hostile:
    def __init__(self, path: Path, commune: str, points: dict[str, str]) -> None:
        self.path, self.commune, self.points = path, commune, points

    def fids(self) -> list[int]:
        with contextlib.closing(sqlite3.connect(self.path)) as conn:
            return [f for (f,) in conn.execute(
                f"SELECT fid FROM aid_points WHERE uuid IN ({', '.join('?' * len(self.points))})", list(self.points))]


@pytest.fixture(scope="module")
def hostile(synced_workcopy: Any, tmp_path_factory: pytest.TempPathFactory) -> Hostile:
    path = tmp_path_factory.mktemp("hostile") / "hostile.gpkg"
    shutil.copy(synced_workcopy.path, path)
    commune = min(p["teryt"] for p in workcopy_rows.points(path) if p["teryt"])
    points = injections.add_hostile_points(path, commune)
    injections.add_hostile_sync_state(path, points)
    return Hostile(path, commune, points)


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _no_formula(cells: list[str]) -> None:
    started = [c for c in cells if starts_a_formula(c)]
    assert not started, started[:5]


@pytest.mark.parametrize("version", ["public", "staff"])
def test_csv_export_starts_no_formula_and_keeps_the_text(hostile: Hostile, version: str, tmp_path: Path) -> None:
    out = tmp_path / "hostile.csv"
    export.export_region(hostile.path, hostile.commune, out, None, ExportOptions(fmt="csv", version=version))
    rows = _csv_rows(out)
    _no_formula([cell for row in rows for cell in row.values()])
    by_uuid = {r["uuid"]: r for r in rows}
    for uid, text in hostile.points.items():
        for column in ("name", "organization", "description", "street", "city"):
            assert spreadsheet_original(by_uuid[uid][column]) == text, (column, text)
    # the phones of ordinary points ("+48 …") would be evaluated too: they carry the apostrophe
    assert all(r["phone"].startswith("'+48") for r in rows if r["phone"])


def _xlsx_strings(path: Path) -> list[str]:
    import zipfile

    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    with zipfile.ZipFile(path) as zf:
        root = ET.fromstring(zf.read("xl/sharedStrings.xml"))
    return ["".join(t.text or "" for t in si.iter(f"{ns}t")) for si in root.iter(f"{ns}si")]


def test_xlsx_export_starts_no_formula(hostile: Hostile, tmp_path: Path) -> None:
    out = tmp_path / "hostile.xlsx"
    export.export_region(hostile.path, hostile.commune, out, None, ExportOptions(fmt="xlsx"))
    assert injections.xlsx_problems(out) == []
    strings = _xlsx_strings(out)
    _no_formula(strings)
    ds = gdal.OpenEx(str(out), gdal.OF_VECTOR)
    names = {f.GetField("uuid"): f.GetField("name") for f in ds.GetLayerByName("aid_points")}
    for uid, text in hostile.points.items():  # (XML keeps no control characters but tab and line breaks)
        if text == printable(text) and "\r" not in text:
            assert spreadsheet_original(names[uid]) == text


def test_processing_and_the_dialog_neutralise_too(hostile: Hostile, tmp_path: Path, qtbot: Any,
                                                 qgis_iface: Any, mapujpomoc_algorithms: Any) -> None:
    from mapujpomoc_qgis.gui.export_dialog import ExportDialog

    registry = mapujpomoc_algorithms
    alg = registry.createAlgorithmById("mapujpomoc:export")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    context.setProject(QgsProject.instance())
    out = tmp_path / "alg.xlsx"
    _results, ok = alg.run({"WORKCOPY": str(hostile.path), "REGION": hostile.commune, "FORMAT": 3,
                            "OUTPUT": str(out)}, context, feedback)
    assert ok, feedback.textLog()
    assert injections.xlsx_problems(out) == []
    dialog = ExportDialog(qgis_iface, str(hostile.path), None)
    qtbot.addWidget(dialog)
    assert dialog.region.select(hostile.commune[:4]) and dialog.region.select(hostile.commune)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert dialog.start(str(tmp_path / "dialog.csv")) is not None
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert dialog.last_result is not None, dialog.status.text()
    rows = _csv_rows(tmp_path / "dialog.csv")
    assert set(hostile.points) <= {r["uuid"] for r in rows}
    _no_formula([cell for row in rows for cell in row.values()])


def test_saved_list_csv_starts_no_formula(hostile: Hostile, tmp_path: Path) -> None:
    with contextlib.closing(sqlite3.connect(hostile.path)) as conn:
        rows = list_export.points(conn, hostile.fids(), "staff")
    out = list_export.write_csv(tmp_path / "list.csv", rows)
    table = _csv_rows(out)
    _no_formula([cell for row in table for cell in row.values()])
    assert sorted(spreadsheet_original(r["name"]) for r in table) == sorted(hostile.points.values())


@pytest.mark.parametrize("libkml", [True, False], ids=["gdal", "gdal-without-libkml"])
def test_kml_texts_arrive_as_text(hostile: Hostile, libkml: bool, tmp_path: Path) -> None:
    out = tmp_path / "hostile.kml"
    with contextlib.nullcontext() if libkml else kml_read.PlainKmlOnly():
        export.export_region(hostile.path, hostile.commune, out, None, ExportOptions(fmt="kml"))
    # well-formed, nothing but KML's own elements and attributes, no HTML markup in any text
    assert injections.kml_problems(out) == []
    placemarks = {next(d.text for d in pm.iter(f"{KML}SimpleData") if d.get("name") == "uuid"): pm
                  for pm in ET.parse(out).getroot().iter(f"{KML}Placemark")
                  if any(d.get("name") == "uuid" for d in pm.iter(f"{KML}SimpleData"))}
    for uid, text in hostile.points.items():
        pm = placemarks[uid]
        assert html.unescape(pm.findtext(f"{KML}name")) == xml_safe(text).replace("\r", "\n") or \
            html.unescape(pm.findtext(f"{KML}name")) == xml_safe(text)
        assert xml_safe(text).strip() in html.unescape(pm.findtext(f"{KML}description")).replace("\r", "\n") or \
            "\r" in text
        data = {d.get("name"): d.text for d in pm.iter(f"{KML}SimpleData")}
        assert html.unescape(data["street"]) in (xml_safe(text), xml_safe(text).replace("\r", "\n"))
    # read back with LIBKML where GDAL has it (else from the XML: the older KML driver reads no data)
    assert set(hostile.points) <= {f.fields["uuid"] for f in kml_read.read_layer(out, "aid_points")}


def test_status_prints_no_escape_codes(hostile: Hostile) -> None:
    from mapujpomoc_qgis import cli

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert cli.main(["status", "--workcopy", str(hostile.path)]) == 3 or True
    out = buffer.getvalue()
    assert injections.terminal_problems(out) == []
    assert "\\x1b[2J" in out and "<U+202E>aksnilrT<U+202C>" in out
    assert all(line.split("\t")[0] in ("pending", "conflict", "refused") for line in out.splitlines()[2:])


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_printed_names_read_in_order(hostile: Hostile, tmp_path: Path) -> None:
    from mapujpomoc_qgis.core.printing.print_map import print_map
    from mapujpomoc_qgis.core.printing.print_spec import PrintSpec

    flt = f"uuid IN ({', '.join(repr(u) for u in hostile.points)})"
    pdf = print_map(hostile.path, PrintSpec(hostile.commune, flt, title="Mapa \u202eakswólO\u202c"), tmp_path / "m.pdf")
    names = list(hostile.points.values())
    assert injections.pdf_problems(pdf.path, [*names, "Mapa \u202eakswólO\u202c"]) == []
    assert "Kliknij tutaj</b>" in subprocess.run(["pdftotext", str(pdf.path), "-"], capture_output=True, text=True,
                                                  check=True).stdout
    with contextlib.closing(sqlite3.connect(hostile.path)) as conn:
        rows = list_export.points(conn, hostile.fids(), "staff")
    listed = list_export.write_pdf(tmp_path / "list.pdf", "Lista \u202eatsil\u202c", rows)
    assert injections.pdf_problems(listed, [*names, "Lista \u202eatsil\u202c"]) == []


class _Iface:
    """The part of QGIS's interface log() uses: a real message bar, which renders rich text."""

    def __init__(self) -> None:
        from qgis.gui import QgsMessageBar

        self.bar = QgsMessageBar()

    def messageBar(self) -> Any:  # noqa: N802
        return self.bar


def test_widgets_show_names_as_their_characters(hostile: Hostile, qtbot: Any, qgis_iface: Any) -> None:
    from qgis.PyQt.QtWidgets import QTextBrowser

    from mapujpomoc_qgis.core import log
    from mapujpomoc_qgis.core.sync.resolve import Resolver
    from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy
    from mapujpomoc_qgis.gui.conflict_dialog import ConflictDialog
    from mapujpomoc_qgis.gui.plain_text import displayed_text, label_shows, plain_tooltip
    from mapujpomoc_qgis.gui.service_area_dock import ServiceAreaDock
    from mapujpomoc_qgis.gui.task_dialog import TaskDialog

    [uid] = [u for u, t in hostile.points.items() if t == BRIEF_NAME]
    with WorkingCopy(hostile.path) as wc:
        dialog = ConflictDialog(Resolver(wc), "aid_points", uid)
    qtbot.addWidget(dialog)
    assert BRIEF_NAME in label_shows(dialog.heading) and "Kliknij tutaj</b>" in label_shows(dialog.heading)

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string&field=uuid:string", "aid_points", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes([BRIEF_NAME, uid])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(20.5, 53.8)))
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    try:
        dock = ServiceAreaDock(qgis_iface)
        qtbot.addWidget(dock)
        dock.set_layers(layer, None)
        layer.selectAll()
        assert label_shows(dock.selected_label) == f"Aid point: {BRIEF_NAME}"
        dock._say(f"Not saved: {BRIEF_NAME}")
        assert BRIEF_NAME in label_shows(dock.status)
        dock.cleanup()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())

    status = TaskDialog()
    qtbot.addWidget(status)
    status._show(False, f"The export failed: {BRIEF_NAME}")
    assert BRIEF_NAME in label_shows(status.status)
    assert displayed_text(plain_tooltip(f"name {BRIEF_NAME}\nline 2")) == f"name {BRIEF_NAME}\nline 2"

    iface = _Iface()
    log.set_iface(iface)
    try:
        log.log(f"The drawn area of {BRIEF_NAME} is saved", push=True)
    finally:
        log.set_iface(None)
    shown = iface.bar.currentItem().findChildren(QTextBrowser)[0].toPlainText()
    assert BRIEF_NAME in shown


def test_no_injection_is_rendered_anywhere(synced_workcopy: Any, tmp_path: Path) -> None:
    """The reliability suite's counter over the same outputs: `N injections rendered` reads 0."""
    report = injections.check_outputs(synced_workcopy.path, tmp_path)
    assert report.rendered == [], report.rendered
    assert report.checked >= 9 * len(injections.HOSTILE_TEXTS)
