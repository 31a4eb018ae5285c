"""Which source column fills which field: guessed from the header names (Polish, Ukrainian, English) and
kept as a reusable mapping file (JSON) with the value assignments and the CRS of X/Y. Pure Python.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mapujpomoc_model import schema
from mapujpomoc_model.labels import fold

from ..i18n import tr
from . import ImportingError

COLLECTION = "aid_points"
# where a row is, besides the fields: coordinates, or the commune it is in
LON, LAT, X, Y, TERYT, COMMUNE, COUNTY, VOIVODESHIP, ID = (
    "lon", "lat", "x", "y", "teryt", "commune", "county", "voivodeship", "id")
LOCATION_TARGETS = (LON, LAT, X, Y, TERYT, COMMUNE, COUNTY, VOIVODESHIP)
FIELD_TARGETS = tuple(f.name for f in schema.editable_fields(COLLECTION))
TARGETS = (*FIELD_TARGETS, *LOCATION_TARGETS, ID)
MAPPING_VERSION = 1

HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "name": ("nazwa", "nazwa punktu", "nazwa placówki", "nazwa jednostki", "name", "point name", "назва",
             "назва пункту"),
    "organization": ("organizacja", "instytucja", "podmiot", "prowadzący", "organisation", "organization",
                     "організація", "установа"),
    "org_type": ("typ organizacji", "rodzaj podmiotu", "rodzaj organizacji", "typ podmiotu", "org type",
                 "organisation type", "organization type", "тип організації"),
    "help_types": ("rodzaj pomocy", "typ pomocy", "rodzaje pomocy", "kategoria", "kategorie", "pomoc",
                   "help type", "help types", "type of help", "category", "вид допомоги", "тип допомоги",
                   "види допомоги", "категорія"),
    "forms": ("forma", "forma pomocy", "formy pomocy", "form", "forms", "форма", "форма допомоги"),
    "languages": ("języki", "język", "języki obsługi", "languages", "language", "мови", "мова"),
    "description": ("opis", "uwagi", "description", "notes", "опис", "примітки"),
    "street": ("ulica", "adres", "street", "address", "вулиця", "адреса"),
    "house_number": ("nr domu", "numer domu", "nr budynku", "numer", "nr", "house number", "номер будинку",
                     "будинок"),
    "postcode": ("kod pocztowy", "kod", "postcode", "postal code", "zip", "поштовий індекс", "індекс"),
    "city": ("miejscowość", "miasto", "city", "town", "locality", "місто", "населений пункт"),
    "phone": ("telefon", "tel", "nr telefonu", "numer telefonu", "phone", "telephone", "телефон"),
    "email": ("e mail", "email", "mail", "adres e mail", "poczta", "електронна пошта", "ел пошта"),
    "website": ("www", "strona", "strona www", "strona internetowa", "website", "web", "url", "вебсайт",
                "сайт"),
    "opening_hours": ("godziny otwarcia", "godziny", "godziny pracy", "opening hours", "hours", "години роботи",
                      "графік роботи", "графік"),
    "target_groups": ("grupy docelowe", "grupa docelowa", "dla kogo", "adresaci", "target groups", "target group",
                      "цільові групи", "для кого"),
    "status": ("status", "stan", "статус"),
    "verified_at": ("data weryfikacji", "zweryfikowano", "weryfikacja", "verified", "verified at", "verified on",
                    "дата перевірки"),
    "visibility": ("widoczność", "visibility", "видимість"),
    LON: ("lon", "lng", "long", "longitude", "długość", "długość geograficzna", "dł geogr", "довгота"),
    LAT: ("lat", "latitude", "szerokość", "szerokość geograficzna", "szer geogr", "широта"),
    X: ("x", "x 2180", "x puwg", "wsp x", "współrzędna x", "easting"),
    Y: ("y", "y 2180", "y puwg", "wsp y", "współrzędna y", "northing"),
    TERYT: ("teryt", "kod teryt", "kod gminy", "teryt gminy", "код teryt"),
    COMMUNE: ("gmina", "commune", "municipality", "гміна", "громада"),
    COUNTY: ("powiat", "county", "district", "повіт", "район"),
    VOIVODESHIP: ("województwo", "woj", "voivodeship", "province", "region", "воєводство"),
    ID: ("id", "uuid", "identyfikator", "identifier", "ідентифікатор"),
}


@dataclass
class ColumnMapping:
    """target (a field, a location key or `id`) -> source header; value assignments; the CRS of X/Y."""

    columns: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> folded source value -> code
    crs: str = "EPSG:2180"

    def assign(self, target: str, source_value: str, code: str) -> None:
        """From now on `source_value` of `target` means `code`."""
        self.values.setdefault(target, {})[fold(source_value)] = code

    def to_json(self) -> dict[str, Any]:
        return {"mapujpomoc_mapping": MAPPING_VERSION, "columns": dict(self.columns),
                "values": {k: dict(v) for k, v in self.values.items() if v}, "crs": self.crs}

    @classmethod
    def from_json(cls, data: Any) -> ColumnMapping:
        if not isinstance(data, dict) or not isinstance(data.get("columns", {}), dict):
            raise ImportingError(tr("This is not a saved column mapping."))
        columns = {str(k): str(v) for k, v in data.get("columns", {}).items() if k in TARGETS and v}
        unknown = sorted(set(data.get("columns", {})) - set(TARGETS))
        if unknown:
            raise ImportingError(tr("The mapping names unknown fields: {0}").format(", ".join(unknown)))
        values = {str(f): {fold(k): str(c) for k, c in (v or {}).items()}
                  for f, v in (data.get("values") or {}).items() if isinstance(v, dict)}
        return cls(columns, values, str(data.get("crs") or "EPSG:2180"))

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> ColumnMapping:
        try:
            return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            raise ImportingError(tr("Cannot read the mapping {0}: {1}").format(path, exc)) from exc

    def for_headers(self, headers: list[str]) -> ColumnMapping:
        """This mapping with only the columns `headers` has, the rest guessed (a saved mapping on a new file)."""
        kept = {t: h for t, h in self.columns.items() if h in headers}
        guessed = guess(headers, taken=set(kept.values()))
        for target, header in guessed.columns.items():
            kept.setdefault(target, header)
        return ColumnMapping(kept, {k: dict(v) for k, v in self.values.items()}, self.crs)


def _names() -> list[tuple[str, str]]:
    """(folded header name, target), longest names first (a more specific name wins)."""
    pairs = [(fold(n), t) for t, names in HEADER_NAMES.items() for n in names]
    pairs += [(fold(t), t) for t in FIELD_TARGETS]
    return sorted(set(pairs), key=lambda p: -len(p[0]))


def guess(headers: list[str], taken: set[str] | None = None) -> ColumnMapping:
    """Targets for the headers: an exact name first, then a header containing a name as whole words
    ("Telefon kontaktowy" is the phone). Each header fills one target at most."""
    taken = set(taken or ())
    columns: dict[str, str] = {}
    names = _names()
    folded = {h: fold(h) for h in headers}
    for exact in (True, False):
        for name, target in names:
            if target in columns:
                continue
            for h in headers:
                if h in taken:
                    continue
                hf = folded[h]
                if hf == name or (not exact and len(name) > 2 and f" {name} " in f" {hf} "):
                    columns[target] = h
                    taken.add(h)
                    break
    if LON in columns and X in columns and columns[X] == columns[LON]:
        columns.pop(X)
    return ColumnMapping(columns)
