"""Printed maps from a working copy synced with the real store (both backends), read back with poppler.

pdfinfo counts the pages, pdftotext -raw gives the text in drawing order (a table cell's lines stay
together), so the checks are on what a reader of the PDF gets, not on the layout objects.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeedback,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLegend,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from support import workcopy_rows

from mapujpomoc_model import catalog
from mapujpomoc_qgis.core.errors import Cancelled
from mapujpomoc_qgis.core.filtering.filters import AidFilter
from mapujpomoc_qgis.core.printing import print_map as printing
from mapujpomoc_qgis.core.printing.layout_builder import ITEM_IDS, load_template
from mapujpomoc_qgis.core.printing.map_texts import TEXTS, pair_text
from mapujpomoc_qgis.core.printing.pdf_export import export_pdf
from mapujpomoc_qgis.core.printing.print_spec import PrintError, PrintSpec, check_languages
from mapujpomoc_qgis.core.printing.scaled_feedback import ScaledFeedback

SHOTS = os.environ.get("MAPUJPOMOC_SCREENSHOTS")  # a folder to keep widget grabs in; ordinary runs write nothing
CYRILLIC = re.compile("[\u0400-\u04ff]")

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdfinfo"),
                                reason="needs poppler-utils (pdfinfo, pdftotext)")


def pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def text(pdf: Path, page: int | None = None) -> str:
    """The PDF's text with every run of white space made one space (wrapped cells join up again).

    NFKC undoes the typographic ligatures Qt's shaping puts in ("ﬁ" -> "fi"), as PDF viewers' search does.
    """
    args = ["pdftotext", "-raw", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", out).split())


def _points(path: Path) -> list[dict[str, Any]]:
    return [{**p, "help_types": json.loads(p["help_types"] or "[]")} for p in workcopy_rows.points(path)]


@pytest.fixture(scope="module")
def county(synced_workcopy: Any) -> str:
    """The county whose points are spread over the most communes."""
    communes: dict[str, set[str]] = {}
    for p in _points(synced_workcopy.path):
        if p["teryt"]:
            communes.setdefault(p["teryt"][:4], set()).add(p["teryt"])
    return max(communes, key=lambda c: (len(communes[c]), c))


BUSY_POINTS = 45  # more than an A4 atlas page can list, however small its map and type


@dataclass
class Busy:
    """A copy of the working copy where one commune of the county has BUSY_POINTS more points."""

    path: Path
    commune: str
    phones: list[str]  # of the added points (unique: a page's table rows are found by them)


@pytest.fixture(scope="module")
def busy(synced_workcopy: Any, county: str, tmp_path_factory: pytest.TempPathFactory) -> Busy:
    from support.busy_commune import add_points

    path = tmp_path_factory.mktemp("busy") / "busy.gpkg"
    shutil.copy(synced_workcopy.path, path)
    commune = min(workcopy_rows.communes(path, county))
    return Busy(path, commune, add_points(path, commune, BUSY_POINTS))


@pytest.fixture(scope="module")
def atlas(busy: Busy, county: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, printing.PrintResult]:
    out = tmp_path_factory.mktemp("atlas") / "atlas.pdf"
    result = printing.print_map(busy.path, PrintSpec(county, atlas=True), out, QgsFeedback())
    assert result.pages == pages(out)
    if SHOTS:
        page = 1 + sorted(workcopy_rows.communes(busy.path, county).values()).index(workcopy_rows.communes(busy.path, county)[busy.commune])
        subprocess.run(["pdftoppm", "-png", "-r", "90", "-f", str(page), "-l", str(page), "-singlefile", str(out),
                        str(Path(SHOTS) / "print-atlas-busy")], check=True)
    return out, result


def test_county_atlas_has_one_page_per_commune(atlas: tuple[Path, Any], busy: Busy, county: str) -> None:
    communes = workcopy_rows.communes(busy.path, county)
    assert len(communes) > 2
    assert pages(atlas[0]) == len(communes)


def _phones_on(page_text: str, phones: list[str]) -> list[str]:
    return [p for p in phones if p in page_text]


def test_each_atlas_page_lists_the_points_of_its_commune(atlas: tuple[Path, Any], busy: Busy, county: str) -> None:
    pdf, result = atlas
    communes = workcopy_rows.communes(busy.path, county)
    points = [p for p in _points(busy.path) if (p["teryt"] or "").startswith(county)]
    seen = set()
    for page in range(1, pages(pdf) + 1):
        page_text = text(pdf, page)
        codes = [c for c in re.findall(r"\((\d{7})\)", page_text) if c in communes]
        assert codes, page_text[:300]
        code = codes[0]
        seen.add(code)
        assert communes[code] in page_text
        here = [p for p in points if p["teryt"] == code]
        others = {p["name"] for p in points if p["teryt"] != code} - {p["name"] for p in here}
        assert not [n for n in others if n in page_text], code
        # the legend's title and a help type of the page in both languages
        assert "Rodzaje pomocy" in page_text and "Види допомоги" in page_text
        if code == busy.commune:
            continue  # below
        for p in here:
            assert " ".join(p["name"].split()) in page_text, (code, p["name"])
            for help_type in p["help_types"]:  # the table names every help type in Polish and Ukrainian
                assert catalog.label(catalog.HELP_TYPES, help_type, "uk") in page_text
                assert catalog.label(catalog.HELP_TYPES, help_type, "pl") in page_text
        assert "Lista obejmuje" not in page_text
        if not here:
            assert pair_text("empty", ("pl", "uk")) in page_text
    assert seen == set(communes)
    assert [p.code for p in result.shortened] == [busy.commune]


def test_a_busy_commune_keeps_to_its_page_and_says_what_is_left_out(atlas: tuple[Path, Any], busy: Busy,
                                                                     county: str) -> None:
    pdf, result = atlas
    communes = workcopy_rows.communes(busy.path, county)
    page = 1 + sorted(communes.values()).index(communes[busy.commune])
    page_text = text(pdf, page)
    assert f"({busy.commune})" in page_text
    in_commune = [p for p in _points(busy.path) if p["teryt"] == busy.commune]
    # as many rows as fit a sheet, fewer than the commune has; and the note says exactly that, in both languages
    shown = len(_phones_on(page_text, [p["phone"] for p in in_commune]))
    assert 10 <= shown < len(in_commune)
    assert f"Lista obejmuje {shown} z {len(in_commune)} punktów" in page_text
    assert f"У списку {shown} з {len(in_commune)} пунктів" in page_text
    assert f"gminy {busy.commune}" in page_text
    (plan,) = result.shortened
    assert (plan.listed, plan.points) == (shown, len(in_commune))
    assert f"{communes[busy.commune]} {busy.commune} ({shown}/{len(in_commune)})" in result.summary()


def test_a_commune_alone_lists_all_its_points(busy: Busy, tmp_path: Path) -> None:
    out = tmp_path / "commune.pdf"
    result = printing.print_map(busy.path, PrintSpec(busy.commune), out)
    assert not result.shortened and result.pages == pages(out) > 1
    assert sorted(_phones_on(text(out), busy.phones)) == sorted(busy.phones)
    # the list continues on whole pages: each page after the first is full of rows
    per_page = [len(_phones_on(text(out, n), busy.phones)) for n in range(2, pages(out) + 1)]
    assert all(n >= 25 for n in per_page[:-1]), per_page


def test_nothing_outside_the_region(atlas: tuple[Path, Any], busy: Busy, county: str) -> None:
    atlas_pdf = atlas[0]
    points = _points(busy.path)
    inside = {p["name"] for p in points if (p["teryt"] or "").startswith(county)}
    outside = {p["name"] for p in points if not (p["teryt"] or "").startswith(county)} - inside
    whole = text(atlas_pdf)
    # (the busy commune lists part of its points: the test above)
    assert all(" ".join(p["name"].split()) in whole for p in points
               if (p["teryt"] or "").startswith(county) and p["teryt"] != busy.commune)
    leaked = [n for n in outside if " ".join(n.split()) in whole and not any(n in i for i in inside)]
    assert not leaked
    fonts = subprocess.run(["pdffonts", str(atlas_pdf)], capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts


@pytest.mark.parametrize(("template", "langs"), [("a4_portrait", ("pl", "uk")), ("a3_landscape", ("pl", "en"))])
def test_one_map_of_the_county(template: str, langs: tuple[str, str], synced_workcopy: Any, county: str,
                               tmp_path: Path) -> None:
    out = tmp_path / f"{template}.pdf"
    result = printing.print_map(synced_workcopy.path, PrintSpec(county, template=template, languages=langs),
                                out)
    inside = [p for p in _points(synced_workcopy.path) if (p["teryt"] or "").startswith(county)]
    assert result.points == len(inside) and pages(out) >= 1
    whole = text(out)
    assert TEXTS["title"]["pl"] in whole and TEXTS["title"][langs[1]] in whole
    for p in inside:
        assert " ".join(p["name"].split()) in whole
        for help_type in p["help_types"]:
            assert catalog.label(catalog.HELP_TYPES, help_type, langs[1]) in whole
    assert ("Nazwa, adres / Назва, адреса" if langs[1] == "uk" else "Nazwa, adres / Name, address") in whole
    if "uk" not in langs:
        assert not CYRILLIC.search(whole)
    if SHOTS and template == "a4_portrait":
        subprocess.run(["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", str(out),
                        str(Path(SHOTS) / "print-a4")], check=True)


def test_the_filter_decides_which_points_are_printed(synced_workcopy: Any, county: str, tmp_path: Path) -> None:
    inside = [p for p in _points(synced_workcopy.path) if (p["teryt"] or "").startswith(county)]
    counts: dict[str, int] = {}
    for p in inside:
        for code in p["help_types"]:
            counts[code] = counts.get(code, 0) + 1
    code = max(counts, key=counts.get)
    out = tmp_path / "filtered.pdf"
    result = printing.print_map(synced_workcopy.path, PrintSpec(county, AidFilter(help_types=[code])), out)
    wanted = [p for p in inside if code in p["help_types"]]
    assert result.points == len(wanted) < len(inside)
    whole = text(out)
    assert all(" ".join(p["name"].split()) in whole for p in wanted)
    unwanted = {p["name"] for p in inside if code not in p["help_types"]} - {p["name"] for p in wanted}
    assert not [n for n in unwanted if n in whole]
    assert "Wybrane / Вибрано" in whole


def test_print_task_and_cancel(synced_workcopy: Any, county: str, tmp_path: Path, qtbot: Any) -> None:
    done: list[printing.PrintTask] = []
    out = tmp_path / "task.pdf"
    task = printing.PrintTask(synced_workcopy.path, PrintSpec(county), out, done.append)
    QgsApplication.taskManager().addTask(task)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    assert done[0].error is None and done[0].result is not None and pages(out) >= 1

    feedback = QgsFeedback()
    feedback.cancel()
    with pytest.raises(Cancelled):
        printing.print_map(synced_workcopy.path, PrintSpec(county, atlas=True), tmp_path / "no.pdf", feedback)
    assert not (tmp_path / "no.pdf").exists()


def test_wrong_requests_say_what_to_do(synced_workcopy: Any, tmp_path: Path) -> None:
    with pytest.raises(PrintError, match="TERYT"):
        printing.print_map(synced_workcopy.path, PrintSpec("12345"), tmp_path / "x.pdf")
    with pytest.raises(PrintError, match="template"):
        printing.print_map(synced_workcopy.path, PrintSpec("28", template="a0"), tmp_path / "x.pdf")
    with pytest.raises(PrintError, match="language pair"):
        check_languages("pl+ru")
    from mapujpomoc_qgis.core import region

    area = region.from_extent(region.Boundaries(synced_workcopy.path).region("28").extent(), region.WGS84)
    with pytest.raises(PrintError, match="atlas|commune"):
        printing.print_map(synced_workcopy.path, PrintSpec(area, atlas=True), tmp_path / "x.pdf")


def test_layout_opens_in_the_project_for_hand_edits(busy: Busy, county: str, tmp_path: Path,
                                                     qgis_new_project: Any) -> None:
    from mapujpomoc_qgis.core.printing.atlas_pages import NOTE_ID

    project = QgsProject.instance()
    layout = printing.open_in_project(busy.path, PrintSpec(county, atlas=True), project, tmp_path / "prints")
    assert project.layoutManager().layoutByName(layout.name()) is layout
    assert all(layout.itemById(i) is not None for i in ITEM_IDS)
    legend = layout.itemById("legend")
    assert isinstance(legend, QgsLayoutItemLegend) and legend.legendFilterOutAtlas()
    table = layout.itemById("points_table").multiFrame()
    assert isinstance(table, QgsLayoutItemAttributeTable) and table.vectorLayer() is not None
    assert table.vectorLayer().id() in project.mapLayers()
    # the print data lives in a file beside the project's other data, so a saved project keeps working
    assert list((tmp_path / "prints").glob("print_*.gpkg"))

    def state() -> tuple[Any, ...]:
        frame = layout.itemById("points_table")
        return (layout.itemById("map").rect().height(), legend.rect().height(), frame.pos().y(),
                frame.rect().height(), table.resizeMode(), table.contentTextFormat().size(), table.featureFilter())

    before = state()
    out = tmp_path / "from-designer.pdf"
    pdf = export_pdf(layout, out, atlas=True)
    assert pdf.pages == pages(out) == len(workcopy_rows.communes(busy.path, county))
    assert [p.code for p in pdf.shortened] == [busy.commune]
    # fitting the pages was for the PDF only: the layout is as the user left it
    assert state() == before and layout.itemById(NOTE_ID) is None
    project.layoutManager().removeLayout(layout)


def test_processing_algorithm_in_process(synced_workcopy: Any, county: str, tmp_path: Path) -> None:
    from mapujpomoc_qgis.processing.provider import MapujPomocProvider

    registry = QgsApplication.processingRegistry()
    provider = MapujPomocProvider()
    assert registry.addProvider(provider)
    try:
        alg = registry.createAlgorithmById("mapujpomoc:print")
        context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
        context.setProject(QgsProject.instance())
        out = tmp_path / "alg.pdf"
        params = {"WORKCOPY": str(synced_workcopy.path), "REGION": county, "ATLAS": True, "TEMPLATE": 1,
                  "LANGUAGES": 2, "OUTPUT": str(out)}
        results, ok = alg.run(params, context, feedback)
        assert ok, feedback.textLog()
        assert results["PAGES"] == pages(out) == len(workcopy_rows.communes(synced_workcopy.path, county))
        whole = text(out)
        assert "Види допомоги / Types of help" in whole and "Nazwa" not in whole
    finally:
        registry.removeProvider(provider)


def test_print_dialog(synced_workcopy: Any, county: str, tmp_path: Path, qtbot: Any, qgis_iface: Any) -> None:
    from mapujpomoc_qgis.core.filtering import saved_lists
    from mapujpomoc_qgis.gui.print_dialog import COUNTY, PrintDialog

    saved_lists.save("Prawna", AidFilter(help_types=["legal"]))
    try:
        dialog = PrintDialog(qgis_iface, str(synced_workcopy.path), AidFilter())
        qtbot.addWidget(dialog)
        assert dialog.region.select(county) and dialog.region.current_kind() == COUNTY
        assert dialog.atlas.isEnabled()
        dialog.atlas.setChecked(True)
        assert dialog.points.lists.findText("Prawna") >= 0
        out = tmp_path / "dialog.pdf"
        dialog.output.setFilePath(str(out))
        dialog.show()
        if SHOTS:
            dialog.grab().save(str(Path(SHOTS) / "print-dialog.png"))
        task = dialog.start()
        assert task is not None and not dialog.print_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
        assert dialog.last_result is not None, dialog.status.text()
        assert dialog.last_result.pages == pages(out) == len(workcopy_rows.communes(synced_workcopy.path, county))
        assert dialog.print_button.isEnabled() and str(out) in dialog.status.text()
        # a saved list instead of the current filter
        dialog.points.use_list.setChecked(True)
        dialog.points.lists.setCurrentIndex(dialog.points.lists.findText("Prawna"))
        assert dialog.spec().flt == AidFilter(help_types=["legal"])
    finally:
        saved_lists.remove("Prawna")


def test_cancel_while_the_atlas_is_fitted_keeps_the_earlier_pdf(busy: Busy, county: str, tmp_path: Path,
                                                                qtbot: Any) -> None:
    out = tmp_path / "atlas.pdf"
    out.write_bytes(b"%PDF- an earlier print")
    done: list[printing.PrintTask] = []
    task = printing.PrintTask(busy.path, PrintSpec(county, atlas=True), out, done.append)
    QgsApplication.taskManager().addTask(task)
    # past the layout (35 %): the sheets are being measured or drawn, in the task's worker thread
    qtbot.waitUntil(lambda: task.progress() > 36 or bool(done), timeout=60_000)
    assert not done, "the print finished before it could be cancelled"
    task.cancel()
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    assert done[0].result is None and done[0].cancelled
    assert out.read_bytes() == b"%PDF- an earlier print"
    assert not [p for p in tmp_path.iterdir() if p.name != out.name]  # no partial file left


def _template_with_a_small_table(path: Path) -> Path:
    """The A4 template with the table's frame 12 mm tall: a row barely fits under its header."""
    from qgis.core import QgsLayoutSize, QgsReadWriteContext, QgsUnitTypes

    project = QgsProject()  # the layout's, kept alive while the layout is
    layout = load_template(project, "a4_portrait")
    frame = layout.itemById("points_table")
    frame.attemptResize(QgsLayoutSize(frame.rect().width(), 12, QgsUnitTypes.LayoutMillimeters))
    assert layout.saveAsTemplate(str(path), QgsReadWriteContext())
    del layout
    return path


def test_a_small_table_frame_loses_no_rows(busy: Busy, county: str, tmp_path: Path) -> None:
    template = str(_template_with_a_small_table(tmp_path / "small.qpt"))
    out = tmp_path / "commune.pdf"
    result = printing.print_map(busy.path, PrintSpec(busy.commune, template=template), out)
    assert sorted(_phones_on(text(out), busy.phones)) == sorted(busy.phones)
    assert result.pages == pages(out) > 1
    atlas = printing.print_map(busy.path, PrintSpec(county, atlas=True, template=template),
                               tmp_path / "atlas.pdf")
    communes = workcopy_rows.communes(busy.path, county)
    assert atlas.pages == len(communes)
    plans = {p.code: p for p in atlas.shortened}
    assert busy.commune in plans
    for code, plan in plans.items():  # each shortened sheet shows exactly the rows its note counts
        page_text = text(tmp_path / "atlas.pdf", 1 + sorted(communes.values()).index(communes[code]))
        phones = [p["phone"] for p in _points(busy.path) if p["teryt"] == code]
        assert len(_phones_on(page_text, phones)) == plan.listed >= 1
        assert f"Lista obejmuje {plan.listed} z {plan.points} punktów" in page_text


def test_an_error_while_drawing_a_sheet_is_raised_not_fatal(busy: Busy, county: str, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from mapujpomoc_qgis.core.printing import atlas_pages

    planned = atlas_pages.AtlasPages.plan
    apply = atlas_pages.AtlasPages.apply
    state = {"drawing": False, "calls": 0}

    def plan(self: Any, feedback: Any = None) -> Any:
        plans = planned(self, feedback)
        state["drawing"] = True
        return plans

    def failing_apply(self: Any, plan_: Any) -> bool:
        if state["drawing"]:
            state["calls"] += 1
            if state["calls"] == 3:
                raise RuntimeError("a broken sheet")
        return apply(self, plan_)

    monkeypatch.setattr(atlas_pages.AtlasPages, "plan", plan)
    monkeypatch.setattr(atlas_pages.AtlasPages, "apply", failing_apply)
    out = tmp_path / "atlas.pdf"
    with pytest.raises(RuntimeError, match="a broken sheet"):
        printing.print_map(busy.path, PrintSpec(county, atlas=True), out)
    assert not out.exists()


def test_a_cancel_reaches_the_steps_of_a_print_in_a_worker_thread() -> None:
    import threading

    parent = QgsFeedback()
    made = threading.Event()
    cancelled = threading.Event()
    seen: list[bool] = []

    def worker() -> None:  # like a QgsTask's run(): a thread without a Qt event loop
        child = ScaledFeedback(parent, 35, 65)
        grandchild = ScaledFeedback(child, 25, 75)
        made.set()
        cancelled.wait(10)
        seen.append(grandchild.isCanceled())

    thread = threading.Thread(target=worker)
    thread.start()
    assert made.wait(10)
    parent.cancel()
    cancelled.set()
    thread.join(10)
    assert seen == [True]


def test_processing_names_the_shortened_sheets(busy: Busy, county: str, tmp_path: Path) -> None:
    from mapujpomoc_qgis.processing.provider import MapujPomocProvider

    registry = QgsApplication.processingRegistry()
    provider = MapujPomocProvider()
    assert registry.addProvider(provider)
    try:
        alg = registry.createAlgorithmById("mapujpomoc:print")
        context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
        results, ok = alg.run({"WORKCOPY": str(busy.path), "REGION": county, "ATLAS": True,
                               "OUTPUT": str(tmp_path / "alg.pdf")}, context, feedback)
        assert ok, feedback.textLog()
        name = workcopy_rows.communes(busy.path, county)[busy.commune]
        assert re.search(rf"listed on 1 sheet: {re.escape(name)} {busy.commune} \(\d+/\d+\)", feedback.textLog())
    finally:
        registry.removeProvider(provider)
