"""Runs INSIDE the real QGIS desktop (`qgis --code scripts/desktop_driver.py project.qgz`).

It drives the installed Mapuj Pomoc plugin the way a user would and writes what it saw as JSON.
The settings come from the JSON file named by MAPUJPOMOC_DESKTOP_CONFIG (tests/desktop/harness.py
writes it):

    mode         "test" or "screenshots": walk through every action, dock and dialog, save a
                 screenshot of each, write `report`, quit QGIS;
                 "demo": sync, zoom to the editor's area, open the filter dock and the Sync panel,
                 then leave QGIS to the user
    report       where to write the JSON report
    shots        folder for the screenshots (<name>.png)
    work         folder for the PDF and export files the dialogs write
    store_url, admin_token   the store, and an admin token to make a colleague's clashing edit
    timeout      seconds before the driver gives up, writes what it has and quits
    screen       the virtual screen's size; QGIS's window is maximised to it
    inspect      check every dock and dialog the walk opens with scripts/desktop_inspect.py (`inspector`):
                 report["inspected"][name] lists its controls out of reach and the texts it shows;
                 report["message_bar"] every text pushed to QGIS's message bar
    first_sync   the project starts empty: the first sync adds the layers and must land on the
                 editor's area in EPSG:2180 (report step "sync": crs, extent, scope_bbox)
    steps        only the walk's steps of these names (default: all)
    walk         a Python file whose steps(ctx) replace the walk after the "plugin" step
                 (scripts/desktop_walk.py: the officer's walk-through of issue 16)
    inject_error raise an exception in a Qt slot at the end, to prove the report catches it

The walk: wait for the plugin and the project; sync; open the filter dock and the Sync panel over the
map zoomed to the editor's area; open a point's attribute form; make a conflict (the same field
changed through the layer and on the store) and resolve it in the conflict dialog; the point's history;
print a PDF and open the layout designer; a regional export; the connection dialog with "Test
connection"; About; any other action of the plugin; hide and show both docks; unload the plugin.
Everything QGIS logs (QgsMessageLog, the log panel from start-up on) and every uncaught Python
exception goes into the report; the test fails on Python errors there.

QGIS runs this file with exec() in its console namespace, so everything lives inside `_main()`.
"""


def _main() -> None:  # one closure: nothing leaks into QGIS's __main__
    import json
    import os
    import sys
    import threading
    import time
    import traceback
    import urllib.request
    from pathlib import Path

    import qgis.utils
    from qgis.core import Qgis, QgsApplication, QgsFeatureRequest, QgsProject
    from qgis.PyQt import sip
    from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer
    from qgis.PyQt.QtWidgets import QApplication, QDialog, QDockWidget, QMessageBox, QTabWidget, QWidget
    from qgis.utils import iface

    name = "mapujpomoc_qgis"
    config = json.loads(Path(os.environ["MAPUJPOMOC_DESKTOP_CONFIG"]).read_text(encoding="utf-8"))
    mode = config.get("mode", "test")
    shots = Path(config.get("shots") or Path(config["report"]).parent / "shots")
    work = Path(config.get("work") or Path(config["report"]).parent)
    shots.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    python_error_tags = {"Python error", QCoreApplication.translate("Python", "Python error")}
    python_warning_tags = {"Python warning", QCoreApplication.translate("Python", "Python warning")}

    report: dict = {
        "mode": mode, "ok": False, "finished": False, "qgis_version": Qgis.QGIS_VERSION,
        "locale": QgsApplication.locale(), "plugin": {}, "actions": [], "steps": [], "opened": {},
        "screenshots": {}, "log": [], "log_panel": {}, "exceptions": [], "python_errors": [],
        "python_warnings": [], "inspected": {}, "message_bar": [],
    }

    # -- what QGIS logs, and Python exceptions --------------------------------------------------------

    def on_message(message: str, tag: str, level: int) -> None:
        report["log"].append({"tag": tag, "level": int(level), "message": message,
                              "t": round(time.monotonic() - started, 2)})

    log_signal = QgsApplication.messageLog().messageReceived
    try:
        log_signal[str, str, Qgis.MessageLevel].connect(on_message)
    except (KeyError, TypeError):
        log_signal.connect(on_message)

    previous_hook = sys.excepthook

    def excepthook(kind, value, tb) -> None:  # type: ignore[no-untyped-def]
        text = "".join(traceback.format_exception(kind, value, tb))
        report["exceptions"].append(text)
        if mode == "demo":
            previous_hook(kind, value, tb)
        else:  # logged like QGIS does, without its blocking stack-trace dialog
            QgsApplication.messageLog().logMessage(text, "Python error", Qgis.Critical)

    sys.excepthook = excepthook

    def log_panel() -> dict[str, str]:
        """The message log panel's tabs (tag -> text): everything logged since QGIS started."""
        out: dict[str, str] = {}
        dock = iface.mainWindow().findChild(QDockWidget, "MessageLog")
        for tabs in dock.findChildren(QTabWidget) if dock is not None else []:
            for i in range(tabs.count()):
                widget = tabs.widget(i)
                text = widget.toPlainText() if hasattr(widget, "toPlainText") else ""
                out[tabs.tabText(i).replace("&", "")] = text
        return out

    # -- the step machinery: generators that yield what to wait for -----------------------------------

    class StepFailed(Exception):
        pass

    class Wait:
        def __init__(self, until=None, timeout: float = 30, what: str = "", ms: int = 0):  # type: ignore[no-untyped-def]
            self.until, self.timeout, self.what, self.ms = until, timeout, what, ms

    def sleep(ms: int) -> Wait:
        return Wait(ms=ms)

    def until(predicate, timeout: float, what: str) -> Wait:  # type: ignore[no-untyped-def]
        return Wait(predicate, timeout, what)

    def check(condition: object, message: str) -> None:
        if not condition:
            raise StepFailed(message)

    class Runner:
        poll_ms = 100

        def __init__(self, generator) -> None:  # type: ignore[no-untyped-def]
            self.gen = generator
            self.wait: Wait | None = None
            self.deadline = 0.0
            self.done = False

        def start(self) -> None:
            QTimer.singleShot(0, lambda: self.advance())

        def advance(self, value=None, exc: BaseException | None = None) -> None:  # type: ignore[no-untyped-def]
            try:
                wait = self.gen.throw(exc) if exc is not None else self.gen.send(value)
            except StopIteration:
                finish()
                return
            except BaseException:  # the driver itself broke: report it, never hang QGIS
                report["steps"].append({"name": "driver", "ok": False, "error": traceback.format_exc()})
                finish()
                return
            self.wait = wait
            self.deadline = time.monotonic() + wait.timeout
            QTimer.singleShot(wait.ms or self.poll_ms, self.poll)

        def poll(self) -> None:
            wait = self.wait
            if self.done or wait is None:
                return
            if wait.until is None:
                self.advance()
                return
            try:
                value = wait.until()
            except Exception as exc:  # thrown into the step that waits
                self.advance(exc=exc)
                return
            if value:
                self.advance(value)
            elif time.monotonic() > self.deadline:
                self.advance(exc=StepFailed(f"timed out after {wait.timeout:g} s waiting for {wait.what}"))
            else:
                QTimer.singleShot(self.poll_ms, self.poll)

    # -- helpers ----------------------------------------------------------------------------------------

    mw = iface.mainWindow()
    canvas = iface.mapCanvas()
    state: dict = {"syncs": 0, "task": None, "plugin": None}

    def plugin():  # type: ignore[no-untyped-def]
        return state["plugin"]

    def visible_windows() -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not mw]

    def close_windows(keep: tuple = ()) -> None:  # type: ignore[type-arg]
        for w in visible_windows():
            if w in keep:
                continue
            if isinstance(w, QDialog):
                w.reject()
            else:
                w.close()

    def shot(widget: QWidget, label: str) -> str:
        path = shots / f"{label}.png"
        QApplication.processEvents()
        if not widget.grab().save(str(path)):
            raise StepFailed(f"could not save the screenshot {path}")
        report["screenshots"][label] = str(path)
        return str(path)

    inspector = None
    if config.get("inspect"):
        import importlib.util

        spec = importlib.util.spec_from_file_location("mapujpomoc_desktop_inspect", config["inspector"])
        inspector = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(inspector)

        seen_items: set = set()

        def on_message_bar(*_args) -> None:  # type: ignore[no-untyped-def]
            # widgetAdded hands over a plain QWidget in PyQt: read the bar's items instead
            for item in iface.messageBar().items():
                if not sip.isdeleted(item) and id(item) not in seen_items:
                    seen_items.add(id(item))
                    report["message_bar"].append({"title": item.title(), "text": item.text()})

        iface.messageBar().widgetAdded.connect(on_message_bar)
        bar_timer = QTimer(mw)  # and every 100 ms: what is pushed while the bar is busy waits in its queue
        bar_timer.timeout.connect(on_message_bar)
        bar_timer.start(100)

    def inspect(widget: QWidget, label: str) -> None:
        """What `widget` shows and what of it is out of reach, when the config asks for it."""
        if inspector is None:
            return
        QApplication.processEvents()
        screen = QApplication.primaryScreen().geometry()
        found = inspector.inspect(widget, screen)
        found["main window"] = [f"{w}: {r.width()}x{r.height()}+{r.x()}+{r.y()}"
                                for w, r in (("window", mw.frameGeometry()),
                                             ("status bar", inspector.global_rect(mw.statusBar())))
                                if not screen.contains(r)]
        report["inspected"][label] = found

    def rendered():  # type: ignore[no-untyped-def]
        yield sleep(400)
        yield until(lambda: not canvas.isDrawing(), 60, "the map to render")
        yield sleep(400)

    def aid_layer():  # type: ignore[no-untyped-def]
        from mapujpomoc_qgis.gui.filter_dock import find_aid_layer

        return find_aid_layer()

    def me() -> dict:
        from mapujpomoc_qgis.core.settings import ConnectionSettings
        from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy

        with WorkingCopy(ConnectionSettings.load().workcopy_path()) as wc:
            return wc.meta_json("me") or {}

    def points_in_scope(layer, limit: int = 5) -> list:  # type: ignore[no-untyped-def,type-arg]
        scope = me().get("scope") or [""]
        expr = " OR ".join(f"\"teryt\" LIKE '{p}%'" for p in scope)
        request = QgsFeatureRequest().setFilterExpression(f"({expr}) AND \"status\" = 'active'")
        request.addOrderBy("name")
        request.setLimit(limit)
        return list(layer.getFeatures(request))

    def store(method: str, path: str, body: dict | None = None, headers: dict | None = None):  # type: ignore[no-untyped-def,type-arg]
        request = urllib.request.Request(config["store_url"] + path, method=method,
                                         data=json.dumps(body).encode() if body is not None else None,
                                         headers={"Authorization": f"Bearer {config['admin_token']}",
                                                  **(headers or {})})
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.headers, json.loads(response.read() or b"null")

    def trigger(action) -> None:  # type: ignore[no-untyped-def]
        # from the event loop, not from inside a step: a modal dialog's exec() must not nest in the runner
        QTimer.singleShot(0, action.trigger)

    def sync():  # type: ignore[no-untyped-def]
        before = state["syncs"]
        trigger(plugin().action_sync)
        yield until(lambda: state["syncs"] > before, 90, "the sync to finish")
        task = state["task"]
        check(not task.error, f"the sync failed: {task.error}")
        return task

    # -- the steps ----------------------------------------------------------------------------------------

    def step_plugin():  # type: ignore[no-untyped-def]
        yield until(lambda: qgis.utils.plugins.get(name), 60, "the plugin to load")
        p = qgis.utils.plugins[name]
        state["plugin"] = p
        module = sys.modules[name]
        report["plugin"] = {"loaded": True, "active": name in qgis.utils.active_plugins,
                            "path": str(Path(module.__file__).resolve().parent),
                            "version": p.about_html().split("</h3>")[0] if hasattr(p, "about_html") else ""}
        project_path = config.get("project") or ""
        if not config.get("first_sync"):
            yield until(lambda: aid_layer() is not None and (not project_path or QgsProject.instance().fileName()),
                        60, "the project with the working copy")
        web = iface.webMenu()
        menu = next((a.menu() for a in web.actions() if a.menu() is not None and a.text() == p.menu_title), None)
        in_menu = set(menu.actions()) if menu is not None else set()
        in_toolbar = set(p.toolbar.actions()) if p.toolbar is not None else set()
        for action in p.actions:
            report["actions"].append({"name": action.objectName(), "text": action.text(),
                                      "in_menu": action in in_menu, "in_toolbar": action in in_toolbar})
        check(p.actions and all(a in in_menu for a in p.actions), "not every action is in Web > Mapuj Pomoc")
        p.runner().done.connect(lambda task: state.update(syncs=state["syncs"] + 1, task=task))
        # the screen: QGIS's window maximised (Xvfb has no window manager to do it: the geometry too),
        # the browser panel out of the way of the layer tree
        mw.setGeometry(QApplication.primaryScreen().availableGeometry())
        mw.showMaximized()
        browser = mw.findChild(QDockWidget, "Browser")
        if browser is not None:
            browser.hide()
        if aid_layer() is not None:
            iface.setActiveLayer(aid_layer())
        return {"plugin_dir": report["plugin"]["path"], "actions": [a.text() for a in p.actions]}

    def step_sync():  # type: ignore[no-untyped-def]
        from mapujpomoc_qgis.gui.sync_runner import report_text

        task = yield from sync()
        layer = aid_layer()
        check(layer is not None and layer.featureCount() > 0, "no aid points in the project after the sync")
        iface.setActiveLayer(layer)
        details = {"result": report_text(task), "points": layer.featureCount()}
        if config.get("first_sync"):  # where the first sync left the map, once QGIS has settled
            yield from rendered()
            extent = canvas.extent()
            details.update(crs=QgsProject.instance().crs().authid(), canvas_crs=canvas.mapSettings().destinationCrs().authid(),
                           extent=[extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()],
                           scope_bbox=me().get("scope_bbox"), scale=round(canvas.scale()))
            labels = canvas.labelingResults()
            details["labels"] = len(labels.allLabels()) if labels is not None else 0
        return details

    def step_zoom():  # type: ignore[no-untyped-def]
        from mapujpomoc_qgis.core.project import layers

        extent = layers.scope_extent(me(), canvas.mapSettings().destinationCrs())
        check(extent is not None, "the editor has no area to zoom to")
        canvas.setExtent(extent)
        canvas.refresh()
        yield from rendered()
        return {"scale": round(canvas.scale())}

    def step_filter_dock():  # type: ignore[no-untyped-def]
        p = plugin()
        trigger(p.action_filter)
        yield until(lambda: p.filter_dock is not None and p.filter_dock.isVisible(), 20, "the filter dock")
        yield until(lambda: p.filter_dock.index is not None, 60, "the filter dock's index")
        mw.resizeDocks([p.filter_dock], [430], Qt.Horizontal)
        report["opened"]["filter dock"] = True
        yield from rendered()
        shot(p.filter_dock, "filter-dock")
        inspect(p.filter_dock, "filter dock")
        labels = canvas.labelingResults()  # the dock narrows the map: the names must stay
        return {"count": p.filter_dock.count_label.text(), "scale": round(canvas.scale()),
                "labels": len(labels.allLabels()) if labels is not None else 0}

    def step_sync_dock():  # type: ignore[no-untyped-def]
        p = plugin()
        trigger(p.action_dock)
        yield until(lambda: p.sync_dock is not None and p.sync_dock.isVisible(), 20, "the Sync panel")
        report["opened"]["sync panel"] = True
        yield sleep(300)
        inspect(p.sync_dock, "sync panel")
        inspect(p.filter_dock, "filter dock under the sync panel")
        return {"last sync": p.sync_dock.last_sync.text()}

    def attribute_dialogs() -> list[QWidget]:
        # QGIS's QgsAttributeDialog reaches Python as a plain QDialog: tell it by its C++ class
        return [w for w in visible_windows() if w.metaObject().className() == "QgsAttributeDialog"]

    def step_form():  # type: ignore[no-untyped-def]
        layer = aid_layer()
        features = points_in_scope(layer)
        check(features, "no active point in the editor's area")
        check(layer.startEditing(), "the aid points layer cannot be edited")
        try:
            check(iface.openFeatureForm(layer, features[0], False, False), "openFeatureForm refused")
            yield until(attribute_dialogs, 20, "the attribute form")
            yield sleep(500)
            form = attribute_dialogs()[0]
            report["opened"]["attribute form"] = True
            # as a user would, to see more than the first fields (as tall as the screen allows)
            screen = QApplication.primaryScreen().availableGeometry()
            form.resize(720, min(980, screen.height() - 40))
            # and kept on the screen, as a window manager would (Xvfb has none)
            form.move(form.x(), max(screen.top(), min(form.y(), screen.bottom() - form.frameGeometry().height())))
            yield sleep(300)
            shot(form, "form")
            inspect(form, "attribute form")
            title = form.windowTitle()
            form.reject()
        finally:
            layer.rollBack()
        return {"feature": features[0]["name"], "title": title}

    def step_conflict():  # type: ignore[no-untyped-def]
        p = plugin()
        layer = aid_layer()
        feature = points_in_scope(layer)[-1]
        fid = feature["uuid"]
        state["conflict_fid"] = fid
        mine = {"phone": "+48 89 523 45 67", "opening_hours": "Mo-Fr 08:00-18:00"}
        theirs = {"phone": "+48 89 600 00 01", "opening_hours": "Mo-Sa 09:00-17:00"}
        # mine: an ordinary QGIS edit session on the layer
        check(layer.startEditing(), "the aid points layer cannot be edited")
        for field, value in mine.items():
            check(layer.changeAttributeValue(feature.id(), layer.fields().indexOf(field), value), "edit refused")
        check(layer.commitChanges(), f"commit failed: {layer.commitErrors()}")
        # theirs: a colleague (admin here) changes the same fields and another one on the store
        headers, _ = store("GET", f"/collections/aid_points/items/{fid}")
        store("PATCH", f"/collections/aid_points/items/{fid}",
              {"properties": {**theirs, "email": "dyzur@pomoc.example.pl"}},
              {"If-Match": headers["ETag"], "Content-Type": "application/merge-patch+json"})
        task = yield from sync()
        check(task.report is not None and task.report.conflicts >= 1, "the sync did not report the conflict")
        dock = p.sync_dock
        yield until(lambda: dock.conflicts.topLevelItemCount() >= 1, 20, "the conflict in the Sync panel")
        dock.tabs.setCurrentWidget(dock.conflicts)
        dock.conflicts.topLevelItem(0).setSelected(True)
        iface.messageBar().clearWidgets()
        mw.resizeDocks([p.filter_dock, dock], [340, 260], Qt.Vertical)  # the conflict and its buttons in view
        yield from rendered()
        shot(mw, "map")
        shot(dock, "sync-panel")
        dialog = dock.resolve_selected()
        check(dialog is not None, "the conflict dialog did not open")
        yield until(lambda: dialog.isVisible(), 20, "the conflict dialog")
        yield from rendered()
        report["opened"]["conflict dialog"] = True
        check(dialog.table.rowCount() == len(mine), f"the conflict dialog lists {dialog.table.rowCount()} fields")
        shot(dialog, "conflict")
        inspect(dialog, "conflict dialog")
        shot(mw, "conflict-map")
        dialog.choose_all("mine")
        dialog.accept()
        yield until(lambda: dock.conflicts.topLevelItemCount() == 0, 20, "the conflict to be resolved")
        yield from sync()
        _, item = store("GET", f"/collections/aid_points/items/{fid}")
        props = item["properties"]
        check(all(props[f] == v for f, v in mine.items()), f"the store does not have mine ({mine}): {props}")
        check(props["email"] == "dyzur@pomoc.example.pl", "the colleague's e-mail was lost")
        return {"feature": fid, "store phone": props["phone"], "store email": props["email"]}

    def step_history():  # type: ignore[no-untyped-def]
        dock = plugin().sync_dock
        layer = aid_layer()
        layer.selectByExpression(f"\"uuid\" = '{state['conflict_fid']}'")
        dialog = dock.show_history()
        check(dialog is not None, "the history dialog did not open")
        yield until(lambda: dialog.result_data is not None or dialog.error is not None, 30, "the history")
        check(dialog.error is None, f"history: {dialog.error}")
        report["opened"]["history dialog"] = True
        shot(dialog, "history")
        inspect(dialog, "history dialog")
        rows = dialog.table.rowCount()
        dialog.reject()
        layer.removeSelection()
        check(rows >= 2, f"the history shows {rows} rows")
        return {"rows": rows}

    def step_print():  # type: ignore[no-untyped-def]
        p = plugin()
        trigger(p.action_print)
        yield until(lambda: p.print_dialog is not None and p.print_dialog.isVisible(), 20, "the print dialog")
        dialog = p.print_dialog
        report["opened"]["print dialog"] = True
        scope = (me().get("scope") or ["28"])[0]
        check(dialog.region.select(scope), f"the print dialog cannot choose {scope}")
        pdf = work / "print.pdf"
        # screenshots show a user's path rather than the test's temporary one; the PDF goes to `work`
        dialog.output.setFilePath(config.get("pdf_shown") or str(pdf))
        yield sleep(200)
        shot(dialog, "print")
        inspect(dialog, "print dialog")
        check(dialog.start(str(pdf)) is not None, f"printing did not start: {dialog.status.text()}")
        yield until(lambda: dialog.task is None, 90, "the PDF")
        check(dialog.last_result is not None and pdf.is_file(), f"printing failed: {dialog.status.text()}")
        shot(dialog, "print-done")
        inspect(dialog, "print dialog, printed")
        before = set(visible_windows())
        dialog.open_designer()
        yield until(lambda: [w for w in visible_windows() if w not in before], 30, "the layout designer")
        designer = next(w for w in visible_windows() if w not in before)
        report["opened"]["layout designer"] = True
        yield sleep(500)
        designer.close()
        status = dialog.status.text()
        dialog.reject()
        yield until(lambda: sip.isdeleted(designer) or not designer.isVisible(), 10, "the layout designer to close")
        return {"pdf": str(pdf), "bytes": pdf.stat().st_size, "designer": status}

    def step_export():  # type: ignore[no-untyped-def]
        p = plugin()
        trigger(p.action_export)
        yield until(lambda: p.export_dialog is not None and p.export_dialog.isVisible(), 20, "the export dialog")
        dialog = p.export_dialog
        report["opened"]["export dialog"] = True
        scope = (me().get("scope") or ["28"])[0]
        check(dialog.region.select(scope), f"the export dialog cannot choose {scope}")
        dialog.add_to_project.setChecked(False)
        out = work / "export.gpkg"
        dialog.output.setFilePath(str(out))
        check(dialog.start() is not None, f"the export did not start: {dialog.status.text()}")
        yield until(lambda: dialog.task is None, 90, "the export")
        check(dialog.last_result is not None, f"the export failed: {dialog.status.text()}")
        shot(dialog, "export")
        inspect(dialog, "export dialog")
        text = dialog.status.text()
        dialog.reject()
        return {"result": text}

    def step_connection():  # type: ignore[no-untyped-def]
        p = plugin()
        trigger(p.action_settings)
        yield until(lambda: p.connection_dialog is not None and p.connection_dialog.isVisible(), 20,
                    "the connection dialog")
        dialog = p.connection_dialog
        report["opened"]["connection dialog"] = True
        ok = dialog.test_connection()  # the token read from QGIS's auth database, the store asked who we are
        text = dialog.result.text()
        shot(dialog, "connection")
        inspect(dialog, "connection dialog")
        dialog.reject()
        check(ok, f"Test connection: {text}")
        return {"result": text}

    def step_about():  # type: ignore[no-untyped-def]
        p = plugin()
        trigger(p.action_about)  # QMessageBox.about: modal, in its own event loop
        yield until(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), 20, "the About box")
        box = QApplication.activeModalWidget()
        report["opened"]["about"] = True
        shot(box, "about")
        inspect(box, "about")
        text = box.text()
        box.done(0)
        yield until(lambda: QApplication.activeModalWidget() is None, 10, "the About box to close")
        return {"text": text[:200]}

    known = {"action_settings", "action_sync", "action_filter", "action_dock", "action_print", "action_export",
             "action_about"}

    def step_other_actions():  # type: ignore[no-untyped-def]
        """Actions added after this driver was written (e.g. Service areas): each must open something."""
        p = plugin()
        covered = {id(getattr(p, attr)) for attr in known if getattr(p, attr, None) is not None}
        opened = {}
        for action in [a for a in p.actions if id(a) not in covered]:
            if action.menu() is not None:  # a submenu of choices (the street basemap), not a window
                opened[action.text()] = [a.text() for a in action.menu().actions()]
                continue
            docks = {d for d in mw.findChildren(QDockWidget) if d.isVisible()}
            windows = set(visible_windows())
            trigger(action)

            def new_things(docks=docks, windows=windows):  # type: ignore[no-untyped-def]
                return ([d for d in mw.findChildren(QDockWidget) if d.isVisible() and d not in docks]
                        + [w for w in visible_windows() if w not in windows])

            yield until(new_things, 20, f"'{action.text()}' to open a dock or dialog")
            yield sleep(1000)
            things = new_things()
            label = action.objectName().removeprefix("mActionMapujPomoc_") or "action"
            for i, thing in enumerate(things):
                shot(thing, f"{label}-{i}")
                inspect(thing, f"{label}-{i}")
            opened[action.text()] = [t.windowTitle() for t in things]
            report["opened"][action.text()] = True
            for thing in things:
                if isinstance(thing, QDialog):
                    thing.reject()
                else:  # a dock too: it may lie over the filter dock's tab
                    thing.close()
        return opened

    def step_toggle_docks():  # type: ignore[no-untyped-def]
        p = plugin()
        for action, attr in ((p.action_filter, "filter_dock"), (p.action_dock, "sync_dock")):
            trigger(action)
            yield until(lambda attr=attr: not getattr(p, attr).isVisible(), 10, f"{attr} to hide")
            trigger(action)
            yield until(lambda attr=attr: getattr(p, attr).isVisible(), 10, f"{attr} to show again")
        yield until(lambda: p.filter_dock.index is not None, 60, "the filter dock's index")
        return {}

    def step_unload():  # type: ignore[no-untyped-def]
        toolbar = plugin().toolbar
        check(qgis.utils.unloadPlugin(name), "qgis.utils.unloadPlugin returned False")
        yield sleep(300)
        check(name not in qgis.utils.plugins, "the plugin is still registered")
        leftovers = [d.objectName() for d in mw.findChildren(QDockWidget)
                     if d.objectName().startswith("MapujPomoc") and d.isVisible()]
        check(not leftovers, f"docks left behind: {leftovers}")
        check(toolbar is None or sip.isdeleted(toolbar) or not toolbar.isVisible(), "the toolbar is still shown")
        return {}

    def step_demo():  # type: ignore[no-untyped-def]
        p = plugin()
        trigger(p.action_filter)
        yield until(lambda: p.filter_dock is not None and p.filter_dock.isVisible(), 20, "the filter dock")
        trigger(p.action_dock)
        yield until(lambda: p.sync_dock is not None and p.sync_dock.isVisible(), 20, "the Sync panel")
        return {}

    if mode == "demo":
        steps = [("plugin", step_plugin, True), ("sync", step_sync, False), ("zoom", step_zoom, False),
                 ("docks", step_demo, False)]
    else:
        steps = [("plugin", step_plugin, True), ("sync", step_sync, True), ("zoom", step_zoom, False),
                 ("filter dock", step_filter_dock, False), ("sync panel", step_sync_dock, False),
                 ("attribute form", step_form, False), ("conflict", step_conflict, False),
                 ("history", step_history, False), ("print", step_print, False), ("export", step_export, False),
                 ("connection", step_connection, False), ("about", step_about, False),
                 ("other actions", step_other_actions, False), ("toggle docks", step_toggle_docks, False)]
        if mode == "test":
            steps.append(("unload", step_unload, False))
    if config.get("walk"):  # another walk after the plugin's start (scripts/desktop_walk.py: issue 16's officer)
        import importlib.util
        import types

        spec = importlib.util.spec_from_file_location("mapujpomoc_desktop_walk", config["walk"])
        walk = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(walk)
        ctx = types.SimpleNamespace(config=config, state=state, report=report, until=until, sleep=sleep, check=check,
                                    shot=shot, inspect=inspect, plugin=plugin, aid_layer=aid_layer, me=me,
                                    trigger=trigger, rendered=rendered, attribute_dialogs=attribute_dialogs)
        steps = [steps[0], *walk.steps(ctx)]
    if config.get("steps"):  # a part of the walk only (the harness's own tests)
        steps = [s for s in steps if s[0] in config["steps"]]

    def step_inject_error():  # type: ignore[no-untyped-def]
        """An exception in a Qt slot, as a broken plugin slot would raise: the report must show it."""
        def broken_slot() -> None:
            raise RuntimeError("injected by the desktop driver")

        QTimer.singleShot(0, broken_slot)
        yield sleep(500)
        return {}

    if config.get("inject_error"):
        steps.append(("inject error", step_inject_error, False))

    def scenario():  # type: ignore[no-untyped-def]
        for label, step, critical in steps:
            t0 = time.monotonic()
            entry = {"name": label, "ok": False}
            report["steps"].append(entry)
            try:
                entry["details"] = yield from step()
                entry["ok"] = True
            except Exception as exc:  # recorded; the walk goes on unless the step is critical
                entry["error"] = f"{type(exc).__name__}: {exc}"
                if not isinstance(exc, StepFailed):
                    entry["traceback"] = traceback.format_exc()
                with_modal = QApplication.activeModalWidget()
                if with_modal is not None:
                    shot(with_modal, f"failed-{label.replace(' ', '-')}-modal")
                shot(mw, f"failed-{label.replace(' ', '-')}")
                close_windows()
                if critical:
                    break
            finally:
                entry["seconds"] = round(time.monotonic() - t0, 2)

    # -- the end ------------------------------------------------------------------------------------------

    def finish(timed_out: bool = False) -> None:
        if runner.done:
            return
        runner.done = True
        if timed_out:
            report["steps"].append({"name": "driver", "ok": False,
                                    "error": f"the walk did not finish within {config['timeout']} s"})
            with_modal = QApplication.activeModalWidget()
            if with_modal is not None:
                shot(with_modal, "timeout-modal")
        report["log_panel"] = log_panel()
        report["project_layers"] = [{"name": lyr.name(), "provider": lyr.providerType(), "source": lyr.source()}
                                    for lyr in QgsProject.instance().mapLayers().values()]
        report["python_errors"] = [e for e in report["log"] if e["tag"] in python_error_tags] + [
            {"tag": tag, "message": text} for tag, text in report["log_panel"].items()
            if tag in python_error_tags and text.strip()]
        # warnings (deprecations and the like) raised in the plugin's own code
        report["python_warnings"] = [e for e in report["log"] if e["tag"] in python_warning_tags and name in e["message"]]
        report["finished"] = not timed_out
        report["seconds"] = round(time.monotonic() - started, 2)
        report["ok"] = (not timed_out and all(s["ok"] for s in report["steps"]) and not report["python_errors"]
                        and not report["exceptions"] and not report["python_warnings"])
        Path(config["report"]).write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
        if mode == "demo":
            sys.excepthook = previous_hook
            return
        # leave without questions: no unsaved edits, a clean project
        for layer in QgsProject.instance().mapLayers().values():
            if hasattr(layer, "isEditable") and layer.isEditable():
                layer.rollBack()
        close_windows()
        QgsProject.instance().setDirty(False)
        QTimer.singleShot(100, iface.actionExit().trigger)
        # should QGIS's exit hang, do not keep the test waiting (the report is written): say what blocks it
        QTimer.singleShot(15_000, exit_blocked)
        threading.Timer(30, lambda: os._exit(3)).start()

    def exit_blocked() -> None:
        modal = QApplication.activeModalWidget()
        blocked = {"modal": type(modal).__name__ if modal is not None else None,
                   "modal_text": modal.text() if isinstance(modal, QMessageBox) else "",
                   "windows": [f"{type(w).__name__}: {w.windowTitle()}" for w in visible_windows()]}
        if modal is not None:
            shot(modal, "exit-blocked")
        Path(config["report"]).with_suffix(".exit.json").write_text(json.dumps(blocked, ensure_ascii=False))
        os._exit(4)

    runner = Runner(scenario())
    if mode != "demo":
        QTimer.singleShot(int(config.get("timeout", 100) * 1000), lambda: finish(timed_out=True))
    runner.start()


_main()
del _main
