"""Counted messages read right in Polish and Ukrainian: 1 punkt, 2 punkty, 5 punktów, 22 punkty.

The .ts files compiled as the plugin ships them (scripts/i18n.py compile), one QTranslator at a
time in the running application, and `tr(source, None, n)` as the plugin calls it.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from mapujpomoc_qgis.core.i18n import tr

ROOT = Path(__file__).resolve().parents[2]

SELECTED = "%n point(s) selected"
AID_POINTS = "%n aid point(s)."
FOR_POINTS = "Computing travel-time areas for %n point(s)…"
CHANGES = "%n change(s)"
PAGES = "The PDF has %n page(s)."

# n -> expected text, for n = 1, 2, 5, 22 (and a few more where the rules differ)
EXPECTED = {
    "pl": {
        SELECTED: {1: "Zaznaczono 1 punkt", 2: "Zaznaczono 2 punkty", 5: "Zaznaczono 5 punktów",
                   22: "Zaznaczono 22 punkty", 12: "Zaznaczono 12 punktów", 21: "Zaznaczono 21 punktów",
                   112: "Zaznaczono 112 punktów", 0: "Zaznaczono 0 punktów"},
        AID_POINTS: {1: "1 punkt pomocy.", 2: "2 punkty pomocy.", 5: "5 punktów pomocy.", 22: "22 punkty pomocy."},
        FOR_POINTS: {1: "Obliczanie obszarów czasu dojazdu dla 1 punktu…",
                     2: "Obliczanie obszarów czasu dojazdu dla 2 punktów…",
                     5: "Obliczanie obszarów czasu dojazdu dla 5 punktów…",
                     22: "Obliczanie obszarów czasu dojazdu dla 22 punktów…"},
        CHANGES: {1: "1 zmiana", 2: "2 zmiany", 5: "5 zmian", 22: "22 zmiany", 25: "25 zmian"},
        PAGES: {1: "PDF ma 1 stronę.", 2: "PDF ma 2 strony.", 5: "PDF ma 5 stron.", 22: "PDF ma 22 strony."},
    },
    "uk": {
        SELECTED: {1: "Вибрано 1 пункт", 2: "Вибрано 2 пункти", 5: "Вибрано 5 пунктів", 22: "Вибрано 22 пункти",
                   11: "Вибрано 11 пунктів", 12: "Вибрано 12 пунктів", 21: "Вибрано 21 пункт",
                   112: "Вибрано 112 пунктів", 0: "Вибрано 0 пунктів"},
        AID_POINTS: {1: "1 пункт допомоги.", 2: "2 пункти допомоги.", 5: "5 пунктів допомоги.",
                     22: "22 пункти допомоги."},
        FOR_POINTS: {1: "Обчислення зон часу доїзду для 1 пункту…", 2: "Обчислення зон часу доїзду для 2 пунктів…",
                     5: "Обчислення зон часу доїзду для 5 пунктів…", 21: "Обчислення зон часу доїзду для 21 пункту…",
                     22: "Обчислення зон часу доїзду для 22 пунктів…"},
        CHANGES: {1: "1 зміна", 2: "2 зміни", 5: "5 змін", 22: "22 зміни", 25: "25 змін"},
        PAGES: {1: "PDF має 1 сторінку.", 2: "PDF має 2 сторінки.", 5: "PDF має 5 сторінок.",
                22: "PDF має 22 сторінки."},
    },
}


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("qm")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "compile", "--out-dir", str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture
def translated(qgis_app: Any, qm_dir: Path) -> Iterator[Any]:
    """translated('pl'): the plugin's catalog for that language installed until the test ends."""
    installed: list[QTranslator] = []

    def install(lang: str) -> None:
        translator = QTranslator()
        assert translator.load(str(qm_dir / f"mapujpomoc_{lang}.qm"))
        assert QCoreApplication.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("lang", ["pl", "uk"])
def test_counts_take_the_grammatical_form(translated: Any, lang: str) -> None:
    translated(lang)
    for source, forms in EXPECTED[lang].items():
        assert {n: tr(source, None, n) for n in forms} == forms, source


def test_a_message_with_two_counts_gives_each_its_own_form(translated: Any) -> None:
    translated("pl")
    text = tr("%n buffer(s)", None, 5) + " " + tr("around %n point(s).", None, 1)
    assert text == "5 buforów wokół 1 punktu."
    text = tr("Sync finished: %n change(s) received,", None, 1) + " " + tr("%n change(s) sent.", None, 22)
    assert text == "Synchronizacja zakończona: odebrano 1 zmianę, wysłano 22 zmiany."


def test_placeholders_survive_the_plural_form(translated: Any) -> None:
    translated("uk")
    text = tr("Left out %n point(s) farther than {0:g} m from every road.", None, 3).format(500.0)
    assert text == "Пропущено 3 пункти, що лежать далі ніж 500 м від будь-якої дороги."


def test_english_settles_its_plurals(qgis_app: Any) -> None:
    # No English catalog: the source text, with %n replaced by the number and "(s)"/"y(ies)" settled.
    assert tr(SELECTED, None, 1) == "1 point selected"
    assert tr(SELECTED, None, 22) == "22 points selected"
    assert tr(CHANGES, None, 0) == "0 changes"
    assert tr("%n county boundary(ies)", None, 1) == "1 county boundary"
    assert tr("%n county boundary(ies)", None, 3) == "3 county boundaries"
    assert tr("Print {0} page(s)") == "Print {0} page(s)"  # not a counted message: left alone
