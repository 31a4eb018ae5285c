"""The attribute form of the working copy's points, as a person uses it (issue 16, item 7).

- The multi-value lists show what is ticked: every ticked item lies inside its list's visible area.
- Saving the form never re-orders a list: OK on an unchanged point writes nothing (row bytes and the
  outbox as before); after another edit, or a new tick, the point's order stays (new values after
  it), in the form and, for writers that bypass it, by the working copy's trigger.
- The form refuses what the store refuses before anything is saved, and says why in the UI language.

Expected values come from the GeoPackage read with sqlite3, the catalog and the .ts files.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from qgis.core import QgsFieldConstraints, QgsProject, QgsVectorLayer
from qgis.gui import QgsAttributeDialog, QgsAttributeForm, QgsEditorWidgetWrapper, QgsGui
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QTableWidget

from mapujpomoc_model import catalog, form_rules, schema
from mapujpomoc_qgis.core.project import form_language, layers
from mapujpomoc_qgis.core.sync import list_order
from mapujpomoc_qgis.core.sync.push import Pusher
from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy
from mapujpomoc_qgis.gui import form_lists

ROOT = Path(__file__).resolve().parents[2]
LISTS = tuple(catalog.LISTS)


@pytest.fixture(autouse=True)
def english(ui_language: Any, qgis_app: Any) -> None:
    ui_language("en_US")
    if not QgsGui.editorWidgetRegistry().factories():
        QgsGui.editorWidgetRegistry().initEditors()


@pytest.fixture
def workcopy(synced_workcopy: Any, tmp_path: Path) -> Path:
    """A copy of the synced working copy for one test (the tests edit it)."""
    path = tmp_path / "olsztyn.gpkg"
    src, dst = sqlite3.connect(synced_workcopy.path), sqlite3.connect(path)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return path


@pytest.fixture
def aid(workcopy: Path, synced_workcopy: Any, qgis_new_project: Any) -> Iterator[QgsVectorLayer]:
    """The points in QGIS's own project (the form's lists look their catalog layer up there)."""
    found = layers.add_to_project(workcopy, synced_workcopy.me, QgsProject.instance())
    yield found.aid_points
    if found.aid_points.isEditable():
        found.aid_points.rollBack()


def _rows(path: Path) -> dict[str, tuple]:
    conn = sqlite3.connect(path)
    try:
        return {r[0]: r for r in conn.execute("SELECT uuid, * FROM aid_points")}
    finally:
        conn.close()


def _outbox(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT collection, uuid, op FROM mp_outbox").fetchall()
    finally:
        conn.close()


def _column(path: Path, uuid: str, name: str) -> str | None:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f'SELECT "{name}" FROM aid_points WHERE uuid = ?', (uuid,)).fetchone()[0]
    finally:
        conn.close()


def _unusual(path: Path) -> list[str]:
    """Points with a list in neither the order QGIS's widget sorts it (by code) nor the catalog's."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        points = [dict(r) for r in conn.execute("SELECT * FROM aid_points ORDER BY uuid")]
    finally:
        conn.close()
    found = []
    for point in points:
        for name in LISTS:
            codes = json.loads(point[name] or "[]")
            order = catalog.codes(catalog.LISTS[name])
            if len(codes) > 1 and codes != sorted(codes) and codes != sorted(codes, key=order.index):
                found.append(point["uuid"])
                break
    return found


def _feature(layer: QgsVectorLayer, uuid: str) -> Any:
    return next(f for f in layer.getFeatures() if f["uuid"] == uuid)


def _dialog(layer: QgsVectorLayer, feature: Any) -> QgsAttributeDialog:
    """The feature dialog as QGIS opens it, at a laptop's size, the focus in it (the plugin's watcher fits it)."""
    dialog = QgsAttributeDialog(layer, feature, False, None, True)
    dialog.resize(560, 700)
    dialog.show()
    QApplication.processEvents()
    QApplication.setActiveWindow(dialog)
    dialog.findChildren(QLineEdit)[0].setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()
    return dialog


def _lists(form: QgsAttributeForm) -> dict[str, tuple[QTableWidget, Any]]:
    out = {}
    for table in form.findChildren(QTableWidget):
        wrapper, _filtered = form_lists._wrapper_of(table)
        if wrapper is not None and wrapper.field().name() in LISTS:
            out[wrapper.field().name()] = (table, wrapper)
    return out


def _movable(table: QTableWidget) -> bool:
    """Whether the plugin may put the ticked items first (QGIS before 3.34: a plain table)."""
    return not form_lists._wrapper_of(table)[1]


def _widget(form: QgsAttributeForm, name: str) -> Any:
    for widget in form.findChildren(QLineEdit):
        wrapper = QgsEditorWidgetWrapper.fromWidget(widget)
        if wrapper is not None and wrapper.field().name() == name:
            return wrapper
    raise AssertionError(name)


@pytest.fixture
def watcher(qgis_app: Any) -> Iterator[form_lists.FormListsWatcher]:
    watching = form_lists.FormListsWatcher()
    yield watching
    watching.stop()


# -- what is ticked is in sight ----------------------------------------------------------------------

def test_every_ticked_value_is_in_sight(aid: QgsVectorLayer, workcopy: Path, watcher: Any) -> None:
    rows = _rows(workcopy)
    # the point with the most ticked languages, and one whose lists are in an unusual order
    by_languages = max(rows, key=lambda u: len(json.loads(_column(workcopy, u, "languages") or "[]")))
    for uuid in {by_languages, _unusual(workcopy)[0]}:
        feature = _feature(aid, uuid)
        dialog = _dialog(aid, feature)
        form = dialog.attributeForm()
        assert form.property(form_lists.FITTED) == feature.id()  # the focus brought the watcher in
        shown = _lists(form)
        assert set(shown) == set(LISTS)
        for name, (table, wrapper) in shown.items():
            stored = json.loads(_column(workcopy, uuid, name) or "[]")
            ticked = [table.item(r, c) for r in range(table.rowCount()) for c in range(table.columnCount())
                      if table.item(r, c) is not None and table.item(r, c).checkState() == Qt.CheckState.Checked]
            assert sorted(str(i.data(Qt.ItemDataRole.UserRole)) for i in ticked) == sorted(stored), name
            for item in ticked:
                assert table.viewport().rect().contains(table.visualItemRect(item)), (name, item.text())
            assert table.height() > 3 * table.rowHeight(0) or table.rowCount() <= 3, name
            if _movable(table):
                assert wrapper.value() == stored, name  # the form gives the point's order back
        dialog.close()


def test_without_the_plugin_the_lists_hide_ticked_values(aid: QgsVectorLayer, workcopy: Path) -> None:
    """What the issue saw (a 3-row list, the point's order lost): the test above would fail without the fit."""
    uuid = max(_rows(workcopy), key=lambda u: len(json.loads(_column(workcopy, u, "languages") or "[]")))
    dialog = QgsAttributeDialog(aid, _feature(aid, uuid), False, None, True)
    dialog.resize(560, 700)
    dialog.show()
    QApplication.processEvents()
    table, _wrapper = _lists(dialog.attributeForm())["languages"]
    assert table.height() < 4 * table.rowHeight(0)
    dialog.close()


def test_the_list_being_clicked_keeps_its_items_in_place(aid: QgsVectorLayer, workcopy: Path) -> None:
    """The focus comes into a form by a click on a list (the attribute table's form view, another point):
    that list's items stay under the cursor, the others are fitted."""
    uuid = _unusual(workcopy)[0]
    dialog = QgsAttributeDialog(aid, _feature(aid, uuid), False, None, True)
    dialog.show()
    QApplication.processEvents()
    form = dialog.attributeForm()
    shown = _lists(form)

    def codes(table: QTableWidget) -> list[str]:
        return [str(table.item(r, c).data(Qt.ItemDataRole.UserRole)) for r in range(table.rowCount())
                for c in range(table.columnCount()) if table.item(r, c) is not None]

    clicked = shown["languages"][0]
    before = codes(clicked)
    assert sorted(form_lists.fit_lists(form, under_cursor=clicked)) == sorted(LISTS)
    assert codes(clicked) == before
    assert clicked.height() >= min(clicked.rowCount(), form_lists.MAX_ROWS) * clicked.rowHeight(0)
    for name in LISTS:
        if name != "languages" and _movable(shown[name][0]):
            stored = json.loads(_column(workcopy, uuid, name) or "[]")
            assert codes(shown[name][0])[:len(stored)] == stored, name
    dialog.close()


# -- saving never re-orders a list ----------------------------------------------------------------------

def test_ok_on_unchanged_points_changes_nothing(aid: QgsVectorLayer, workcopy: Path, watcher: Any) -> None:
    before = _rows(workcopy)
    unusual = _unusual(workcopy)
    assert unusual  # the seeded store has points whose lists are neither by code nor by catalog
    uuids = unusual[:10] + sorted(before)[:10]
    assert aid.startEditing()
    for uuid in uuids:
        dialog = _dialog(aid, _feature(aid, uuid))
        assert dialog.attributeForm().save()
        dialog.accept()
    assert aid.editBuffer().changedAttributeValues() == {}
    assert aid.commitChanges(), aid.commitErrors()
    assert _outbox(workcopy) == []
    assert _rows(workcopy) == before


def test_saving_another_edit_keeps_every_list(aid: QgsVectorLayer, workcopy: Path, watcher: Any) -> None:
    uuid = _unusual(workcopy)[0]
    before = _rows(workcopy)[uuid]
    assert aid.startEditing()
    dialog = _dialog(aid, _feature(aid, uuid))
    form = dialog.attributeForm()
    _widget(form, "name").setValues("Punkt pomocy – nowa nazwa", [])
    assert form.save()
    assert aid.commitChanges(), aid.commitErrors()
    dialog.close()
    for name in LISTS:
        assert _column(workcopy, uuid, name) == before[1 + _index(workcopy, name)], name
    assert _column(workcopy, uuid, "name") == "Punkt pomocy – nowa nazwa"
    # what the next sync sends: the name alone, no list (nothing for the history to record)
    with WorkingCopy(workcopy) as wc:
        ops = Pusher(wc, None).build_operations()  # type: ignore[arg-type]
    assert [(op["id"], sorted(op["properties"])) for op in ops] == [(uuid, ["name"])]


def _index(path: Path, name: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return [d[0] for d in conn.execute("SELECT * FROM aid_points LIMIT 0").description].index(name)
    finally:
        conn.close()


def test_a_new_tick_goes_after_the_points_values(aid: QgsVectorLayer, workcopy: Path, watcher: Any) -> None:
    uuid = _unusual(workcopy)[0]
    stored = {name: json.loads(_column(workcopy, uuid, name) or "[]") for name in LISTS}
    assert aid.startEditing()
    dialog = _dialog(aid, _feature(aid, uuid))
    form = dialog.attributeForm()
    added = {}
    for name, (table, _wrapper) in _lists(form).items():
        free = [table.item(r, c) for r in range(table.rowCount()) for c in range(table.columnCount())
                if table.item(r, c) is not None and table.item(r, c).checkState() != Qt.CheckState.Checked]
        if free:  # a list with everything ticked has nothing to add
            free[-1].setCheckState(Qt.CheckState.Checked)
            added[name] = str(free[-1].data(Qt.ItemDataRole.UserRole))
    assert len(added) >= 3
    assert form.save()
    assert aid.commitChanges(), aid.commitErrors()
    dialog.close()
    for name in LISTS:
        assert json.loads(_column(workcopy, uuid, name) or "[]") == stored[name] + [added[name]][:name in added], name


def test_the_working_copy_keeps_the_order_for_other_writers(aid: QgsVectorLayer, workcopy: Path) -> None:
    """The attribute table's cells (no form) write what the widget gives: sorted by code."""
    uuid = _unusual(workcopy)[0]
    old = {name: _column(workcopy, uuid, name) for name in LISTS}
    codes = {name: json.loads(old[name] or "[]") for name in LISTS}
    feature = _feature(aid, uuid)
    fields = aid.fields()
    assert aid.startEditing()
    for name in LISTS:  # the same values, sorted as the widget sorts them
        assert aid.changeAttributeValue(feature.id(), fields.indexOf(name), sorted(codes[name]))
    assert aid.commitChanges(), aid.commitErrors()
    assert {name: _column(workcopy, uuid, name) for name in LISTS} == old  # byte for byte

    extra = next(c for c in catalog.codes(catalog.LISTS["languages"]) if c not in codes["languages"])
    assert aid.startEditing()
    assert aid.changeAttributeValue(feature.id(), fields.indexOf("languages"), sorted(codes["languages"] + [extra]))
    assert aid.commitChanges(), aid.commitErrors()
    assert json.loads(_column(workcopy, uuid, "languages")) == codes["languages"] + [extra]

    deliberate = list(reversed(codes["languages"] + [extra]))  # not the widget's order: someone meant it
    assert aid.startEditing()
    assert aid.changeAttributeValue(feature.id(), fields.indexOf("languages"), deliberate)
    assert aid.commitChanges(), aid.commitErrors()
    assert json.loads(_column(workcopy, uuid, "languages")) == deliberate


def test_an_older_working_copy_gets_the_trigger(workcopy: Path) -> None:
    conn = sqlite3.connect(workcopy)
    current = list_order.trigger_name("aid_points")
    conn.execute(f"DROP TRIGGER {current}")
    conn.execute("CREATE TRIGGER mp_aid_points_list_order AFTER UPDATE ON aid_points BEGIN SELECT 1; END")  # v1
    conn.commit()
    conn.close()
    with WorkingCopy(workcopy) as wc:
        names = {r[0] for r in wc.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert current in names and "mp_aid_points_list_order" not in names


# -- the store's rules, before anything is saved -------------------------------------------------------

def test_every_rule_is_a_hard_constraint(aid: QgsVectorLayer) -> None:
    fields = aid.fields()
    for name, rule in form_rules.form_rules("aid_points").items():
        constraints = fields.field(name).constraints()
        assert constraints.constraintExpression() == rule.expression, name
        assert constraints.constraintStrength(QgsFieldConstraints.Constraint.ConstraintExpression) == \
            QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard, name
    for spec in schema.editable_fields("aid_points"):
        if spec.required:
            assert fields.field(spec.name).constraints().constraintStrength(
                QgsFieldConstraints.Constraint.ConstraintNotNull) == \
                QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard, spec.name


def _ok_enabled(form: QgsAttributeForm) -> bool:
    boxes = [b for b in form.findChildren(QDialogButtonBox) if b.button(QDialogButtonBox.StandardButton.Ok)]
    assert boxes
    return all(b.button(QDialogButtonBox.StandardButton.Ok).isEnabled() for b in boxes)


def _shown_reasons(form: QgsAttributeForm) -> set[str]:
    """The constraint indicators' texts (QGIS shows the reason in their tooltip)."""
    return {label.toolTip() for label in form.findChildren(QLabel) if label.toolTip()}


@pytest.mark.parametrize("lang", ["pl", "uk"])
def test_the_form_refuses_before_saving_and_says_why(lang: str, translated: Any, ui_language: Any,
                                                      workcopy: Path, synced_workcopy: Any,
                                                      qgis_new_project: Any, watcher: Any) -> None:
    ui_language({"pl": "pl_PL", "uk": "uk_UA"}[lang])
    translated(lang)
    words = ts_messages(lang)
    aid = layers.add_to_project(workcopy, synced_workcopy.me, QgsProject.instance()).aid_points
    before, uuid = _rows(workcopy), sorted(_rows(workcopy))[0]
    assert aid.startEditing()
    dialog = _dialog(aid, _feature(aid, uuid))
    form = dialog.attributeForm()
    assert _ok_enabled(form)
    _widget(form, "postcode").setValues("10001", [])
    QApplication.processEvents()
    assert not _ok_enabled(form)  # the user cannot save it
    reason = words["Postcode must look like 00-000."]
    assert any(reason in text for text in _shown_reasons(form)), _shown_reasons(form)
    _widget(form, "postcode").setValues("10-001", [])
    _widget(form, "name").setValues("", [])
    QApplication.processEvents()
    assert not _ok_enabled(form)
    assert any(words["Required."] in text for text in _shown_reasons(form))
    dialog.reject()
    assert aid.editBuffer().changedAttributeValues() == {}
    aid.rollBack()
    assert _rows(workcopy) == before and _outbox(workcopy) == []


# -- the UI language on every project load ---------------------------------------------------------------

def ts_messages(lang: str) -> dict[str, str]:
    """source -> translation of the plugin's .ts file (singular messages), read without Qt."""
    root = ElementTree.parse(ROOT / "i18n" / f"mapujpomoc_{lang}.ts").getroot()
    out = {}
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text and message.get("numerus") != "yes":
            out[message.findtext("source")] = translation.text
    return out


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("qm")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "compile", "--out-dir", str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture
def translated(qgis_app: Any, qm_dir: Path) -> Iterator[Any]:
    """translated('pl'): only that catalog installed (the previous one removed), until the test ends."""
    installed: list[QTranslator] = []

    def install(lang: str) -> None:
        while installed:
            QCoreApplication.removeTranslator(installed.pop())
        translator = QTranslator()
        assert translator.load(str(qm_dir / f"mapujpomoc_{lang}.qm"))
        assert QCoreApplication.installTranslator(translator)
        installed.append(translator)

    yield install
    while installed:
        QCoreApplication.removeTranslator(installed.pop())


def _value_map(layer: QgsVectorLayer, name: str) -> dict[str, str]:
    return {k: v for d in layer.editorWidgetSetup(layer.fields().indexOf(name)).config()["map"] for k, v in d.items()}


def test_a_polish_project_opens_in_ukrainian(translated: Any, ui_language: Any, workcopy: Path,
                                             synced_workcopy: Any, qgis_new_project: Any, tmp_path: Path) -> None:
    english_aliases = layers.field_aliases()  # no catalog installed yet: the source texts
    ui_language("pl_PL")
    translated("pl")
    project = QgsProject.instance()
    layers.add_to_project(workcopy, synced_workcopy.me, project)
    qgz = tmp_path / "from-a-polish-colleague.qgz"
    assert project.write(str(qgz)), project.error()
    project.clear()

    ui_language("uk_UA")
    translated("uk")
    uk, pl = ts_messages("uk"), ts_messages("pl")
    untouched = QgsProject()  # what QGIS alone makes of it: the Polish the project was saved with
    assert untouched.read(str(qgz)), untouched.error()
    plain = next(lyr for lyr in untouched.mapLayers().values() if layers.source_parts(lyr)[1] == "aid_points")
    assert plain.attributeAlias(plain.fields().indexOf("help_types")) == pl["Help types"]
    untouched.clear()

    stop = form_language.watch_project(project)
    try:
        assert project.read(str(qgz)), project.error()
    finally:
        stop()
    aid = next(lyr for lyr in project.mapLayers().values() if layers.source_parts(lyr)[1] == "aid_points")
    fields = aid.fields()
    for name, source in english_aliases.items():
        if fields.indexOf(name) >= 0 and name != "fid":
            assert aid.attributeAlias(fields.indexOf(name)) == uk[source], name
    for name in LISTS:
        assert aid.editorWidgetSetup(fields.indexOf(name)).config()["Value"] == "label_uk", name
    for name, entries in (("status", catalog.STATUSES), ("org_type", catalog.ENUMS["org_type"]),
                          ("visibility", catalog.ENUMS["visibility"])):
        assert _value_map(aid, name) == {e.uk: e.code for e in entries}, name
    name_rule = form_rules.form_rules("aid_points")["name"]
    assert fields.field("name").constraints().constraintDescription() == \
        f"{uk['Required.']} {uk['At most {0} characters.'].format(name_rule.max_len)}"
    legend = {c.value(): c.label() for c in aid.renderer().categories() if c.value()}
    assert legend == {e.code: e.uk for e in catalog.HELP_TYPES}
    assert aid.name() == uk["Aid points"]
    # and the form QGIS builds shows it: the Ukrainian labels in the lists
    dialog = QgsAttributeDialog(aid, next(aid.getFeatures()), False, None, True)
    dialog.show()
    QApplication.processEvents()
    table, _wrapper = _lists(dialog.attributeForm())["help_types"]
    shown = {table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
             if table.item(r, c) is not None}
    assert shown == {e.uk for e in catalog.HELP_TYPES}
    dialog.close()


def test_the_plugin_follows_the_language_of_each_project_it_opens(translated: Any, ui_language: Any, workcopy: Path,
                                                                   synced_workcopy: Any, qgis_new_project: Any,
                                                                   qgis_iface: Any, tmp_path: Path) -> None:
    from mapujpomoc_qgis.plugin import MapujPomocPlugin

    ui_language("pl_PL")
    translated("pl")
    project = QgsProject.instance()
    layers.add_to_project(workcopy, synced_workcopy.me, project)
    qgz = tmp_path / "polish.qgz"
    assert project.write(str(qgz)), project.error()
    project.clear()

    ui_language("uk_UA")
    translated("uk")
    plugin = MapujPomocPlugin(qgis_iface)
    try:
        plugin._watch_forms()  # what initGui does for the forms
        assert isinstance(plugin.form_lists, form_lists.FormListsWatcher)
        assert project.read(str(qgz)), project.error()
        aid = next(lyr for lyr in project.mapLayers().values() if layers.source_parts(lyr)[1] == "aid_points")
        assert aid.attributeAlias(aid.fields().indexOf("languages")) == ts_messages("uk")["Languages"]
        assert aid.editorWidgetSetup(aid.fields().indexOf("languages")).config()["Value"] == "label_uk"
    finally:
        plugin.stop_form_language()
        plugin.form_lists.stop()
        if plugin.translator is not None:
            QCoreApplication.removeTranslator(plugin.translator)
    project.clear()
    assert project.read(str(qgz))  # stopped: QGIS alone keeps the Polish it was saved with
    aid = next(lyr for lyr in project.mapLayers().values() if layers.source_parts(lyr)[1] == "aid_points")
    assert aid.attributeAlias(aid.fields().indexOf("languages")) == ts_messages("pl")["Languages"]
