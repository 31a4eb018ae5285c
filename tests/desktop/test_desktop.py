"""The real QGIS desktop (not the iface stub): a fresh profile with only the plugin, installed from the
built zip, opens a project of a synced working copy; scripts/desktop_driver.py, running inside QGIS,
goes through every action, dock and dialog. The test fails on any Python error or exception QGIS
logged, on any dock or dialog that did not open and on any step that went wrong.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from harness import DesktopProfile, QgisRun, run_qgis

pytestmark = [pytest.mark.desktop, pytest.mark.timeout(300)]

# what has to open in the walk (report["opened"] keys, as scripts/desktop_driver.py names them)
MUST_OPEN = ("filter dock", "sync panel", "attribute form", "conflict dialog", "history dialog", "print dialog",
             "layout designer", "export dialog", "connection dialog", "about")
# the plugin's English menu texts: none may be left in a Polish QGIS
ENGLISH = {"Connection settings…", "Sync", "Help filter", "Service areas", "Sync panel", "Print map…", "Regional export…",
           "About"}
MAIN_SHOTS = ("map", "form", "conflict", "print")


def explain(run: QgisRun) -> str:
    """What went wrong, for the assertion message: failed steps, Python errors, the end of QGIS's output."""
    lines = [f"QGIS exit code {run.returncode}, {run.seconds:.0f} s, timed out: {run.timed_out}"]
    if run.screen:
        lines.append(f"screen when it overran: {run.screen}")
    report = run.report or {}
    if report.get("exit_blocked"):
        lines.append(f"QGIS did not quit: {report['exit_blocked']}")
    for step in report.get("steps", []):
        if not step.get("ok"):
            lines.append(f"step {step['name']}: {step.get('error')}\n{step.get('traceback', '')}")
    for entry in report.get("python_errors", []) + report.get("python_warnings", []):
        lines.append(f"[{entry['tag']}] {entry['message']}")
    lines += report.get("exceptions", [])
    lines.append("QGIS output (end):\n" + run.output[-3000:])
    return "\n".join(lines)


@pytest.fixture(scope="module")
def desktop_run(desktop_store: Any, plugin_zip: Path, tmp_path_factory: pytest.TempPathFactory) -> QgisRun:
    tmp = tmp_path_factory.mktemp("desktop")
    profile = DesktopProfile(tmp / "qgis", "test", "pl_PL").create(plugin_zip)
    project = tmp / "olsztyn.qgz"
    prepared = profile.prepare(desktop_store.url, "ed_olsztyn", desktop_store.token("ed_olsztyn"),
                               tmp / "olsztyn.gpkg", project)
    assert prepared["points"] > 0, prepared
    run = run_qgis(profile, project, {"mode": "test", "store_url": desktop_store.url, "project": str(project),
                                      "admin_token": desktop_store.token("admin"), "work": str(tmp / "out")},
                   timeout=150, work=tmp / "run")
    run.profile = profile  # type: ignore[attr-defined]
    return run


def test_qgis_ran_the_whole_walk_and_quit(desktop_run: QgisRun) -> None:
    assert not desktop_run.timed_out, explain(desktop_run)
    assert desktop_run.report is not None, explain(desktop_run)
    assert desktop_run.report["finished"], explain(desktop_run)
    assert desktop_run.returncode == 0, explain(desktop_run)


def test_no_python_error_in_the_qgis_log(desktop_run: QgisRun) -> None:
    report = desktop_run.report or {}
    assert report.get("log_panel") is not None, explain(desktop_run)
    assert not report["python_errors"], explain(desktop_run)
    assert not report["exceptions"], explain(desktop_run)
    assert not report["python_warnings"], explain(desktop_run)
    critical = [e for e in report["log"] if e["tag"] == "Mapuj Pomoc" and e["level"] == 2]  # Qgis.Critical
    assert not critical, json.dumps(critical, ensure_ascii=False, indent=1)


def test_the_project_opens_without_warnings(desktop_run: QgisRun) -> None:
    """The project written headless (as `make demo` writes one) opens cleanly in the desktop."""
    panel = (desktop_run.report or {}).get("log_panel", {})
    missing_fonts = [line for text in panel.values() for line in text.splitlines() if "not available on system" in line]
    assert not missing_fonts, missing_fonts


def test_every_step_dock_and_dialog(desktop_run: QgisRun) -> None:
    report = desktop_run.report or {}
    failed = [s["name"] for s in report.get("steps", []) if not s["ok"]]
    assert not failed, explain(desktop_run)
    missing = [what for what in MUST_OPEN if not report["opened"].get(what)]
    assert not missing, f"did not open: {missing}\n{explain(desktop_run)}"


def test_plugin_installed_from_the_zip_in_polish(desktop_run: QgisRun) -> None:
    report = desktop_run.report or {}
    profile: DesktopProfile = desktop_run.profile  # type: ignore[attr-defined]
    assert report["plugin"]["loaded"] and report["plugin"]["active"]
    assert Path(report["plugin"]["path"]).is_relative_to(profile.plugins.resolve())
    assert report["locale"].startswith("pl")
    texts = {a["text"] for a in report["actions"]}
    assert len(texts) >= 7 and not texts & ENGLISH, texts
    assert all(a["in_menu"] for a in report["actions"])
    steps = {s["name"]: s for s in report["steps"]}
    # the conflict was resolved as "mine" and the colleague's other field merged in
    assert steps["conflict"]["details"]["store phone"] == "+48 89 523 45 67"
    assert steps["connection"]["details"]["result"].count("ed_olsztyn") == 1


def test_screenshots_of_the_main_screens(desktop_run: QgisRun) -> None:
    from qgis.PyQt.QtGui import QImage

    shots = (desktop_run.report or {}).get("screenshots", {})
    for label in MAIN_SHOTS:
        assert label in shots, f"no screenshot of {label}: {sorted(shots)}"
        image = QImage(shots[label])
        assert not image.isNull() and image.width() > 300 and image.height() > 150, (label, image.size())
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        assert len(colours) > 20, f"{label} looks empty ({len(colours)} colours)"


def test_the_report_catches_a_python_error(desktop_store: Any, plugin_zip: Path,
                                           tmp_path_factory: pytest.TempPathFactory) -> None:
    """The other tests can fail: an exception raised in a Qt slot inside QGIS lands in the report."""
    tmp = tmp_path_factory.mktemp("desktop-error")
    profile = DesktopProfile(tmp / "qgis", "test", "en_GB").create(plugin_zip)
    project = tmp / "olsztyn.qgz"
    profile.prepare(desktop_store.url, "ed_olsztyn", desktop_store.token("ed_olsztyn"), tmp / "olsztyn.gpkg",
                    project)
    run = run_qgis(profile, project, {"mode": "test", "steps": ["plugin"], "inject_error": True,
                                      "project": str(project)}, timeout=90, work=tmp / "run")
    report = run.report
    assert report is not None and report["finished"] and run.returncode == 0, explain(run)
    assert not report["ok"]
    assert any("injected by the desktop driver" in e["message"] for e in report["python_errors"]), report
