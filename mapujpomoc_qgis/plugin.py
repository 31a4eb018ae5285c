"""QGIS glue: translator, actions, Web menu, toolbar and the Processing provider.

No logic lives here; actions call into gui/ (and gui/ into core/), so that
everything except this file can be tested without a QGIS main window.

The Processing provider is taken from `mapujpomoc_qgis.processing.provider`
(class `MapujPomocProvider`) when that module exists.
"""

from __future__ import annotations

import configparser
import html
import importlib
import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMessageBox, QToolBar

from .core.i18n import tr, ui_locale
from .core.log import log, set_iface
from .core.sync.workcopy import pin_gdal_journal_mode

PLUGIN_DIR = Path(__file__).resolve().parent
# Compiled translations (mapujpomoc_<lang>.qm); scripts/i18n.py compile writes them here.
I18N_DIR = PLUGIN_DIR / "i18n"
PROVIDER_MODULE = f"{__package__}.processing.provider"


def plugin_metadata() -> dict[str, str]:
    """The [general] section of metadata.txt (empty when it cannot be read)."""
    parser = configparser.ConfigParser(interpolation=None)
    # the zip carries it in the plugin folder; a source checkout keeps the one copy at the repository root
    parser.read([PLUGIN_DIR.parent / "metadata.txt", PLUGIN_DIR / "metadata.txt"], encoding="utf-8")
    return dict(parser["general"]) if parser.has_section("general") else {}


def _icon(name: str) -> QIcon:
    try:
        from .gui.icons import svg_icon

        return svg_icon(name)
    except (FileNotFoundError, KeyError):
        # A missing icon must not stop the plugin from loading.
        log(tr("Icon {name} not found").format(name=name), Qgis.MessageLevel.Warning)
        return QIcon()


class MapujPomocPlugin:
    """The object QGIS holds while the plugin is enabled."""

    def __init__(self, iface: Any) -> None:
        self.iface = iface
        self.translator: QTranslator | None = None
        self.toolbar: QToolBar | None = None
        self.actions: list[QAction] = []
        self.menu_title = ""
        self.provider: Any = None
        self.action_settings: QAction | None = None
        self.action_sync: QAction | None = None
        self.action_about: QAction | None = None
        self.action_dock: QAction | None = None
        self.action_filter: QAction | None = None
        self.filter_dock: Any = None
        self.action_areas: QAction | None = None
        self.action_basemap: QAction | None = None
        self.areas_dock: Any = None
        self.sync_dock: Any = None
        self.sync_runner: Any = None
        self.connection_dialog: Any = None
        self.action_print: QAction | None = None
        self.action_export: QAction | None = None
        self.print_dialog: Any = None
        self.export_dialog: Any = None
        self.import_dialog: Any = None
        self.stop_form_language: Callable[[], None] | None = None
        self.form_lists: Any = None
        # Before any tr() call, so menus and toolbars come up translated.
        self._install_translator()

    # -- translation ---------------------------------------------------------------------------

    def _install_translator(self) -> None:
        lang = ui_locale()[:2].lower()
        qm = I18N_DIR / f"mapujpomoc_{lang}.qm"
        if not qm.is_file():
            return  # English (the source language) or a language without a translation
        translator = QTranslator()
        if translator.load(str(qm)):
            QCoreApplication.installTranslator(translator)
            self.translator = translator
        else:
            log(tr("Could not load the translation {path}").format(path=qm), Qgis.MessageLevel.Warning)

    # -- Processing ----------------------------------------------------------------------------

    def initProcessing(self) -> None:
        """Register the Processing provider (QGIS and qgis_process call this)."""
        if self.provider is not None or importlib.util.find_spec(PROVIDER_MODULE) is None:
            return
        provider_class = importlib.import_module(PROVIDER_MODULE).MapujPomocProvider
        self.provider = provider_class()
        QgsApplication.processingRegistry().addProvider(self.provider)

    # -- the working copy's forms --------------------------------------------------------------

    def _watch_forms(self) -> None:
        """Forms in the UI language on every project load (and the project open now, when the plugin is
        enabled later); lists that show what is ticked, in the point's order (docs/ARCHITECTURE.md,
        "The attribute form")."""
        from .core.project.form_language import follow_ui_language, watch_project
        from .gui.form_lists import FormListsWatcher

        self.stop_form_language = watch_project()
        follow_ui_language()
        self.form_lists = FormListsWatcher()

    # -- GUI -----------------------------------------------------------------------------------

    def initGui(self) -> None:
        set_iface(self.iface)
        pin_gdal_journal_mode()
        self.initProcessing()
        self._watch_forms()
        self.menu_title = tr("Mapuj Pomoc")
        self.toolbar = self.iface.addToolBar(tr("Mapuj Pomoc"))
        self.toolbar.setObjectName("MapujPomocToolbar")  # lets QGIS restore its position

        self.action_settings = self._add_action(
            "settings", tr("Connection settings…"), self.show_connection_settings,
            tip=tr("Address of the Mapuj Pomoc store and your account"), toolbar=True)
        self.action_sync = self._add_action(
            "sync", tr("Sync"), self.sync,
            tip=tr("Send your edits to the store and fetch the changes of others"), toolbar=True)
        self.action_filter = self._add_action(
            "information", tr("Help filter"), self.toggle_filter_dock,
            tip=tr("Find help by type, language, form, status, region and text"), toolbar=True)
        self.action_areas = self._add_action(
            "transport", tr("Service areas"), self.toggle_areas_dock,
            tip=tr("Draw service areas, distance buffers, travel-time areas and coverage gaps"), toolbar=True)
        self.action_dock = self._add_action(
            "sync", tr("Sync panel"), self.toggle_sync_dock,
            tip=tr("Pending changes, conflicts, refusals and history"))
        self.action_print = self._add_action(
            "education", tr("Print map…"), self.show_print_dialog,
            tip=tr("Print a map of the aid points of a region to PDF, with a Polish and Ukrainian legend"))
        self.action_export = self._add_action(
            "material", tr("Regional export…"), self.show_export_dialog,
            tip=tr("Export the aid points of a region to GeoPackage, GeoJSON, CSV, XLSX or KML"))
        self.action_import = self._add_action(
            "reception", tr("Import a list…"), self.show_import_dialog,
            tip=tr("Add help points from a spreadsheet or layer of an NGO or a commune, without duplicates"))
        self.action_basemap = self._add_basemap_action()
        self.action_about = self._add_action(
            "mapujpomoc", tr("About"), self.show_about, tip=tr("About the Mapuj Pomoc plugin"))

    def _add_action(self, icon: str, text: str, slot: Callable[[], None], *, tip: str = "",
                    toolbar: bool = False) -> QAction:
        action = QAction(_icon(icon), text, self.iface.mainWindow())
        action.setObjectName(f"mActionMapujPomoc_{icon}")
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        # triggered passes a `checked` flag the slots do not take.
        action.triggered.connect(lambda _checked=False: slot())
        self.iface.addPluginToWebMenu(self.menu_title, action)
        if toolbar and self.toolbar is not None:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def _add_basemap_action(self) -> QAction:
        """"Street basemap" with a submenu of the presets (gui/basemap_menu.py)."""
        from .gui.basemap_menu import BasemapMenu

        action = self._add_action("integration", tr("Street basemap"), lambda: None,
                                  tip=tr("Put a street map, topographic map or orthophoto under the aid points"))
        action.setMenu(BasemapMenu(self.iface.mainWindow()))
        return action

    def unload(self) -> None:
        """Remove everything initGui added (QGIS calls this on disable, reload and exit)."""
        if self.action_basemap is not None and self.action_basemap.menu() is not None:
            self.action_basemap.menu().deleteLater()  # its parent is the main window, which stays
        for action in self.actions:
            self.iface.removePluginWebMenu(self.menu_title, action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions.clear()
        self.action_settings = self.action_sync = self.action_about = self.action_dock = None
        self.action_filter = self.action_print = self.action_export = None
        self.action_areas = self.action_basemap = None
        if self.areas_dock is not None:
            self.areas_dock.cleanup()
            self.iface.removeDockWidget(self.areas_dock)
            self.areas_dock.deleteLater()
            self.areas_dock = None
        for dialog in (self.print_dialog, self.export_dialog, self.import_dialog):
            if dialog is not None:
                dialog.reject()
                dialog.deleteLater()
        self.print_dialog = self.export_dialog = self.import_dialog = None
        if self.filter_dock is not None:
            self.iface.removeDockWidget(self.filter_dock)
            self.filter_dock.deleteLater()
            self.filter_dock = None
        if self.sync_dock is not None:
            self.sync_dock.cleanup()
            self.iface.removeDockWidget(self.sync_dock)
            self.sync_dock.deleteLater()
            self.sync_dock = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
        if self.stop_form_language is not None:
            self.stop_form_language()
            self.stop_form_language = None
        if self.form_lists is not None:
            self.form_lists.stop()
            self.form_lists = None
        set_iface(None)

    # -- actions -------------------------------------------------------------------------------

    def show_connection_settings(self) -> None:
        from .core.settings import ConnectionSettings
        from .gui.connection_dialog import ConnectionDialog

        # open(), not exec_(): window-modal without a nested event loop
        self.connection_dialog = ConnectionDialog(ConnectionSettings.load(), self.iface.mainWindow())
        self.connection_dialog.open()

    def runner(self) -> Any:
        if self.sync_runner is None:
            from .gui.sync_runner import SyncRunner

            self.sync_runner = SyncRunner(self.iface)
            self.sync_runner.done.connect(self._open_on_refusals)
        return self.sync_runner

    def _open_on_refusals(self, task: Any) -> None:
        """A sync that left refused changes opens the Sync panel on them, even when it was never opened."""
        report = getattr(task, "report", None)
        if task.error or report is None or not report.refused:
            return
        if self.sync_dock is None:
            self.toggle_sync_dock()
        self.sync_dock.show_refusals([(r["collection"], r["id"]) for r in report.refused])

    def sync(self) -> None:
        self.runner().start()

    def toggle_filter_dock(self) -> None:
        from .gui.filter_dock import FilterDock, find_aid_layer

        layer = find_aid_layer()
        if layer is None:
            log(tr("Sync first: the filter works on the aid points of your working copy."), Qgis.MessageLevel.Info,
                push=True)
            return
        if self.filter_dock is None:
            from qgis.PyQt.QtCore import Qt

            self.filter_dock = FilterDock(self.iface, parent=self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.filter_dock)
            self.runner().done.connect(self._after_sync)
        else:  # a dock behind another's tab is raised, not hidden
            self.filter_dock.toggleUserVisible()
        if self.filter_dock.isVisible():
            self.filter_dock.set_layer(layer, self._scope(), background=True)

    def toggle_areas_dock(self) -> None:
        from .core.project.layers import find_layer
        from .gui.service_area_dock import ServiceAreaDock

        if self.areas_dock is None:
            from qgis.PyQt.QtCore import Qt

            self.areas_dock = ServiceAreaDock(self.iface, parent=self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.areas_dock)
            if self.filter_dock is not None and self.filter_dock.isVisible():
                # a tab beside the filter, not a third dock stacked in the right area of a laptop screen
                self.iface.mainWindow().tabifyDockWidget(self.filter_dock, self.areas_dock)
                self.areas_dock.raise_()
        else:
            self.areas_dock.toggleUserVisible()
        if self.areas_dock.isVisible():
            self.areas_dock.set_layers(find_layer("aid_points"), find_layer("service_areas"))

    def _scope(self) -> list[str]:
        from .core.settings import ConnectionSettings
        from .core.sync.workcopy import WorkingCopy, WorkingCopyError

        try:
            with WorkingCopy(ConnectionSettings.load().workcopy_path()) as wc:
                return (wc.meta_json("me") or {}).get("scope") or []
        except WorkingCopyError:
            return []

    def _after_sync(self, task: Any) -> None:
        from .gui.filter_dock import find_aid_layer

        layer = find_aid_layer()
        if self.filter_dock is not None and self.filter_dock.isVisible() and layer is not None and not task.error:
            self.filter_dock.set_layer(layer, self._scope(), background=True)

    def _print_source(self) -> tuple[str | None, Any]:
        """The working copy of the project's aid points (else the configured one) and the dock's filter."""
        from .core.project.layers import source_parts
        from .core.settings import ConnectionSettings
        from .gui.filter_dock import find_aid_layer

        layer = find_aid_layer()
        path = source_parts(layer)[0] if layer is not None else ConnectionSettings.load().workcopy_path()
        if not path or not Path(path).is_file():
            log(tr("Sync first: printing and export work on the aid points of your working copy."),
                Qgis.MessageLevel.Info, push=True)
            return None, None
        flt = self.filter_dock.current_filter() if self.filter_dock is not None else None
        return path, flt

    def show_print_dialog(self) -> None:
        from .gui.print_dialog import PrintDialog

        workcopy, flt = self._print_source()
        if workcopy is None:
            return
        self.print_dialog = PrintDialog(self.iface, workcopy, flt, self.iface.mainWindow())
        self.print_dialog.open()

    def show_import_dialog(self) -> None:
        from .core.project.layers import find_layer, source_parts
        from .gui.import_dialog import ImportDialog

        layer = find_layer("aid_points")
        if layer is None:
            log(tr("Sync first: the import adds to the aid points of your working copy."), Qgis.MessageLevel.Info,
                push=True)
            return
        if self.import_dialog is not None:
            self.import_dialog.deleteLater()
        self.import_dialog = ImportDialog(layer, source_parts(layer)[0], self.iface.mainWindow())
        self.import_dialog.show()

    def show_export_dialog(self) -> None:
        from .gui.export_dialog import ExportDialog

        workcopy, flt = self._print_source()
        if workcopy is None:
            return
        self.export_dialog = ExportDialog(self.iface, workcopy, flt, self.iface.mainWindow())
        self.export_dialog.open()

    def toggle_sync_dock(self) -> None:
        if self.sync_dock is None:
            from qgis.PyQt.QtCore import Qt

            from .gui.sync_dock import SyncDock

            self.sync_dock = SyncDock(self.iface, self.runner(), self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.sync_dock)
            return
        self.sync_dock.setVisible(not self.sync_dock.isVisible())
        if self.sync_dock.isVisible():
            self.sync_dock.refresh()

    def about_html(self) -> str:
        meta = plugin_metadata()
        version = html.escape(meta.get("version", "?"))
        homepage = html.escape(meta.get("homepage", ""), quote=True)
        title = html.escape(tr("Mapuj Pomoc"))
        parts = [
            f"<h3>{title} {version}</h3>",
            "<p>" + html.escape(tr(
                "Help points for refugees from Ukraine in Poland: load the shared layer, keep the entries "
                "of your area up to date and sync them with the central store.")) + "</p>",
            "<p>" + html.escape(tr("Licence: GNU GPL v2 or later.")) + "</p>",
        ]
        if homepage:
            parts.append(f'<p><a href="{homepage}">{homepage}</a></p>')
        return "".join(parts)

    def show_about(self) -> None:
        QMessageBox.about(self.iface.mainWindow(), tr("About Mapuj Pomoc"), self.about_html())
