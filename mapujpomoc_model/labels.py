"""Catalog codes from what people write: Polish, Ukrainian and English labels and common spellings.

Lists arriving from communes and NGOs name a help type "pomoc prawna", "Юридична допомога", "legal" or
"porady prawne"; this index turns any of them into the catalog's code (`code_for("help_types", text)`).
Text is compared after `fold`: case, diacritics (also the Polish ł), punctuation and repeated blanks
do not matter. The same `fold` tells whether two names are the same (importing's duplicate search).
Pure Python: the plugin's import and, later, the store may use it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from . import catalog

_NOT_DECOMPOSED = str.maketrans({"ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ß": "ss",
                                 "ʼ": "'", "’": "'"})
_NON_WORD = re.compile(r"[\W_]+")
VALUE_SEPARATORS = re.compile(r"[;,|/+\n\r•]+")

# the field a list or enum of the catalog belongs to, for aid points
FIELD_ENTRIES: dict[str, tuple[catalog.Entry, ...]] = {
    "help_types": catalog.HELP_TYPES, "forms": catalog.FORMS, "languages": catalog.SPOKEN_LANGUAGES,
    "target_groups": catalog.TARGET_GROUPS, "status": catalog.STATUSES, "org_type": catalog.ORG_TYPES,
    "visibility": catalog.VISIBILITIES,
}

# spellings seen in real lists, beside the catalog's labels and the codes themselves
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "help_types": {
        "accommodation": ("nocleg", "noclegi", "zakwaterowanie", "mieszkanie", "schronisko", "housing", "shelter",
                          "житло", "проживання", "притулок"),
        "food": ("jedzenie", "posiłki", "paczki żywnościowe", "bank żywności", "food aid", "їжа", "продукти",
                 "харчування"),
        "material": ("rzeczowa", "odzież", "ubrania", "dary", "in kind", "clothes", "речова", "одяг"),
        "financial": ("finansowa", "zasiłek", "zasiłki", "cash", "financial", "фінансова", "грошова допомога"),
        "legal": ("prawna", "porady prawne", "porada prawna", "poradnictwo prawne", "prawnik", "legal",
                  "legal advice", "юридична", "юридична консультація", "юрист"),
        "psychological": ("psycholog", "psychologiczna", "wsparcie psychologiczne", "psychological",
                          "psychological help", "психологічна", "психолог"),
        "medical": ("medyczna", "lekarz", "zdrowie", "health", "medical", "медична", "лікар"),
        "information": ("informacja", "informacyjny", "info", "information", "інформація", "інформаційна"),
        "translation": ("tłumacz", "tłumaczenie", "tłumaczenia", "translation", "interpreting", "переклад",
                        "перекладач"),
        "education": ("edukacja", "nauka języka", "nauka polskiego", "kurs polskiego", "kursy językowe",
                      "education", "language course", "language courses", "освіта", "курси мови",
                      "вивчення мови"),
        "childcare": ("opieka nad dziećmi", "przedszkole", "żłobek", "childcare", "child care", "догляд за дітьми"),
        "employment": ("praca", "zatrudnienie", "pośrednictwo pracy", "job", "jobs", "employment",
                       "працевлаштування", "робота"),
        "transport": ("dojazd", "przewóz", "transport", "транспорт", "перевезення"),
        "disability": ("niepełnosprawność", "niepełnosprawni", "disability", "інвалідність"),
        "social_welfare": ("ops", "mops", "gops", "mgops", "pcpr", "pomoc społeczna", "ośrodek pomocy społecznej",
                           "social welfare", "social assistance", "соціальна допомога"),
        "reception": ("recepcja", "punkt recepcyjny", "reception", "пункт прийому"),
        "integration": ("integracja", "kultura", "integration", "інтеграція", "культура"),
    },
    "forms": {
        "on_site": ("na miejscu", "stacjonarna", "osobiście", "in person", "onsite", "очно", "особисто"),
        "online": ("zdalnie", "internet", "przez internet", "online", "онлайн", "дистанційно"),
        "hotline": ("telefon", "telefonicznie", "infolinia", "hotline", "phone", "по телефону", "гаряча лінія"),
    },
    "languages": {
        "pl": ("pol", "po polsku", "polish"),
        "uk": ("ua", "ukr", "po ukraińsku", "ukrainian", "українською", "укр"),
        "ru": ("rus", "po rosyjsku", "russian", "російською", "рос"),
        "en": ("eng", "po angielsku", "english", "англійською", "англ"),
        "de": ("ger", "deu", "german"),
        "pjm": ("język migowy", "migowy", "sign language"),
    },
    "org_type": {
        "ngo": ("fundacja", "stowarzyszenie", "organizacja pozarządowa", "ngo", "non profit", "громадська"),
        "local_government": ("gmina", "urząd gminy", "urząd miasta", "starostwo", "powiat", "samorząd",
                             "jst", "jednostka samorządu", "municipality", "local authority", "громада"),
        "government": ("urząd wojewódzki", "administracja rządowa", "government", "держава"),
        "international": ("międzynarodowa", "international", "міжнародна"),
        "religious": ("parafia", "kościół", "caritas", "church", "parish", "церква", "парафія"),
        "business": ("firma", "przedsiębiorstwo", "company", "business", "компанія"),
        "informal": ("grupa nieformalna", "wolontariusze", "informal", "volunteers", "волонтери"),
    },
    "status": {
        "active": ("aktywny", "aktywna", "działa", "czynny", "tak", "yes", "active", "активний", "діє"),
        "inactive": ("nieaktywny", "nieczynny", "zamknięty", "nie", "no", "closed", "inactive", "закритий"),
        "unverified": ("do weryfikacji", "niezweryfikowany", "unverified", "неперевірений"),
    },
    "target_groups": {
        "children": ("dzieci", "children", "kids", "діти"),
        "elderly": ("seniorzy", "osoby starsze", "seniors", "elderly", "літні люди"),
        "women": ("kobiety", "women", "жінки"),
        "families": ("rodziny", "rodziny z dziećmi", "families", "сім'ї", "родини"),
        "all": ("wszyscy", "każdy", "everyone", "all", "всі", "усі"),
    },
}

# words that say "help" and nothing about which: "pomoc prawna" is found as "prawna" too
GENERIC_WORDS = frozenset(("pomoc", "wsparcie", "punkt", "help", "support", "aid", "допомога", "підтримка", "пункт"))


# the combining marks NFKD leaves behind Latin and Cyrillic letters (ó = o + U+0301, й = и + U+0306)
_COMBINING = dict.fromkeys(range(0x0300, 0x0370))


@lru_cache(maxsize=65536)
def _fold_text(text: str) -> str:
    if text.isascii():
        return _NON_WORD.sub(" ", text.lower()).strip()
    value = unicodedata.normalize("NFKD", text.translate(_NOT_DECOMPOSED)).casefold().translate(_COMBINING)
    if not value.isascii():  # a rarer mark beyond the common block
        value = "".join(c for c in value if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", value).strip()


def fold(text: object) -> str:
    """`text` for comparing: lower case, without diacritics (ł → l too), punctuation and blanks as one space."""
    return _fold_text(text if isinstance(text, str) else str(text or ""))


def split_values(text: object) -> list[str]:
    """The values of a list cell ("prawna; psychologiczna", "pl, uk", "legal|food"), blanks dropped."""
    return [v.strip() for v in VALUE_SEPARATORS.split(str(text or "")) if v.strip()]


def _without_generic(folded: str) -> str:
    return " ".join(w for w in folded.split() if w not in GENERIC_WORDS)


@cache
def label_index(field: str) -> dict[str, str]:
    """folded label or spelling -> code, for one list or enum field of aid points."""
    entries = FIELD_ENTRIES[field]
    index: dict[str, str] = {}
    spellings = SYNONYMS.get(field, {})
    for entry in entries:
        for text in (entry.code, entry.code.replace("_", " "), entry.pl, entry.uk, entry.en,
                     *spellings.get(entry.code, ())):
            for key in (fold(text), _without_generic(fold(text))):
                if key:
                    index.setdefault(key, entry.code)
    return index


def code_for(field: str, text: object) -> str | None:
    """The catalog code `text` names for `field` (a code, a label in pl/uk/en or a common spelling), or None."""
    folded = fold(text)
    if not folded:
        return None
    index = label_index(field)
    return index.get(folded) or index.get(_without_generic(folded))
