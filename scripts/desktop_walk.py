"""The officer's walk-through of issue 16, run INSIDE the real QGIS desktop by scripts/desktop_driver.py.

The driver loads this file when its config names it (`walk`) and runs `steps(ctx)` after its own
"plugin" step; `ctx` holds the driver's helpers (until, sleep, check, shot, plugin, aid_layer, me,
trigger, rendered, attribute_dialogs, state, config). The project starts empty, the working copy does
not exist yet, the store is the real one over HTTP. What the store must do mid-walk (stop, start,
revoke the token, issue a new one) the test does: a step writes `control/NN-action.request` and waits
for `NN-action.ack` (tests/desktop/test_officer_walk.py answers).

The steps, in order, each recording what a user sees (texts, message bar items with their level,
screenshots) for the test to judge in its own process:

    wrong address    the connection dialog: the store's host:port without http://, then a port where
                     nothing listens ("Test connection")
    stopped store    the store stopped, Sync: the message bar's error; the store started again
    revoked token    the token revoked on the store: "Test connection", then Sync; a new token issued
                     and pasted into the QGIS auth configuration, as the officer would
    first sync       the first sync on the empty project: CRS and where the map is
    invalid edit     a point of the officer's area in the real attribute dialog: an empty name, then a
                     bad phone: the OK button, and the layer unchanged
    valid edit       a good phone, OK, the layer saved: the Sync panel's pending count at once
    refused edit     a point outside the officer's area (the form warns but lets it through) changed and
                     saved with the Sync panel closed, then Sync: the message bar's items and the panel
"""

from __future__ import annotations

import html
import json
import sqlite3
import time
from pathlib import Path
from typing import Any

from qgis.core import QgsFeatureRequest, QgsProject
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QScrollArea, QWidget
from qgis.utils import iface

GOOD_PHONE = "+48 89 527 31 40"
OTHER_PHONE = "+48 89 527 31 41"


def steps(ctx: Any) -> list[tuple[str, Any, bool]]:
    """The walk's steps as the driver runs them: (name, generator function, critical)."""
    walk = _Walk(ctx)
    return [("wrong address", walk.wrong_address, False), ("stopped store", walk.stopped_store, False),
            ("revoked token", walk.revoked_token, True), ("first sync", walk.first_sync, True),
            ("invalid edit", walk.invalid_edit, False), ("valid edit", walk.valid_edit, False),
            ("refused edit", walk.refused_edit, False)]


class _Walk:
    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self.config = ctx.config
        self.control_dir = Path(self.config["control"])
        self.requests = 0
        self.mw = iface.mainWindow()

    # -- helpers ------------------------------------------------------------------------------------------

    def control(self, action: str):  # type: ignore[no-untyped-def]
        """Ask the test to do `action` to the store; returns its answer (a dict)."""
        self.requests += 1
        stem = self.control_dir / f"{self.requests:02d}-{action}"
        stem.with_suffix(".request").write_text(json.dumps({"action": action}), encoding="utf-8")
        ack = stem.with_suffix(".ack")
        yield self.ctx.until(ack.exists, 60, f"the test to {action} the store")
        answer = json.loads(ack.read_text(encoding="utf-8"))
        self.ctx.check(answer.get("ok"), f"the test could not {action} the store: {answer}")
        return answer

    def bar_items(self) -> list[dict[str, Any]]:
        return [{"level": int(item.level()), "title": item.title(), "text": html.unescape(item.text())}
                for item in iface.messageBar().items() if not sip.isdeleted(item)]

    def sync(self):  # type: ignore[no-untyped-def]
        """Sync as the menu does; returns the task, failed or not."""
        state = self.ctx.state
        before = state["syncs"]
        iface.messageBar().clearWidgets()
        self.ctx.trigger(self.ctx.plugin().action_sync)
        yield self.ctx.until(lambda: state["syncs"] > before, 120, "the sync to finish")
        yield self.ctx.sleep(300)  # the message bar shows what the runner pushed
        return state["task"]

    def connection_dialog(self):  # type: ignore[no-untyped-def]
        p = self.ctx.plugin()
        self.ctx.trigger(p.action_settings)
        yield self.ctx.until(lambda: p.connection_dialog is not None and p.connection_dialog.isVisible(), 20,
                             "the connection dialog")
        return p.connection_dialog

    def test_connection(self, dialog: Any, url: str | None, label: str) -> dict[str, Any]:
        """Type `url` (None: keep the saved one), press Test connection; what the dialog says."""
        if url is not None:
            dialog.url.selectAll()
            QTest.keyClicks(dialog.url, url)
            self.ctx.check(dialog.url.text() == url, f"typed {url!r}, the field says {dialog.url.text()!r}")
        QTest.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        shot = self.ctx.shot(dialog, label)
        return {"url": dialog.url.text(), "text": dialog.result.text(), "error": "b71c1c" in dialog.result.styleSheet(),
                "shot": shot}

    def workcopy(self) -> str:
        from mapujpomoc_qgis.core.settings import ConnectionSettings

        return ConnectionSettings.load().workcopy_path()

    def outbox(self) -> dict[str, int]:
        with sqlite3.connect(self.workcopy()) as db:
            return dict(db.execute("SELECT state, count(*) FROM mp_outbox GROUP BY state").fetchall())

    def points(self, in_scope: bool) -> list[Any]:
        scope = self.ctx.me().get("scope") or []
        self.ctx.check(scope, "the officer has no area")
        inside = " OR ".join(f"\"teryt\" LIKE '{p}%'" for p in scope)
        where = f"({inside})" if in_scope else f"\"teryt\" IS NOT NULL AND NOT ({inside})"
        request = QgsFeatureRequest().setFilterExpression(f"{where} AND \"status\" = 'active'")
        request.addOrderBy("name")
        request.setLimit(3)
        return list(self.ctx.aid_layer().getFeatures(request))

    def open_form(self, feature: Any):  # type: ignore[no-untyped-def]
        layer = self.ctx.aid_layer()
        if not layer.isEditable():
            self.ctx.check(layer.startEditing(), "the aid points layer cannot be edited")
        self.ctx.check(iface.openFeatureForm(layer, feature, False, False), "openFeatureForm refused")
        yield self.ctx.until(self.ctx.attribute_dialogs, 20, "the attribute form")
        yield self.ctx.sleep(500)
        dialog = self.ctx.attribute_dialogs()[0]
        screen = QApplication.primaryScreen().availableGeometry()  # as tall as the laptop allows, on it
        dialog.resize(720, screen.height() - 60)
        dialog.move(screen.left() + 40, screen.top() + 10)
        yield self.ctx.sleep(300)
        return dialog

    @staticmethod
    def ok_button(dialog: QWidget) -> Any:
        buttons = [b.button(QDialogButtonBox.StandardButton.Ok) for b in dialog.findChildren(QDialogButtonBox)]
        buttons = [b for b in buttons if b is not None and b.isVisible()]
        return buttons[0] if buttons else None

    def type_into(self, dialog: QWidget, field: str, text: str) -> None:
        """Replace the field's text as a user does: select all of it, type or paste (an empty text: delete)."""
        editor = dialog.findChild(QLineEdit, field)
        self.ctx.check(editor is not None, f"no text box for {field} in the form")
        editor.setFocus()
        editor.selectAll()
        if text.isascii() and text:
            QTest.keyClicks(editor, text)
        elif text:  # QTest types ASCII only (Qt asserts on others): pasted, as a user would a Polish name
            editor.insert(text)
        else:
            QTest.keyClick(editor, Qt.Key.Key_Delete)
        scroll = editor.parent()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parent()
        if scroll is not None:  # the field in view, for the screenshot
            scroll.ensureWidgetVisible(editor)
        QApplication.processEvents()
        self.ctx.check(editor.text() == text, f"{field}: typed {text!r}, the box says {editor.text()!r}")

    def pending_tab(self) -> str:
        dock = self.ctx.plugin().sync_dock
        return dock.tabs.tabText(0) if dock is not None else ""

    def save_form(self, dialog: QWidget):  # type: ignore[no-untyped-def]
        """OK, then Save layer edits; the pending tab's text before and right after."""
        ok = self.ok_button(dialog)
        self.ctx.check(ok is not None and ok.isEnabled(), "the form's OK button is off for a valid edit")
        before = self.pending_tab()
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        yield self.ctx.until(lambda: sip.isdeleted(dialog) or not dialog.isVisible(), 10, "the form to close")
        layer = self.ctx.aid_layer()
        self.ctx.check(layer.commitChanges(), f"saving the layer failed: {layer.commitErrors()}")
        saved = time.monotonic()
        yield self.ctx.until(lambda: self.pending_tab() != before, 5, "the pending count to change")
        return {"pending_before": before, "pending_after": self.pending_tab(),
                "seconds": round(time.monotonic() - saved, 2), "outbox": self.outbox()}

    # -- the steps ----------------------------------------------------------------------------------------

    def wrong_address(self):  # type: ignore[no-untyped-def]
        dialog = yield from self.connection_dialog()
        saved_url = dialog.url.text()
        out = {"no_scheme": self.test_connection(dialog, self.config["no_scheme_url"], "connect-no-scheme"),
               "nothing_listens": self.test_connection(dialog, self.config["closed_url"], "connect-nothing-listens")}
        dialog.reject()  # the saved address stays
        out["saved_url"] = saved_url
        return out

    def stopped_store(self):  # type: ignore[no-untyped-def]
        yield from self.control("stop")
        task = yield from self.sync()
        out = {"error": task.error, "bar": self.bar_items(), "shot": self.ctx.shot(self.mw, "sync-store-stopped")}
        yield from self.control("start")
        return out

    def revoked_token(self):  # type: ignore[no-untyped-def]
        from mapujpomoc_qgis.core.connection.credentials import save_credentials
        from mapujpomoc_qgis.core.settings import ConnectionSettings

        yield from self.control("revoke")
        dialog = yield from self.connection_dialog()
        out = {"dialog": self.test_connection(dialog, None, "connect-revoked-token")}
        dialog.reject()
        task = yield from self.sync()
        out.update(sync_error=task.error, bar=self.bar_items(), shot=self.ctx.shot(self.mw, "sync-revoked-token"))
        # the operator issues a new token; the officer pastes it into the QGIS auth configuration
        answer = yield from self.control("reissue")
        settings = ConnectionSettings.load()
        save_credentials("Mapuj Pomoc", settings.store_url, answer["user"], answer["token"], settings.authcfg)
        return out

    def first_sync(self):  # type: ignore[no-untyped-def]
        project = QgsProject.instance()
        out: dict[str, Any] = {"layers_before": len(project.mapLayers())}
        task = yield from self.sync()
        self.ctx.check(not task.error, f"the first sync failed: {task.error}")
        layer = self.ctx.aid_layer()
        self.ctx.check(layer is not None and layer.featureCount() > 0, "no aid points after the first sync")
        iface.setActiveLayer(layer)
        yield from self.ctx.rendered()
        canvas = iface.mapCanvas()
        extent = canvas.extent()
        out.update(crs=project.crs().authid(), canvas_crs=canvas.mapSettings().destinationCrs().authid(),
                   extent=[extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()],
                   scale=round(canvas.scale()), points=layer.featureCount(), bar=self.bar_items(),
                   shot=self.ctx.shot(self.mw, "first-sync"))
        return out

    def invalid_edit(self):  # type: ignore[no-untyped-def]
        p = self.ctx.plugin()
        if p.sync_dock is None or not p.sync_dock.isVisible():  # the pending count in view
            self.ctx.trigger(p.action_dock)
            yield self.ctx.until(lambda: p.sync_dock is not None and p.sync_dock.isVisible(), 20, "the Sync panel")
        feature = self.points(in_scope=True)[0]
        self.ctx.state["walk_feature"] = feature
        dialog = yield from self.open_form(feature)
        self.ctx.state["walk_form"] = dialog
        ok = self.ok_button(dialog)
        self.ctx.check(ok is not None, "the attribute form has no OK button")
        out: dict[str, Any] = {"uuid": feature["uuid"], "name": feature["name"], "ok_at_first": ok.isEnabled()}
        self.type_into(dialog, "name", "")
        yield self.ctx.sleep(300)
        out["ok_empty_name"] = ok.isEnabled()
        out["shot_empty_name"] = self.ctx.shot(dialog, "form-empty-name")
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)  # pressed anyway: nothing may happen
        yield self.ctx.sleep(300)
        out["open_after_ok"] = not sip.isdeleted(dialog) and dialog.isVisible()
        self.type_into(dialog, "name", feature["name"])
        self.type_into(dialog, "phone", "call me")
        yield self.ctx.sleep(300)
        out["ok_name_back_bad_phone"] = ok.isEnabled()
        out["shot_bad_phone"] = self.ctx.shot(dialog, "form-bad-phone")
        layer = self.ctx.aid_layer()
        stored = layer.getFeature(feature.id())
        out["layer_name"], out["layer_phone"] = stored["name"], stored["phone"]
        out["layer_modified"] = layer.isModified()
        out["pending"] = self.pending_tab()
        return out

    def valid_edit(self):  # type: ignore[no-untyped-def]
        dialog = self.ctx.state.get("walk_form")
        self.ctx.check(dialog is not None and not sip.isdeleted(dialog) and dialog.isVisible(), "the form is gone")
        self.type_into(dialog, "phone", GOOD_PHONE)
        yield self.ctx.sleep(300)
        out: dict[str, Any] = {"ok_good_phone": self.ok_button(dialog).isEnabled()}
        out.update((yield from self.save_form(dialog)))
        feature = self.ctx.state["walk_feature"]
        out["layer_phone"] = self.ctx.aid_layer().getFeature(feature.id())["phone"]
        out["shot"] = self.ctx.shot(self.ctx.plugin().sync_dock, "pending-after-edit")
        return out

    def refused_edit(self):  # type: ignore[no-untyped-def]
        p = self.ctx.plugin()
        feature = self.points(in_scope=False)[0]
        dialog = yield from self.open_form(feature)
        self.type_into(dialog, "phone", OTHER_PHONE)
        yield self.ctx.sleep(300)
        out: dict[str, Any] = {"uuid": feature["uuid"], "teryt": feature["teryt"],
                               "shot_form": self.ctx.shot(dialog, "form-outside-area")}
        out.update((yield from self.save_form(dialog)))
        p.sync_dock.tabs.setCurrentWidget(p.sync_dock.pending)
        p.sync_dock.close()  # the officer closed the panel: the refusal must open it again
        yield self.ctx.until(lambda: not p.sync_dock.isVisible(), 10, "the Sync panel to close")
        task = yield from self.sync()
        self.ctx.check(not task.error, f"the sync failed: {task.error}")
        dock = p.sync_dock
        selected = [item.data(0, Qt.ItemDataRole.UserRole) for item in dock.refused.selectedItems()]
        rows = [[dock.refused.topLevelItem(i).text(c) for c in range(3)]
                for i in range(dock.refused.topLevelItemCount())]
        out.update(bar=self.bar_items(), refused=len(task.report.refused) if task.report else None,
                   dock_visible=dock.isVisible(), tab=dock.tabs.tabText(dock.tabs.currentIndex()),
                   on_refused=dock.tabs.currentWidget() is dock.refused, selected=[list(s) for s in selected],
                   rows=rows, tabs=[dock.tabs.tabText(i) for i in range(dock.tabs.count())], outbox_after=self.outbox())
        self.mw.resizeDocks([dock], [470], Qt.Orientation.Horizontal)  # widened, as one does to read a reason
        yield from self.ctx.rendered()
        out["shot"] = self.ctx.shot(self.mw, "refusal-warning")
        out["shot_dock"] = self.ctx.shot(dock, "refusal-panel")
        return out

