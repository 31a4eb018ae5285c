"""The import dialog (pytest-qt) on ed_olsztyn's working copy and the real store.

The messy Windows-1250 sheet of tests/support/import_sheet.py is read and checked in a task; the
review shows each row's verdict as the test meant it; the user assigns the unknown help type (its row
becomes new), merges a duplicate field by field, and imports into the aid_points layer in edit mode:
one undoable edit. After saving and a sync the store's database holds exactly the accepted rows; a
second import of the same file creates nothing.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
import requests
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from support import workcopy_rows  # noqa: E402
from support.import_sheet import map_features, messy_sheet  # noqa: E402


@pytest.fixture(scope="module")
def points_on_map(store: Any) -> Any:
    for feature in map_features():
        r = requests.post(f"{store.url}/collections/aid_points/items", json=feature, timeout=30,
                          headers={**store.auth("admin"), "Content-Type": "application/geo+json"})
        assert r.status_code == 201, r.text
    return store


def store_points(store: Any) -> dict[str, dict[str, Any]]:
    from sqlalchemy import create_engine, text

    engine = create_engine(store.db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT id, properties FROM features WHERE collection = 'aid_points' "
                                     "AND deleted = :no"), {"no": False}).fetchall()
    finally:
        engine.dispose()
    return {r[0]: json.loads(r[1]) for r in rows}


def read_and_wait(dialog: Any, qtbot: Any) -> Any:
    dialog.plan = None
    assert dialog.read(keep_mapping=dialog.mapping is not None) is not None
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.plan is not None, dialog.status.text()
    return dialog.plan


def review_statuses(dialog: Any) -> list[str]:
    from mapujpomoc_qgis.gui.import_dialog import USER_ROLE

    return [dialog.review.item(i, 1).data(USER_ROLE) for i in range(dialog.review.rowCount())]


def test_review_assign_merge_and_import_through_the_dialog(points_on_map: Any, make_workcopy: Any, qtbot: Any,
                                                          tmp_path: Path, qgis_new_project: Any) -> None:
    from mapujpomoc_qgis.core.importing.plan import MERGE
    from mapujpomoc_qgis.gui.import_dialog import ImportDialog, MergeDialog

    store = points_on_map
    wc = make_workcopy(tmp_path / "olsztyn.gpkg", store, "ed_olsztyn").path
    points = workcopy_rows.features(wc)
    sheet = messy_sheet(points)
    source = tmp_path / "lista.csv"
    source.write_bytes(sheet.csv_text(";").encode("cp1250"))
    layer = QgsVectorLayer(f"{wc}|layername=aid_points", "aid_points", "ogr")
    QgsProject.instance().addMapLayer(layer)
    before = store_points(store)

    dialog = ImportDialog(layer, wc)
    qtbot.addWidget(dialog)
    dialog.file.setFilePath(str(source))
    plan = read_and_wait(dialog, qtbot)
    assert review_statuses(dialog) == sheet.expected
    assert plan.counts() == sheet.counts()
    # the unknown help type, assigned in the table of values: its row becomes new
    assert dialog.values.rowCount() == 1 and dialog.values.item(0, 1).text() == "pomoc dentystyczna"
    combo = dialog.values.cellWidget(0, 2)
    combo.setCurrentIndex(combo.findData("medical"))
    plan = read_and_wait(dialog, qtbot)
    expected = list(sheet.expected)
    smile = next(i for i, r in enumerate(sheet.rows) if r["Nazwa placówki"] == "Gabinet Uśmiech")
    expected[smile] = "new"
    assert review_statuses(dialog) == expected
    # the duplicate found by its phone: merge its help type into the point on the map, field by field
    dup = next(i for i, r in enumerate(sheet.rows) if r["Nazwa placówki"] == "Centrum Wsparcia Nadzieja")
    target = plan.rows[dup].match.known.uid

    def tick() -> None:
        merge = QApplication.activeModalWidget()
        assert isinstance(merge, MergeDialog)
        for name, box in merge.checks.items():
            box.setChecked(name == "help_types")
        merge.accept()
    QTimer.singleShot(200, tick)
    dialog.edit_merge(dup)
    assert plan.rows[dup].action == MERGE and plan.rows[dup].merge_fields == {"help_types"}
    assert dialog.review.cellWidget(dup, 5).currentData() == MERGE

    layer.startEditing()
    result = dialog.apply()
    assert result is not None, dialog.status.text()
    created = expected.count("new")
    assert result.counts["created"] == created and result.counts["updated"] == expected.count("update")
    assert result.counts["merged"] == 1
    # one undoable edit command
    assert layer.undoStack().count() == 1
    count = layer.featureCount()
    layer.undoStack().undo()
    assert layer.featureCount() == count - created
    layer.undoStack().redo()
    assert layer.commitChanges(), layer.commitErrors()

    make_workcopy(wc, store, "ed_olsztyn")  # the sync
    after = store_points(store)
    added = {i: p for i, p in after.items() if i not in before}
    assert sorted(p["name"] for p in added.values()) == sorted(sheet.created_names + ["Gabinet Uśmiech"])
    assert after[target]["help_types"] == ["psychological"]
    store_keys = ("help_types", "version", "updated_at", "updated_by")
    assert {k: v for k, v in before[target].items() if k not in store_keys} == \
        {k: v for k, v in after[target].items() if k not in store_keys}
    for uid, fields in sheet.updated.items():
        assert {k: after[uid][k] for k in fields} == fields
    refused = set(sheet.absent_names) - {"Gabinet Uśmiech"}  # assigned a help type above, so created
    assert not refused & {p["name"] for p in after.values()}

    # the same file once more: nothing new, nothing to update
    again = ImportDialog(layer, wc)
    qtbot.addWidget(again)
    again.mapping = dialog.mapping
    again.file.setFilePath(str(source))
    plan = read_and_wait(again, qtbot)
    assert "new" not in review_statuses(again) and "update" not in review_statuses(again)
    assert again.apply().counts["created"] == 0
    QgsProject.instance().removeMapLayer(layer.id())


def test_nothing_chosen_says_so(qtbot: Any, tmp_path: Path, qgis_app: Any) -> None:
    from mapujpomoc_qgis.gui.import_dialog import ImportDialog

    wc = tmp_path / "none.gpkg"
    shutil.copy(Path(__file__), wc)  # never read: the dialog stops before
    dialog = ImportDialog(QgsVectorLayer("Point?crs=EPSG:4326", "x", "memory"), wc)
    qtbot.addWidget(dialog)
    assert dialog.read() is None
    assert dialog.status.text()
