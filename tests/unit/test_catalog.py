"""The shared catalog (mapujpomoc_model/catalog.py) and the default symbols of its help types
(core/project/symbols.py).

Pure Python: no QGIS. The help type table below is the one the project was specified with, restated
here on purpose as an independent expectation; codes are part of the store's protocol and of every
exported file, so a change here must be deliberate.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mapujpomoc_model import catalog
from mapujpomoc_qgis.core.project import symbols

# the specified help types, in order: code, pl, uk, en.
DESIGN_HELP_TYPES = [
    ("accommodation", "Zakwaterowanie", "Житло", "Accommodation"),
    ("food", "Żywność", "Продукти харчування", "Food"),
    ("material", "Pomoc rzeczowa", "Речова допомога", "In-kind help"),
    ("financial", "Pomoc finansowa", "Фінансова допомога", "Financial help"),
    ("legal", "Pomoc prawna", "Юридична допомога", "Legal aid"),
    ("psychological", "Pomoc psychologiczna", "Психологічна допомога", "Psychological support"),
    ("medical", "Pomoc medyczna", "Медична допомога", "Medical help"),
    ("information", "Punkt informacyjny", "Інформаційний пункт", "Information point"),
    ("translation", "Tłumaczenia", "Переклад", "Translation"),
    ("education", "Edukacja i nauka języka", "Освіта та вивчення мови", "Education and language courses"),
    ("childcare", "Opieka nad dziećmi", "Догляд за дітьми", "Childcare"),
    ("employment", "Praca", "Працевлаштування", "Employment"),
    ("transport", "Transport", "Транспорт", "Transport"),
    ("disability", "Wsparcie osób z niepełnosprawnościami", "Підтримка людей з інвалідністю", "Disability support"),
    ("social_welfare", "Ośrodek pomocy społecznej", "Центр соціальної допомоги", "Social welfare office"),
    ("reception", "Punkt recepcyjny", "Пункт прийому", "Reception point"),
    ("integration", "Integracja i kultura", "Інтеграція та культура", "Integration and culture"),
]
DESIGN_FORMS = [
    ("on_site", "Stacjonarnie", "Очно", "On site"),
    ("online", "Online", "Онлайн", "Online"),
    ("hotline", "Infolinia", "Гаряча лінія", "Hotline"),
]

ALL_TABLES = {
    "help_types": catalog.HELP_TYPES,
    "forms": catalog.FORMS,
    "statuses": catalog.STATUSES,
    "org_types": catalog.ORG_TYPES,
    "target_groups": catalog.TARGET_GROUPS,
    "spoken_languages": catalog.SPOKEN_LANGUAGES,
    "service_area_kinds": catalog.SERVICE_AREA_KINDS,
}
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
POLISH_ONLY = re.compile(r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")


def _entries() -> list[tuple[str, catalog.Entry]]:
    return [(name, e) for name, table in ALL_TABLES.items() for e in table]


# -- the tables ---------------------------------------------------------------------------------

def test_help_types_match_the_design_table_exactly() -> None:
    assert [(e.code, e.pl, e.uk, e.en) for e in catalog.HELP_TYPES] == DESIGN_HELP_TYPES


def test_forms_match_the_design_table_exactly() -> None:
    assert [(e.code, e.pl, e.uk, e.en) for e in catalog.FORMS] == DESIGN_FORMS


def test_statuses_and_org_types_are_the_designed_codes() -> None:
    assert catalog.codes(catalog.STATUSES) == ("active", "inactive", "unverified")
    assert catalog.codes(catalog.ORG_TYPES) == (
        "ngo", "local_government", "government", "international", "religious", "business", "informal")
    assert catalog.codes(catalog.SERVICE_AREA_KINDS) == ("manual", "buffer", "network")


@pytest.mark.parametrize("name", ALL_TABLES)
def test_codes_are_unique_lower_snake_case(name: str) -> None:
    codes = catalog.codes(ALL_TABLES[name])
    assert len(codes) == len(set(codes)), f"duplicate code in {name}"
    for code in codes:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", code), f"{name}: {code!r} is not a lower-case identifier"


@pytest.mark.parametrize(("table", "entry"), _entries(), ids=lambda v: v.code if isinstance(v, catalog.Entry) else v)
def test_every_entry_has_three_real_labels(table: str, entry: catalog.Entry) -> None:
    for lang in catalog.LANGUAGES:
        text = entry.label(lang)
        assert text and text == text.strip(), f"{table}/{entry.code}: empty or padded {lang} label"
    # A Ukrainian label is written in Cyrillic; an English one never carries Polish letters.
    assert CYRILLIC.search(entry.uk), f"{table}/{entry.code}: uk label {entry.uk!r} is not Cyrillic"
    assert not CYRILLIC.search(entry.pl) and not CYRILLIC.search(entry.en)
    assert not POLISH_ONLY.search(entry.en), f"{table}/{entry.code}: en label {entry.en!r} looks Polish"


@pytest.mark.parametrize("name", ALL_TABLES)
def test_labels_are_unique_per_language(name: str) -> None:
    """Two codes with one label would be indistinguishable in a filter list or a legend."""
    for lang in catalog.LANGUAGES:
        labels = [e.label(lang) for e in ALL_TABLES[name]]
        assert len(labels) == len(set(labels)), f"{name}: duplicate {lang} label"


def test_the_catalog_covers_the_iso_codes_of_spoken_languages() -> None:
    codes = catalog.codes(catalog.SPOKEN_LANGUAGES)
    assert {"pl", "uk", "ru", "en"} <= set(codes)
    # ISO 639-1 (two letters) except Polish Sign Language, which has only an ISO 639-3 code.
    assert all(len(c) == 2 for c in codes if c != "pjm")


# -- lookups ------------------------------------------------------------------------------------

def test_label_in_each_language() -> None:
    legal = catalog.by_code(catalog.HELP_TYPES)["legal"]
    assert legal.label("pl") == "Pomoc prawna"
    assert legal.label("uk") == "Юридична допомога"
    assert legal.label("en") == "Legal aid"


@pytest.mark.parametrize("lang", ["de", "ru", "", "PL", "pl_PL", "code", "label"])
def test_unknown_language_falls_back_to_english(lang: str) -> None:
    for entry in catalog.HELP_TYPES:
        assert entry.label(lang) == entry.en
    assert catalog.label(catalog.FORMS, "hotline", lang) == "Hotline"


def test_label_of_an_unknown_code_is_the_code() -> None:
    assert catalog.label(catalog.HELP_TYPES, "teleportation", "pl") == "teleportation"


def test_labels_joins_in_order() -> None:
    assert catalog.labels(catalog.HELP_TYPES, ["food", "legal"], "pl") == "Żywność, Pomoc prawna"
    assert catalog.labels(catalog.FORMS, ["online", "on_site"], "uk", sep=" / ") == "Онлайн / Очно"
    assert catalog.labels(catalog.FORMS, [], "en") == ""


def test_lists_and_enums_point_at_the_tables() -> None:
    assert catalog.LISTS["help_types"] is catalog.HELP_TYPES
    assert catalog.LISTS["forms"] is catalog.FORMS
    assert catalog.LISTS["languages"] is catalog.SPOKEN_LANGUAGES
    assert catalog.LISTS["target_groups"] is catalog.TARGET_GROUPS
    assert catalog.ENUMS == {"status": catalog.STATUSES, "org_type": catalog.ORG_TYPES,
                             "kind": catalog.SERVICE_AREA_KINDS, "visibility": catalog.VISIBILITIES}


# -- default colours and icons of the help types -------------------------------------------------

SVG = "{http://www.w3.org/2000/svg}"


def test_every_help_type_has_a_distinct_colour() -> None:
    assert list(symbols.COLOURS) == list(catalog.codes(catalog.HELP_TYPES))
    for code, colour in symbols.COLOURS.items():
        assert re.fullmatch(r"#[0-9a-f]{6}", colour), f"{code}: {colour!r} is not #rrggbb"
    assert len(set(symbols.COLOURS.values())) == len(symbols.COLOURS)


def _luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


@pytest.mark.parametrize("code", list(symbols.COLOURS))
def test_white_pictogram_stays_legible_on_the_colour(code: str) -> None:
    # WCAG contrast of white on the background; 2.3 is the floor for a bold glyph on a map marker.
    assert 1.05 / (_luminance(symbols.COLOURS[code]) + 0.05) >= 2.3


@pytest.mark.parametrize("code", list(catalog.codes(catalog.HELP_TYPES)))
def test_help_type_icon_is_a_parametrised_24px_marker(code: str) -> None:
    path = symbols.icon_path(code)
    assert path.name == f"{code}.svg"
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 24 24"
    background = root.find(f"{SVG}circle")
    assert background is not None, "the first circle is the marker background"
    # QGIS substitutes these, so a style can recolour the marker (as with QGIS's own SVG markers).
    assert background.get("fill") == f"param(fill) {symbols.COLOURS[code]}"
    assert (background.get("stroke") or "").startswith("param(outline) ")
    assert (background.get("stroke-width") or "").startswith("param(outline-width) ")
    # The pictogram is white on top of it.
    assert any(el.get("fill", "").upper() == "#FFFFFF" or el.get("stroke", "").upper() == "#FFFFFF"
               for el in root.iter() if el is not background)


@pytest.mark.parametrize("code", list(catalog.codes(catalog.HELP_TYPES)))
def test_icon_svg_resolves_every_parameter(code: str) -> None:
    text = symbols.icon_svg(code)
    assert "param(" not in text
    root = ET.fromstring(text)
    assert root.find(f"{SVG}circle").get("fill") == symbols.COLOURS[code]
    recoloured = ET.fromstring(symbols.icon_svg(code, fill="#123456"))
    assert recoloured.find(f"{SVG}circle").get("fill") == "#123456"


@pytest.mark.parametrize("name", symbols.UI_ICONS)
def test_ui_icons_exist_and_parse(name: str) -> None:
    root = ET.parse(symbols.icon_path(name)).getroot()
    assert root.get("viewBox") == "0 0 24 24"


def test_icon_path_refuses_unknown_names() -> None:
    with pytest.raises(KeyError):
        symbols.icon_path("teleportation")
    with pytest.raises(KeyError):
        symbols.icon_path("../metadata")


def test_icon_lookup_prefers_the_plugin_folder_then_the_source_tree(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    plugin_res = tmp_path / "plugins" / "mapujpomoc_qgis" / "resources"
    source_res = tmp_path / "resources"
    for folder in (plugin_res, source_res):
        (folder / "icons").mkdir(parents=True)
        (folder / "icons" / "food.svg").write_text("<svg/>", encoding="utf-8")
    monkeypatch.setattr(symbols, "_RESOURCE_CANDIDATES", (plugin_res, source_res))
    assert symbols.icon_path("food") == plugin_res / "icons" / "food.svg"

    # Source checkout: no resources/ inside the package folder.
    monkeypatch.setattr(symbols, "_RESOURCE_CANDIDATES", (tmp_path / "nowhere", source_res))
    assert symbols.icon_path("food") == source_res / "icons" / "food.svg"
    with pytest.raises(FileNotFoundError):
        symbols.icon_path("legal")  # known code, file missing in that tree

    monkeypatch.setattr(symbols, "_RESOURCE_CANDIDATES", (tmp_path / "nowhere",))
    with pytest.raises(FileNotFoundError):
        symbols.resources_dir()
