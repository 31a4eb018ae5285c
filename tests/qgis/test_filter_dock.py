"""The filter dock, driven through its widgets in headless QGIS, against a synced working copy.

Expected sets are computed here straight from the GeoPackage rows with plain
Python (no code of the plugin's filter module), so the dock cannot agree with
itself by accident.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt

from mapujpomoc_model import catalog
from mapujpomoc_qgis.core.project import layers
from mapujpomoc_qgis.gui.filter_dock import CODE_ROLE, FilterDock


def _plain(text: str) -> str:
    table = {"ł": "l", "ї": "і", "й": "и", "ґ": "г", "є": "е"}
    text = "".join(table.get(c, c) for c in text.lower())
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _rows(path: Path) -> list[dict[str, Any]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute("SELECT * FROM aid_points")]
    finally:
        conn.close()


def _expected(rows: list[dict[str, Any]], *, help_types=(), languages=(), forms=(), statuses=(), groups=(),
              region: str | tuple[str, ...] = (), since: str | None = None, text: str = "") -> set[int]:
    regions = (region,) if isinstance(region, str) else region
    out = set()
    for r in rows:
        lists = {k: json.loads(r[k] or "[]") for k in ("help_types", "languages", "forms", "target_groups")}
        if help_types and not set(help_types) & set(lists["help_types"]):
            continue
        if languages and not set(languages) & set(lists["languages"]):
            continue
        if forms and not set(forms) & set(lists["forms"]):
            continue
        if groups and not set(groups) & set(lists["target_groups"]):
            continue
        if statuses and r["status"] not in statuses:
            continue
        if regions and not any((r["teryt"] or "").startswith(p) for p in regions):
            continue
        if since and not (r["verified_at"] and r["verified_at"] >= since):
            continue
        if text:
            hay = _plain(" ".join(str(r[k] or "") for k in ("name", "organization", "street", "house_number",
                                                            "postcode", "city", "description")))
            if not all(w in hay for w in _plain(text).split()):
                continue
        out.add(r["fid"])
    return out


@pytest.fixture
def dock(synced_workcopy: Any, qgis_iface: Any, qgis_new_project: Any, qtbot: Any) -> FilterDock:
    found = layers.add_to_project(str(synced_workcopy.path), synced_workcopy.me, QgsProject.instance())
    widget = FilterDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.set_layer(found.aid_points, synced_workcopy.me["scope"])
    widget.show()
    return widget


def _check(widget: Any, codes: list[str]) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(Qt.Checked if item.data(CODE_ROLE) in codes else Qt.Unchecked)


def _visible(dock: FilterDock) -> set[int]:
    assert dock.layer is not None
    return {f.id() for f in dock.layer.getFeatures()}


def _box(boxes: list[Any], code: str) -> Any:
    return next(b for b in boxes if b.property("code") == code)


def test_filter_combinations_match_an_independent_computation(dock: FilterDock, synced_workcopy: Any,
                                                               qtbot: Any) -> None:
    rows = _rows(synced_workcopy.path)
    assert _visible(dock) == {r["fid"] for r in rows}

    _check(dock.help_types, ["legal"])
    dock.apply()
    assert _visible(dock) == _expected(rows, help_types=["legal"]) != set()

    _check(dock.help_types, ["legal", "psychological", "food"])
    _check(dock.languages, ["uk"])
    dock.apply()
    assert _visible(dock) == _expected(rows, help_types=["legal", "psychological", "food"], languages=["uk"])

    _box(dock.forms, "online").setChecked(True)
    _box(dock.statuses, "active").setChecked(True)
    dock.apply()
    got = _visible(dock)
    assert got == _expected(rows, help_types=["legal", "psychological", "food"], languages=["uk"],
                            forms=["online"], statuses=["active"])
    assert dock.count_label.text().startswith(f"{len(got)} ")

    dock.clear()
    dock.voivodeship.setCurrentIndex(dock.voivodeship.findData("28"))
    dock.county.setCurrentIndex(dock.county.findData("2814"))
    dock.apply()
    assert _visible(dock) == _expected(rows, region="2814") != set()

    dock.clear()
    dock.verified_check.setChecked(True)
    dock.verified_months.setValue(6)
    dock.apply()
    today = dt.date.today()
    six_months = dt.date(today.year - (today.month <= 6), (today.month - 7) % 12 + 1, min(today.day, 28))
    got = _visible(dock)
    # the boundary day may differ by the day-of-month clamp; nothing else may differ
    assert _expected(rows, since=(six_months + dt.timedelta(days=3)).isoformat()) <= got
    assert got <= _expected(rows, since=(six_months - dt.timedelta(days=3)).isoformat())

    dock.clear()
    _check(dock.target_groups, ["children", "families"])
    dock.apply()
    assert _visible(dock) == _expected(rows, groups=["children", "families"])

    dock.clear()
    dock.my_area.setChecked(True)
    dock.apply()
    assert _visible(dock) == _expected(rows, region=tuple(synced_workcopy.me["scope"]))


@pytest.mark.parametrize("text", ["SPOLECZNEJ", "olsztyn", "україни", "ośrodek POMOCY", "xyz-nothing"])
def test_text_search_ignores_case_and_diacritics(dock: FilterDock, synced_workcopy: Any, qtbot: Any,
                                                 text: str) -> None:
    rows = _rows(synced_workcopy.path)
    dock.search.setText(text)  # as typed: textChanged starts the debounce timer
    qtbot.waitUntil(lambda: not dock.timer.isActive(), timeout=2000)
    expected = _expected(rows, text=text)
    assert _visible(dock) == expected
    if text != "xyz-nothing":
        assert expected


def test_index_built_in_a_background_task(synced_workcopy: Any, qgis_iface: Any, qgis_new_project: Any,
                                          qtbot: Any) -> None:
    found = layers.add_to_project(str(synced_workcopy.path), synced_workcopy.me, QgsProject.instance())
    widget = FilterDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.set_layer(found.aid_points, synced_workcopy.me["scope"], background=True)
    assert widget.index is None and "Indexing" in widget.count_label.text()
    qtbot.waitUntil(lambda: widget.index is not None, timeout=20_000)
    rows = _rows(synced_workcopy.path)
    assert widget.count_label.text().startswith(f"{len(rows)} of {len(rows)}")
    _check(widget.help_types, ["legal"])
    widget.apply()
    assert _visible(widget) == _expected(rows, help_types=["legal"])


def test_help_type_counts(dock: FilterDock, synced_workcopy: Any) -> None:
    rows = _rows(synced_workcopy.path)
    _check(dock.languages, ["uk"])
    _check(dock.help_types, ["legal"])
    dock.apply()
    for i in range(dock.help_types.count()):
        item = dock.help_types.item(i)
        code = item.data(CODE_ROLE)
        count = len(_expected(rows, help_types=[code], languages=["uk"]))
        assert item.text() == f"{catalog.label(catalog.HELP_TYPES, code, 'en')} ({count})"


def test_region_cascade_narrows_the_lower_pickers(dock: FilterDock) -> None:
    assert not dock.county.isEnabled()
    dock.voivodeship.setCurrentIndex(dock.voivodeship.findData("08"))
    counties = [dock.county.itemData(i) for i in range(1, dock.county.count())]
    assert counties and all(c.startswith("08") and len(c) == 4 for c in counties)
    dock.county.setCurrentIndex(1)
    communes = [dock.commune.itemData(i) for i in range(1, dock.commune.count())]
    assert communes and all(c.startswith(counties[0]) and len(c) == 7 for c in communes)
    dock.voivodeship.setCurrentIndex(dock.voivodeship.findData("28"))
    assert all(dock.county.itemData(i).startswith("28") for i in range(1, dock.county.count()))
    # in Polish order: Łęknica after Lubsko, before Przewóz (not after Tuplice, as SQLite sorts)
    from mapujpomoc_model.collation import polish_key

    lknica = next(code for code, name in dock.regions["gminy"] if name == "Łęknica")
    dock.voivodeship.setCurrentIndex(dock.voivodeship.findData(lknica[:2]))
    dock.county.setCurrentIndex(dock.county.findData(lknica[:4]))
    for combo in (dock.voivodeship, dock.county, dock.commune):
        names = [combo.itemText(i).rsplit(" (", 1)[0] for i in range(1, combo.count())]
        assert len(names) > 1 and names == sorted(names, key=polish_key)
    names = [dock.commune.itemText(i).rsplit(" (", 1)[0] for i in range(1, dock.commune.count())]
    assert names.index("Lubsko") < names.index("Łęknica") < names.index("Przewóz")


def test_saved_list_survives_saving_and_reopening_the_project(dock: FilterDock, synced_workcopy: Any,
                                                              tmp_path: Path, qgis_iface: Any,
                                                              qtbot: Any) -> None:
    _check(dock.help_types, ["psychological"])
    dock.voivodeship.setCurrentIndex(dock.voivodeship.findData("28"))
    dock.apply()
    dock.save_list("Pomoc psychologiczna – warmińsko-mazurskie")
    wanted = _visible(dock)
    project_file = tmp_path / "lists.qgz"
    assert QgsProject.instance().write(str(project_file))
    QgsProject.instance().clear()
    assert QgsProject.instance().read(str(project_file))
    from mapujpomoc_qgis.gui.filter_dock import find_aid_layer

    layer = find_aid_layer()
    assert layer is not None
    fresh = FilterDock(qgis_iface)
    qtbot.addWidget(fresh)
    fresh.set_layer(layer, synced_workcopy.me["scope"])
    fresh.clear()
    assert fresh.saved.count() == 1
    fresh.saved.setCurrentRow(0)
    fresh.apply_list()
    assert _visible(fresh) == wanted
    assert [fresh.help_types.item(i).data(CODE_ROLE) for i in range(fresh.help_types.count())
            if fresh.help_types.item(i).checkState() == Qt.Checked] == ["psychological"]

    csv_path = fresh.export_list("csv", str(tmp_path / "list.csv"))
    with open(csv_path, encoding="utf-8-sig") as fh:
        table = list(csv.DictReader(fh))
    assert len(table) == len(wanted)
    assert all("Психологічна допомога" in r["help_types_uk"] for r in table)
    pdf = fresh.export_list("pdf", str(tmp_path / "list.pdf"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Психологічна допомога" in text and "Pomoc psychologiczna" in text
    names = {r["name"] for r in table}
    assert any(n.split(" – ")[0] in text for n in names)


def test_stale_review_and_mark_verified_go_through_the_outbox(dock: FilterDock, synced_workcopy: Any,
                                                              tmp_path: Path) -> None:
    # a private copy: marking verified changes the file
    import shutil

    path = tmp_path / "review.gpkg"
    shutil.copy(synced_workcopy.path, path)
    found = layers.add_to_project(str(path), synced_workcopy.me, QgsProject.instance())
    dock.set_layer(found.aid_points, [])  # no scope: the whole working copy
    dock.stale_months.setValue(12)
    dock.find_stale()
    cutoff = (dt.date.today() - dt.timedelta(days=366)).isoformat()
    rows = _rows(path)
    stale = {r["fid"] for r in rows if not r["verified_at"] or r["verified_at"] < cutoff}
    listed = {dock.stale_list.item(i).data(CODE_ROLE) for i in range(dock.stale_list.count())}
    assert listed and (listed - stale) <= {r["fid"] for r in rows if r["verified_at"] and
                                           r["verified_at"][:7] == cutoff[:7]}
    for i in range(2):
        dock.stale_list.item(i).setSelected(True)
    picked = [dock.stale_list.item(i).data(CODE_ROLE) for i in range(2)]
    dock.mark_verified()
    conn = sqlite3.connect(path)
    try:
        verified = dict(conn.execute(f"SELECT fid, verified_at FROM aid_points WHERE fid IN ({picked[0]}, {picked[1]})"))
        outbox = conn.execute("SELECT op, state FROM mp_outbox").fetchall()
    finally:
        conn.close()
    assert set(verified.values()) == {dt.date.today().isoformat()}
    assert outbox == [("update", "pending")] * 2
    assert not ({picked[0], picked[1]} & {dock.stale_list.item(i).data(CODE_ROLE)
                                          for i in range(dock.stale_list.count())})


def test_the_list_pdf_is_headed_in_the_chosen_languages(dock: FilterDock, tmp_path: Path, monkeypatch: Any) -> None:
    """Eksportuj listę PDF: the language pair chosen in the dock heads the columns and numbers the pages."""
    pairs = [tuple(dock.pdf_languages.itemData(i)) for i in range(dock.pdf_languages.count())]
    assert ("pl", "uk") in pairs and ("uk", "pl") in pairs and ("uk", "en") in pairs
    assert tuple(dock.pdf_languages.currentData()) == ("pl", "uk")  # an English or Polish UI: Polish first
    dock.pdf_languages.setCurrentIndex(pairs.index(("uk", "en")))
    pdf = dock.export_list("pdf", str(tmp_path / "list.pdf"))
    text = " ".join(unicodedata.normalize("NFKC", subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout).split())
    assert "Види допомоги" in text and "Types of help" in text and "Rodzaje pomocy" not in text
    assert "Назва" in text and "Сторінка 1 з" in text and "Page 1 of" in text and "Strona" not in text
    import mapujpomoc_qgis.gui.filter_dock as filter_dock  # a Ukrainian UI: Ukrainian first, then Polish

    monkeypatch.setattr(filter_dock, "current_language", lambda: "uk")
    assert tuple(FilterDock._pdf_language_choice().currentData()) == ("uk", "pl")
