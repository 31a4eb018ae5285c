"""The plugin loads into QGIS, adds its menu and toolbar, translates itself and unloads cleanly.

pytest-qgis's mock interface has no Web menu, so `web_menu_iface` gives it one that behaves like
QGIS's (a "Web" menu with one submenu per plugin, removed once empty).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from qgis.core import Qgis, QgsApplication, QgsSettings
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QMenu, QToolBar

import mapujpomoc_qgis
from mapujpomoc_qgis import plugin as plugin_module
from mapujpomoc_qgis.core import i18n, log

ROOT = Path(__file__).resolve().parents[2]


class WebMenu:
    """QGIS's addPluginToWebMenu/removePluginWebMenu on the mock main window."""

    def __init__(self, iface: Any) -> None:
        self.menu_bar = iface.mainWindow().menuBar()
        self.web = QMenu("&Web", iface.mainWindow())
        self.menu_bar.addMenu(self.web)

    def submenu(self, name: str) -> QMenu | None:
        for action in self.web.actions():
            if action.menu() is not None and action.text() == name:
                return action.menu()
        return None

    def add(self, name: str, action: QAction) -> None:
        menu = self.submenu(name)
        if menu is None:
            menu = self.web.addMenu(name)
        menu.addAction(action)

    def remove(self, name: str, action: QAction) -> None:
        menu = self.submenu(name)
        if menu is None:
            return
        menu.removeAction(action)
        if not menu.actions():
            self.web.removeAction(menu.menuAction())


@pytest.fixture
def web_menu(qgis_iface: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[WebMenu]:
    menu = WebMenu(qgis_iface)
    monkeypatch.setattr(qgis_iface, "addPluginToWebMenu", menu.add, raising=False)
    monkeypatch.setattr(qgis_iface, "removePluginWebMenu", menu.remove, raising=False)
    yield menu
    menu.menu_bar.removeAction(menu.web.menuAction())


@pytest.fixture
def messages() -> Iterator[list[tuple[str, str, Qgis.MessageLevel]]]:
    """Everything logged to QgsMessageLog during the test."""
    received: list[tuple[str, str, Qgis.MessageLevel]] = []

    def collect(message: str, tag: str, level: Qgis.MessageLevel) -> None:
        received.append((message, tag, level))

    QgsApplication.messageLog().messageReceived.connect(collect)
    yield received
    QgsApplication.messageLog().messageReceived.disconnect(collect)


def _flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def _toolbars(iface: Any) -> list[QToolBar]:
    return [t for t in iface.mainWindow().findChildren(QToolBar, "MapujPomocToolbar") if not sip.isdeleted(t)]


def _compile_qm(out_dir: Path) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "compile", "--out-dir", str(out_dir)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# -- load / unload ------------------------------------------------------------------------------

def test_package_import_does_not_pull_in_qt() -> None:
    # The store imports mapujpomoc_model.catalog; the package itself must stay light.
    code = "import sys, mapujpomoc_qgis, mapujpomoc_model.catalog; print('qgis' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_load_init_gui_and_unload(qgis_app: Any, qgis_iface: Any, web_menu: WebMenu, ui_language: Any) -> None:
    ui_language("en_GB")
    plugin = mapujpomoc_qgis.classFactory(qgis_iface)
    assert isinstance(plugin, plugin_module.MapujPomocPlugin)
    plugin.initGui()

    [toolbar] = _toolbars(qgis_iface)
    assert [a.text() for a in toolbar.actions()] == ["Connection settings…", "Sync", "Help filter", "Service areas"]
    submenu = web_menu.submenu("Mapuj Pomoc")
    assert submenu is not None
    assert [a.text() for a in submenu.actions()] == ["Connection settings…", "Sync", "Help filter", "Service areas",
                                                     "Sync panel", "Print map…", "Regional export…",
                                                     "Import a list…", "Street basemap", "About"]
    basemap_menu = submenu.actions()[-2].menu()
    assert basemap_menu is not None and [a.text() for a in basemap_menu.actions()] == [
        "No basemap", "OpenStreetMap", "Topographic map (geoportal.gov.pl)", "Orthophoto (geoportal.gov.pl)", "",
        "Basemap addresses…"]
    for action in submenu.actions():
        assert not action.icon().isNull(), f"{action.text()} has no icon"
        assert action.toolTip()
        # The SVG really renders (a broken file gives an icon without pixels).
        assert not action.icon().pixmap(24, 24).toImage().isNull()

    plugin.unload()
    _flush_deletes()
    assert web_menu.submenu("Mapuj Pomoc") is None
    assert _toolbars(qgis_iface) == []
    assert plugin.actions == [] and plugin.toolbar is None


def test_load_unload_twice_leaves_nothing_behind(qgis_app: Any, qgis_iface: Any, web_menu: WebMenu) -> None:
    # QGIS's "reload plugin" does exactly this.
    for _ in range(2):
        plugin = mapujpomoc_qgis.classFactory(qgis_iface)
        plugin.initGui()
        assert len(_toolbars(qgis_iface)) == 1
        plugin.unload()
        _flush_deletes()
    assert _toolbars(qgis_iface) == [] and web_menu.submenu("Mapuj Pomoc") is None


def test_actions_open_settings_and_refuse_to_sync_unconfigured(
        qgis_app: Any, qgis_iface: Any, web_menu: WebMenu, ui_language: Any,
        messages: list[tuple[str, str, Qgis.MessageLevel]]) -> None:

    ui_language("en_US")
    QgsSettings().remove("mapujpomoc")
    plugin = mapujpomoc_qgis.classFactory(qgis_iface)
    plugin.initGui()
    try:
        plugin.action_sync.trigger()
        plugin.action_settings.trigger()
        dialog = plugin.connection_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.url.text() == ""
        dialog.reject()
    finally:
        plugin.unload()
    warnings = qgis_iface.messageBar().get_messages(Qgis.Warning)
    assert any("Connection settings" in m and "store address" in m for m in warnings)


def test_about_text_comes_from_metadata(qgis_app: Any, qgis_iface: Any, ui_language: Any) -> None:
    ui_language("en_US")
    meta = plugin_module.plugin_metadata()
    assert meta["name"] == "Mapuj Pomoc" and meta["version"] == "0.1.0"
    text = mapujpomoc_qgis.classFactory(qgis_iface).about_html()
    assert "0.1.0" in text and meta["homepage"] in text


def test_processing_provider_follows_the_processing_package(qgis_app: Any, qgis_iface: Any,
                                                            web_menu: WebMenu) -> None:
    plugin = mapujpomoc_qgis.classFactory(qgis_iface)
    plugin.initGui()
    try:
        if importlib.util.find_spec(plugin_module.PROVIDER_MODULE) is None:
            assert plugin.provider is None
        else:
            assert plugin.provider in QgsApplication.processingRegistry().providers()
    finally:
        plugin.unload()
    assert plugin.provider is None


# -- translation --------------------------------------------------------------------------------

@pytest.mark.parametrize(("locale", "sync", "about"), [
    ("pl_PL", "Synchronizuj", "O wtyczce"),
    ("uk_UA", "Синхронізувати", "Про модуль"),
])
def test_ui_language_loads_the_translation(qgis_app: Any, qgis_iface: Any, web_menu: WebMenu, ui_language: Any,
                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           locale: str, sync: str, about: str) -> None:
    _compile_qm(tmp_path)
    monkeypatch.setattr(plugin_module, "I18N_DIR", tmp_path)
    ui_language(locale)
    assert i18n.current_language() == locale[:2]

    plugin = mapujpomoc_qgis.classFactory(qgis_iface)
    assert plugin.translator is not None
    assert i18n.tr("Sync") == sync
    plugin.initGui()
    submenu = web_menu.submenu(i18n.tr("Mapuj Pomoc"))
    assert submenu is not None
    texts = [a.text() for a in submenu.actions()]
    assert texts[1] == sync and texts[-1] == about

    plugin.unload()
    # The translator goes with the plugin.
    assert i18n.tr("Sync") == "Sync"


def test_english_and_unsupported_locales_stay_english(qgis_app: Any, qgis_iface: Any, ui_language: Any,
                                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _compile_qm(tmp_path)
    monkeypatch.setattr(plugin_module, "I18N_DIR", tmp_path)
    for locale in ("en_US", "de_DE", "ru_RU"):
        ui_language(locale)
        assert i18n.current_language() == "en"
        plugin = mapujpomoc_qgis.classFactory(qgis_iface)
        assert plugin.translator is None
        assert i18n.tr("Sync") == "Sync"


def test_current_language_reads_the_qgis_setting(qgis_app: Any, ui_language: Any) -> None:
    ui_language("pl")
    assert i18n.current_language() == "pl"
    ui_language("uk_UA")
    assert i18n.current_language() == "uk"
    ui_language("UK")
    assert i18n.current_language() == "uk"


# -- log wrapper --------------------------------------------------------------------------------

TOKEN = "mp_Zx3k9VbQ2-tT_8aLw0pYc7RrN1eMsGhUjK4dFq6oIyE"


@pytest.mark.parametrize(("raw", "secret"), [
    (f"GET /me with Authorization: Bearer {TOKEN} failed", TOKEN),
    ("header authorization: bearer abc.def.ghi", "abc.def.ghi"),
    (f"token {TOKEN} rejected", TOKEN),
    (f"401 for https://store.example/items?access_token={TOKEN[3:]}&limit=10", TOKEN[3:]),
    ("connecting with password=hunter2; retrying", "hunter2"),
    ("https://editor:s3cr3t@store.example/collections", "s3cr3t"),
    ("Authorization: Basic ZWRpdG9yOnMzY3IzdA==", "ZWRpdG9yOnMzY3IzdA=="),
])
def test_redact_masks_secrets(raw: str, secret: str) -> None:
    masked = log.redact(raw)
    assert secret not in masked
    assert log.MASK in masked


@pytest.mark.parametrize("text", [
    "Synced 12 changes from https://store.example/collections/aid_points",
    "temp_file.gpkg written", "bump_version 3", "Bearer", "mp_ prefix explained",
])
def test_redact_leaves_ordinary_text_alone(text: str) -> None:
    assert log.redact(text) == text


def test_log_never_writes_a_token(qgis_app: Any, qgis_iface: Any,
                                  messages: list[tuple[str, str, Qgis.MessageLevel]]) -> None:
    log.set_iface(qgis_iface)
    try:
        shown = log.log(f"request failed: Authorization: Bearer {TOKEN}", Qgis.Warning, push=True, duration=3)
    finally:
        log.set_iface(None)
    assert TOKEN not in shown
    assert (shown, log.TAG, Qgis.Warning) in messages
    pushed = qgis_iface.messageBar().get_messages(Qgis.Warning)
    assert pushed and all(TOKEN not in m for m in pushed)
    assert pushed[-1] == f"{log.TAG}:{shown}"
