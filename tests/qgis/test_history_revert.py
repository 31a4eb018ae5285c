"""The history dialog's "Revert this change…" (docs/ARCHITECTURE.md, *Undo*), driven like a coordinator
would, against the real store: the dry run is shown for confirmation, the revert runs in a task, a field
someone else changed since stays theirs, and a sync brings the reverted state into the working copy."""

from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path
from typing import Any

import requests

from mapujpomoc_qgis.core.connection.client import StoreClient
from mapujpomoc_qgis.gui.history_dialog import HistoryDialog

OLSZTYN = (20.4801, 53.7784)


def _create(store: Any, name: str, shift: float) -> dict[str, Any]:
    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [OLSZTYN[0] + shift, OLSZTYN[1]]},
               "properties": {"name": name, "help_types": ["legal"], "phone": "+48 89 000 00 00"}}
    r = requests.post(f"{store.url}/collections/aid_points/items", data=json.dumps(feature), timeout=10,
                      headers={**store.auth("admin"), "Content-Type": "application/geo+json"})
    assert r.status_code == 201, r.text
    return r.json()


def _props(store: Any, fid: str) -> dict[str, Any]:
    r = requests.get(f"{store.url}/collections/aid_points/items/{fid}", headers=store.auth("admin"), timeout=10)
    assert r.status_code == 200, r.text
    return r.json()["properties"]


def _local_name(path: Path, fid: str) -> str | None:
    with closing(sqlite3.connect(path)) as db:
        row = db.execute("SELECT name FROM aid_points WHERE uuid = ?", (fid,)).fetchone()
    return row[0] if row else None


def _dialog(qtbot: Any, store: Any, user: str, fid: str) -> HistoryDialog:
    dialog = HistoryDialog(StoreClient(store.url, store.token(user), user=user), "aid_points", fid, "Punkt")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.result_data is not None or dialog.error is not None, timeout=10_000)
    assert dialog.error is None
    return dialog


def test_a_coordinator_reverts_a_change_from_the_history(qtbot: Any, store: Any, make_workcopy: Any,
                                                         tmp_path: Path) -> None:
    point, other = _create(store, "Punkt prawny", 0.001), _create(store, "Punkt drugi", 0.002)
    # an editor's changeset: a new name and phone on one point, the other point deleted
    cid = str(uuid.uuid4())
    ops = [{"op": "update", "collection": "aid_points", "id": point["id"], "base_version": point["properties"]["version"],
            "properties": {"name": "Zamknięte", "phone": "+48 89 111 11 11"}},
           {"op": "delete", "collection": "aid_points", "id": other["id"],
            "base_version": other["properties"]["version"]}]
    r = requests.post(f"{store.url}/changesets", json={"id": cid, "operations": ops}, timeout=10,
                      headers=store.auth("ed_olsztyn"))
    assert r.status_code == 200, r.text
    # then someone else corrects the phone: that stays
    etag = f'"{_props(store, point["id"])["version"]}"'
    r = requests.patch(f"{store.url}/collections/aid_points/items/{point['id']}", timeout=10,
                       data=json.dumps({"properties": {"phone": "+48 89 222 22 22"}}),
                       headers={**store.auth("admin"), "If-Match": etag, "Content-Type": "application/merge-patch+json"})
    assert r.status_code == 200, r.text
    workcopy = make_workcopy(tmp_path / "wc.gpkg", store, "ed_olsztyn").path
    assert _local_name(workcopy, point["id"]) == "Zamknięte" and _local_name(workcopy, other["id"]) is None

    # an editor sees no revert button
    editor = _dialog(qtbot, store, "ed_olsztyn", point["id"])
    assert editor.revert_button.isHidden()

    dialog = _dialog(qtbot, store, "coord", point["id"])
    assert not dialog.revert_button.isHidden()
    assert not dialog.revert_button.isEnabled()  # nothing selected
    dialog.table.selectRow(dialog.changesets.index(None))  # the admin's merge patch: not a changeset
    assert not dialog.revert_button.isEnabled()
    dialog.table.selectRow(dialog.changesets.index(cid))
    assert dialog.revert_button.isEnabled()

    asked: list[str] = []
    dialog.ask = lambda text: asked.append(text) or True  # type: ignore[method-assign]
    dialog.revert_button.click()
    qtbot.waitUntil(lambda: dialog.revert_result is not None or "rror" in dialog.revert_status.text(),
                    timeout=20_000)
    assert dialog.revert_result is not None, dialog.revert_status.text()
    # the confirmation showed the dry run: one point back, one with someone else's phone
    assert len(asked) == 1
    assert "If you revert this change:" in asked[0]
    assert "Back to how they were: 1 feature" in asked[0]
    assert "Changed by someone else since, their values stay: 1 feature" in asked[0]
    assert "Zamknięte: Phone" in asked[0] or "Zamknięte: phone" in asked[0]
    # and the outcome, with the advice to sync
    shown = dialog.revert_status.text()
    assert "The change was reverted:" in shown and "Sync" in shown
    assert {r["id"]: r["outcome"] for r in dialog.revert_result["results"]} == {
        point["id"]: "conflict", other["id"]: "reverted"}

    props = _props(store, point["id"])
    assert (props["name"], props["phone"]) == ("Punkt prawny", "+48 89 222 22 22")
    assert _props(store, other["id"])["name"] == "Punkt drugi"
    # the history is reloaded and shows the revert by the coordinator
    qtbot.waitUntil(lambda: dialog.result_data is not None and dialog.result_data["history"][-1]["user"] == "coord",
                    timeout=10_000)
    assert dialog.table.item(0, 2).text() == "coord"

    # a sync brings it into the working copy, the deleted point included
    make_workcopy(workcopy, store, "ed_olsztyn")
    assert _local_name(workcopy, point["id"]) == "Punkt prawny"
    assert _local_name(workcopy, other["id"]) == "Punkt drugi"

    # asked again: nothing left to revert (the phone stays a conflict), so no confirmation
    dialog.table.selectRow(dialog.changesets.index(cid))
    dialog.revert_button.click()
    qtbot.waitUntil(lambda: "Nothing left to revert" in dialog.revert_status.text(), timeout=20_000)
    assert "Already as before: 1 feature" in dialog.revert_status.text()
    assert len(asked) == 1
