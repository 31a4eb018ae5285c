"""The one catalog of codes and their Polish, Ukrainian and English labels.

Everything that shows a help type, form, status, organisation type or target
group (forms, styles, legends, exports, the store's validation) reads it from
here. Pure Python: the store imports it without QGIS.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

LABEL_LANGUAGES = ("pl", "uk")  # the languages help types are labelled in side by side (exports, KML)

LANGUAGES = ("pl", "uk", "en")


@dataclass(frozen=True)
class Entry:
    code: str
    pl: str
    uk: str
    en: str

    def label(self, lang: str) -> str:
        """Label in `lang`, English for any language the catalog lacks."""
        return getattr(self, lang, self.en) if lang in LANGUAGES else self.en


def _table(rows: tuple[tuple[str, str, str, str], ...]) -> tuple[Entry, ...]:
    return tuple(Entry(*row) for row in rows)


HELP_TYPES = _table((
    ("accommodation", "Zakwaterowanie", "Житло", "Accommodation"),
    ("food", "Żywność", "Продукти харчування", "Food"),
    ("material", "Pomoc rzeczowa", "Речова допомога", "In-kind help"),
    ("financial", "Pomoc finansowa", "Фінансова допомога", "Financial help"),
    ("legal", "Pomoc prawna", "Юридична допомога", "Legal aid"),
    ("psychological", "Pomoc psychologiczna", "Психологічна допомога", "Psychological support"),
    ("medical", "Pomoc medyczna", "Медична допомога", "Medical help"),
    ("information", "Punkt informacyjny", "Інформаційний пункт", "Information point"),
    ("translation", "Tłumaczenia", "Переклад", "Translation"),
    ("education", "Edukacja i nauka języka", "Освіта та вивчення мови",
     "Education and language courses"),
    ("childcare", "Opieka nad dziećmi", "Догляд за дітьми", "Childcare"),
    ("employment", "Praca", "Працевлаштування", "Employment"),
    ("transport", "Transport", "Транспорт", "Transport"),
    ("disability", "Wsparcie osób z niepełnosprawnościami", "Підтримка людей з інвалідністю",
     "Disability support"),
    ("social_welfare", "Ośrodek pomocy społecznej", "Центр соціальної допомоги",
     "Social welfare office"),
    ("reception", "Punkt recepcyjny", "Пункт прийому", "Reception point"),
    ("integration", "Integracja i kultura", "Інтеграція та культура", "Integration and culture"),
))

FORMS = _table((
    ("on_site", "Stacjonarnie", "Очно", "On site"),
    ("online", "Online", "Онлайн", "Online"),
    ("hotline", "Infolinia", "Гаряча лінія", "Hotline"),
))

STATUSES = _table((
    ("active", "Aktywny", "Активний", "Active"),
    ("inactive", "Nieaktywny", "Неактивний", "Inactive"),
    ("unverified", "Niezweryfikowany", "Неперевірений", "Unverified"),
))

ORG_TYPES = _table((
    ("ngo", "Organizacja pozarządowa", "Громадська організація", "NGO"),
    ("local_government", "Samorząd", "Місцеве самоврядування", "Local government"),
    ("government", "Administracja rządowa", "Державна адміністрація", "Government"),
    ("international", "Organizacja międzynarodowa", "Міжнародна організація", "International"),
    ("religious", "Związek wyznaniowy", "Релігійна організація", "Religious"),
    ("business", "Firma", "Бізнес", "Business"),
    ("informal", "Grupa nieformalna", "Неформальна група", "Informal group"),
))

TARGET_GROUPS = _table((
    ("children", "Dzieci", "Діти", "Children"),
    ("youth", "Młodzież", "Молодь", "Young people"),
    ("elderly", "Seniorzy", "Люди похилого віку", "Elderly"),
    ("disability", "Osoby z niepełnosprawnościami", "Люди з інвалідністю", "People with disabilities"),
    ("women", "Kobiety", "Жінки", "Women"),
    ("families", "Rodziny", "Сім'ї", "Families"),
    ("students", "Studenci", "Студенти", "Students"),
    ("lgbt", "Osoby LGBT+", "ЛГБТ+ люди", "LGBT+ people"),
    ("roma", "Romowie", "Роми", "Roma"),
    ("all", "Wszyscy", "Усі", "Everyone"),
))

# ISO 639-1 codes a point may list; labels are each language's own name.
SPOKEN_LANGUAGES = _table((
    ("pl", "polski", "польська", "Polish"),
    ("uk", "ukraiński", "українська", "Ukrainian"),
    ("ru", "rosyjski", "російська", "Russian"),
    ("en", "angielski", "англійська", "English"),
    ("de", "niemiecki", "німецька", "German"),
    ("be", "białoruski", "білоруська", "Belarusian"),
    ("cs", "czeski", "чеська", "Czech"),
    ("sk", "słowacki", "словацька", "Slovak"),
    ("lt", "litewski", "литовська", "Lithuanian"),
    ("fr", "francuski", "французька", "French"),
    ("es", "hiszpański", "іспанська", "Spanish"),
    ("it", "włoski", "італійська", "Italian"),
    ("ro", "rumuński", "румунська", "Romanian"),
    ("hu", "węgierski", "угорська", "Hungarian"),
    ("ka", "gruziński", "грузинська", "Georgian"),
    ("hy", "ormiański", "вірменська", "Armenian"),
    ("tr", "turecki", "турецька", "Turkish"),
    ("ar", "arabski", "арабська", "Arabic"),
    ("pjm", "polski język migowy", "польська жестова мова", "Polish Sign Language"),
))

# Who may see where a point is (docs/ARCHITECTURE.md, "Privacy"): a shelter for people at risk is
# staff-only or shown only as its commune to anonymous readers; staff of its area see it exactly.
VISIBILITIES = _table((
    ("public", "Publiczny", "Публічний", "Public"),
    ("approximate", "Przybliżona lokalizacja (gmina)", "Приблизне розташування (громада)",
     "Approximate location (commune)"),
    ("staff_only", "Tylko dla pracowników", "Лише для працівників", "Staff only"),
))

SERVICE_AREA_KINDS = _table((
    ("manual", "Rysowany ręcznie", "Накреслений вручну", "Drawn by hand"),
    ("buffer", "Bufor odległości", "Буфер відстані", "Distance buffer"),
    ("network", "Czas dojazdu", "Час у дорозі", "Travel time"),
))

LISTS = {
    "help_types": HELP_TYPES,
    "forms": FORMS,
    "languages": SPOKEN_LANGUAGES,
    "target_groups": TARGET_GROUPS,
}
ENUMS = {
    "status": STATUSES,
    "visibility": VISIBILITIES,
    "org_type": ORG_TYPES,
    "kind": SERVICE_AREA_KINDS,
}


def codes(entries: tuple[Entry, ...]) -> tuple[str, ...]:
    return tuple(e.code for e in entries)


def by_code(entries: tuple[Entry, ...]) -> dict[str, Entry]:
    return {e.code: e for e in entries}


def label(entries: tuple[Entry, ...], code: str, lang: str) -> str:
    """Label of `code` in `lang`; the code itself when the catalog lacks it."""
    entry = by_code(entries).get(code)
    return entry.label(lang) if entry else code


def labels(entries: tuple[Entry, ...], codes_: list[str], lang: str, sep: str = ", ") -> str:
    return sep.join(label(entries, c, lang) for c in codes_)


def codes_of(value: Any) -> list[str]:
    """A list column's codes, whether stored as JSON text or already a list."""
    if not value:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    try:
        parsed = json.loads(value)
    except (TypeError, ValueError):
        return [str(value)]
    return [str(v) for v in parsed] if isinstance(parsed, list) else [str(parsed)]
