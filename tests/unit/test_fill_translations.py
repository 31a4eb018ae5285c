"""scripts/fill_translations.py and scripts/i18n.py with counted (numerus) messages.

A table value is a string, or for a message with a count (`tr("%n point(s)", None, n)`) one
text per plural form; the .ts gets one <numerusform> each. `check` refuses a counted message
with the wrong number of forms, `update` does not carry a plain translation into a counted one.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}" sourcelanguage="en">
    <context>
        <name>MapujPomoc</name>
        <message>
            <source>Sync</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) selected</source>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
    </context>
</TS>
"""

POINTS = (("Zaznaczono %n punkt", "Zaznaczono %n punkty", "Zaznaczono %n punktów"),
          ("Вибрано %n пункт", "Вибрано %n пункти", "Вибрано %n пунктів"))
CHANGES = (["%n zmiana", "%n zmiany", "%n zmian"], ["%n зміна", "%n зміни", "%n змін"])


def _load(name: str, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"test_{name}", ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def i18n_tool(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    return _load("i18n", monkeypatch)


@pytest.fixture
def fill_tool(i18n_tool: ModuleType, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.setitem(sys.modules, "mapujpomoc_i18n_script", i18n_tool)  # what fill_translations loads
    return _load("fill_translations", monkeypatch)


@pytest.fixture
def ts_dir(tmp_path: Path) -> Path:
    for lang, language in (("pl", "pl_PL"), ("uk", "uk_UA")):
        (tmp_path / f"mapujpomoc_{lang}.ts").write_text(TS.format(language=language), encoding="utf-8")
    return tmp_path


def _translations(path: Path) -> dict[str, str | list[str]]:
    out: dict[str, str | list[str]] = {}
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")]
        out[message.findtext("source") or ""] = forms if forms else (translation.text or "")
        if message.get("numerus") == "yes" or forms:
            assert not (translation.text or "").strip()
        assert translation.get("type") is None
    return out


def test_fill_writes_one_numerusform_per_plural_form(fill_tool: ModuleType, ts_dir: Path) -> None:
    table = {"Sync": ("Synchronizuj", "Синхронізувати"), "%n point(s) selected": POINTS, "%n change(s)": CHANGES}
    assert fill_tool.fill(table, ts_dir) == 0
    pl = _translations(ts_dir / "mapujpomoc_pl.ts")
    assert pl == {"Sync": "Synchronizuj", "%n point(s) selected": list(POINTS[0]), "%n change(s)": CHANGES[0]}
    uk = _translations(ts_dir / "mapujpomoc_uk.ts")
    assert uk["%n point(s) selected"] == list(POINTS[1]) and uk["Sync"] == "Синхронізувати"


def test_fill_leaves_finished_numerus_messages_alone(fill_tool: ModuleType, ts_dir: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    table = {"Sync": ("Synchronizuj", "Синхронізувати"), "%n point(s) selected": POINTS, "%n change(s)": CHANGES}
    assert fill_tool.fill(table, ts_dir) == 0
    before = (ts_dir / "mapujpomoc_pl.ts").read_text(encoding="utf-8")
    # a later batch knows none of these: they are done, nothing to report
    assert fill_tool.fill({}, ts_dir) == 0
    assert "no translation" not in capsys.readouterr().out
    assert (ts_dir / "mapujpomoc_pl.ts").read_text(encoding="utf-8") == before


@pytest.mark.parametrize(("value", "why"), [
    (("Zaznaczono punkty: %n", "Вибрано пунктів: %n"), "needs 3 plural forms as a tuple, got a string"),
    ((POINTS[0][:2], POINTS[1][:2]), "needs 3 plural forms, got 2"),
    ((("a %n", "", "c %n"), ("a %n", "", "c %n")), "has an empty plural form"),
])
def test_fill_refuses_the_wrong_shape(fill_tool: ModuleType, ts_dir: Path, capsys: pytest.CaptureFixture[str],
                                      value: tuple, why: str) -> None:
    table = {"Sync": ("Synchronizuj", "Синхронізувати"), "%n point(s) selected": value, "%n change(s)": CHANGES}
    assert fill_tool.fill(table, ts_dir) == 2  # one per language
    out = capsys.readouterr().out
    assert f"pl: the translation of '%n point(s) selected' {why}" in out
    message = next(m for m in ET.parse(ts_dir / "mapujpomoc_pl.ts").iter("message")
                   if m.findtext("source") == "%n point(s) selected")
    translation = message.find("translation")
    assert translation is not None and translation.get("type") == "unfinished"


def test_fill_refuses_plural_forms_for_a_plain_message(fill_tool: ModuleType, ts_dir: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    table = {"Sync": (("a", "b", "c"), ("a", "b", "c")), "%n point(s) selected": POINTS, "%n change(s)": CHANGES}
    assert fill_tool.fill(table, ts_dir) == 2
    assert "is not a counted message" in capsys.readouterr().out


def test_a_numerus_message_needs_all_its_forms(i18n_tool: ModuleType, ts_dir: Path) -> None:
    root = ET.parse(ts_dir / "mapujpomoc_pl.ts").getroot()
    [plain, points, _] = [i18n_tool.Message("MapujPomoc", m) for m in root.iter("message")]
    assert points.numerus and not plain.numerus
    translation = points.translation
    assert translation is not None
    del translation.attrib["type"]
    translation.find("numerusform").text = "Zaznaczono %n punkt"
    assert not points.unfinished and i18n_tool.needs_translation(points, 3)  # one form of three
    for text in ("Zaznaczono %n punkty", "Zaznaczono %n punktów"):
        ET.SubElement(translation, "numerusform").text = text
    assert not i18n_tool.needs_translation(points, 3)
    # a plain text cannot serve a count
    for form in translation.findall("numerusform"):
        translation.remove(form)
    translation.text = "Zaznaczono punkty: %n"
    assert points.unfinished
    assert i18n_tool.numerus_forms("pl_PL") == 3 and i18n_tool.numerus_forms("uk") == 3


def test_check_reports_a_missing_plural_form(i18n_tool: ModuleType, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    if not (shutil.which("pylupdate5") and shutil.which("lrelease")):
        pytest.fail("pylupdate5 and lrelease are needed (Debian: pyqt5-dev-tools, qttools5-dev-tools)")
    shutil.copytree(ROOT / "i18n", tmp_path / "i18n")
    monkeypatch.setattr(i18n_tool, "TS_DIR", tmp_path / "i18n")
    path = i18n_tool.ts_path("uk")
    tree = ET.parse(path)
    message = next((m for m in tree.iter("message") if m.get("numerus") == "yes"), None)
    if message is None:
        pytest.skip("no counted message in the plugin")
    translation = message.find("translation")
    assert translation is not None
    translation.remove(translation.findall("numerusform")[-1])
    tree.write(path, encoding="utf-8")
    assert i18n_tool.main(["check"]) == 1
    assert f"uk: needs 3 plural forms, has 2: [MapujPomoc] {message.findtext('source')!r}" in capsys.readouterr().out


def test_update_does_not_pass_a_plain_translation_off_as_plural_forms(i18n_tool: ModuleType, ts_dir: Path) -> None:
    root = ET.parse(ts_dir / "mapujpomoc_pl.ts").getroot()
    old = [i18n_tool.Message("MapujPomoc", m) for m in root.iter("message")]
    # the old plain message, translated, and the same source now counted
    old_plain = ET.fromstring("<message><source>%n change(s)</source>"
                              "<translation>Liczba zmian: %n</translation></message>")
    fresh_numerus = ET.fromstring('<message numerus="yes"><source>%n change(s)</source>'
                                  '<translation type="unfinished"><numerusform /></translation></message>')
    old = [m for m in old if m.source != "%n change(s)"] + [i18n_tool.Message("MapujPomoc", old_plain)]
    [merged], reused, guessed = i18n_tool.merge([i18n_tool.Message("MapujPomoc", fresh_numerus)], old)
    assert (reused, guessed) == (0, 1)
    assert merged.unfinished and merged.translated_texts() == ["Liczba zmian: %n"]
    assert [f.text for f in merged.translation.findall("numerusform")] == ["Liczba zmian: %n"]
