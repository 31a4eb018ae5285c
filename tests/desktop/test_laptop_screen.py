"""The real QGIS desktop on a 1366×768 laptop screen, in Polish and in Ukrainian (issue 16).

QGIS runs maximised on an Xvfb screen of that size, the plugin installed from the zip (translations
compiled), and scripts/desktop_driver.py walks through every action, dock and dialog with `inspect` on:
scripts/desktop_inspect.py lists, for each dock and dialog and each of its tabs, the controls whose
rectangle lies outside the screen or is cut off (a control inside a scroll area counts where the scroll
area is), and every text shown. The tests fail on any control out of reach, on QGIS's window or status
bar pushed off the screen, and on any English message of the plugin shown in a dock, a dialog or the
message bar (tests/desktop/english.py).

The Ukrainian walk starts from an empty project, as a new user does: the first sync must turn the
project to EPSG:2180 and leave the map on the editor's area, with the names of the points shown.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from english import english_texts, plain
from harness import LAPTOP, DesktopProfile, QgisRun, run_qgis
from support.store_server import StoreServer
from test_desktop import MUST_OPEN, explain

pytestmark = [pytest.mark.desktop, pytest.mark.timeout(420)]

LANGUAGES = {"pl": "pl_PL", "uk": "uk_UA"}
# every dock and dialog the walk must have inspected (report["inspected"] keys, as the driver names them)
# what a window shows as data, not as a message: the test store's user names in the history ("admin" is also
# a role's English label, which the connection dialog must translate)
DATA = {"history dialog": {"admin", "ed_olsztyn"}}
MUST_INSPECT = ("filter dock", "sync panel", "filter dock under the sync panel", "attribute form", "conflict dialog",
                "history dialog", "print dialog", "print dialog, printed", "export dialog", "connection dialog",
                "about")


@pytest.fixture(scope="module", params=sorted(LANGUAGES))
def laptop_run(request: pytest.FixtureRequest, store_templates: Any, plugin_zip: Path,
               tmp_path_factory: pytest.TempPathFactory) -> QgisRun:
    lang = request.param
    tmp = tmp_path_factory.mktemp(f"laptop-{lang}")
    first_sync = lang == "uk"
    server = StoreServer(store_templates.fresh("sqlite"), log_dir=tmp / "store-log")  # the walk changes the store
    server.start()
    try:
        profile = DesktopProfile(tmp / "qgis", "test", LANGUAGES[lang]).create(plugin_zip)
        project = None if first_sync else tmp / "olsztyn.qgz"
        profile.prepare(server.url, "ed_olsztyn", server.token("ed_olsztyn"), tmp / "olsztyn.gpkg", project)
        run = run_qgis(profile, project, {"mode": "test", "store_url": server.url, "inspect": True,
                                          "first_sync": first_sync, "project": str(project or ""),
                                          "admin_token": server.token("admin"), "work": str(tmp / "out")},
                       timeout=300, work=tmp / "run", screen=LAPTOP)
    finally:
        server.stop()
    run.lang = lang  # type: ignore[attr-defined]
    return run


def test_the_walk_on_a_laptop_screen(laptop_run: QgisRun) -> None:
    report = laptop_run.report or {}
    assert report.get("finished") and not laptop_run.timed_out, explain(laptop_run)
    failed = [s["name"] for s in report["steps"] if not s["ok"]]
    assert not failed, explain(laptop_run)
    missing = [what for what in MUST_OPEN if not report["opened"].get(what)]
    assert not missing, f"did not open: {missing}\n{explain(laptop_run)}"
    assert report["locale"].startswith(laptop_run.lang)  # type: ignore[attr-defined]


def test_every_control_of_every_dock_and_dialog_is_on_the_screen(laptop_run: QgisRun) -> None:
    inspected = (laptop_run.report or {}).get("inspected", {})
    missing = [name for name in MUST_INSPECT if name not in inspected]
    assert not missing, f"not inspected: {missing}; inspected: {sorted(inspected)}"
    # the actions the walk found beyond the known ones (the Service areas dock: "transport-0")
    assert any(name.startswith("transport") for name in inspected), sorted(inspected)
    out_of_reach = {name: found["outside"] + found["main window"] for name, found in inspected.items()
                    if found["outside"] or found["main window"]}
    assert not out_of_reach, json.dumps(out_of_reach, ensure_ascii=False, indent=1)


def test_no_english_in_any_dock_dialog_or_message(laptop_run: QgisRun) -> None:
    report = laptop_run.report or {}
    lang = laptop_run.lang  # type: ignore[attr-defined]
    english = {name: english_texts(found["texts"], lang, DATA.get(name, set()))
               for name, found in report.get("inspected", {}).items()}
    bar = [text for item in report.get("message_bar", []) for text in (item["title"], item["text"]) if text]
    english["message bar"] = english_texts([line for text in bar for line in plain(text)], lang)
    # the plugin's messages in QGIS's log panel, which the message bar's "more" opens
    logged = [e["message"] for e in report.get("log", []) if e["tag"] == "Mapuj Pomoc"]
    english["log"] = english_texts([line for text in logged for line in plain(text)], lang)
    english = {name: found for name, found in english.items() if found}
    assert not english, json.dumps(english, ensure_ascii=False, indent=1)


def test_the_first_sync_lands_on_the_editors_area_in_puwg_1992(laptop_run: QgisRun) -> None:
    if laptop_run.lang != "uk":  # type: ignore[attr-defined]
        pytest.skip("the Ukrainian walk starts from an empty project")
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle

    steps = {s["name"]: s for s in (laptop_run.report or {}).get("steps", [])}
    sync = steps["sync"]["details"]
    assert sync["crs"] == "EPSG:2180" and sync["canvas_crs"] == "EPSG:2180", sync
    scope = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:2180"),
                                   QgsProject.instance()).transformBoundingBox(QgsRectangle(*sync["scope_bbox"]))
    shown = QgsRectangle(*sync["extent"])
    # the editor's commune fills the map: all of it shown, and the map not much larger than it
    assert shown.contains(scope.center()), (shown.toString(), scope.toString())
    assert shown.intersect(scope).area() > 0.8 * scope.area(), (shown.toString(), scope.toString())
    assert shown.width() < 4 * scope.width() or shown.height() < 4 * scope.height(), (shown.toString(), scope.toString())


def test_names_of_points_stay_when_the_docks_narrow_the_map(laptop_run: QgisRun) -> None:
    steps = {s["name"]: s for s in (laptop_run.report or {}).get("steps", [])}
    details = steps["filter dock"]["details"]
    assert details["labels"] > 0, details
