"""A realistic messy list of help points for the import tests, made against a synced working copy.

`messy_sheet(points)` takes the working copy's aid points (uuid -> {properties, geometry}, as
`e2elib.Clone.local_features()` reads them) and builds rows the way a county's or an NGO's spreadsheet
has them: Polish headers, labels in Polish, English (and Ukrainian where the encoding allows), commas
as decimal separators, locations as longitude/latitude, as X/Y in EPSG:2180, or only as a commune;
duplicates of points on the map spelled differently, an update, a row repeated in the file, rows
outside the user's area, rows without any location, a bad phone and a help type nobody knows.

Each row says what it is meant to be (`expected`), decided here from the points chosen, not by the
import's code, so the tests compare the import's verdicts with an independent account.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

OLSZTYN = (20.4801, 53.7784)  # inside gmina Olsztyn (2862011), ed_olsztyn's area
HEADERS = ["Nazwa placówki", "Organizacja", "Rodzaj pomocy", "Języki", "Telefon", "E-mail", "Ulica",
           "Kod pocztowy", "Miejscowość", "Gmina", "Powiat", "TERYT", "Szerokość", "Długość", "X", "Y",
           "Godziny otwarcia"]
STATUSES = ("new", "update", "unchanged", "duplicate", "invalid", "outside_scope")


@dataclass
class Sheet:
    rows: list[dict[str, str]] = field(default_factory=list)
    expected: list[str] = field(default_factory=list)  # the status each row is meant to get
    created_names: list[str] = field(default_factory=list)  # the names the store must hold once each
    absent_names: list[str] = field(default_factory=list)  # names that must not reach the store
    updated: dict[str, dict[str, Any]] = field(default_factory=dict)  # uuid -> the fields the store must show

    def counts(self) -> dict[str, int]:
        return {s: self.expected.count(s) for s in STATUSES}

    def add(self, expected: str, **cells: str) -> None:
        self.rows.append({h: cells.get(KEYS[h], "") for h in HEADERS})
        self.expected.append(expected)

    def lines(self) -> list[list[str]]:
        return [HEADERS] + [[r[h] for h in HEADERS] for r in self.rows]

    def csv_text(self, delimiter: str = ";") -> str:
        import csv
        import io

        out = io.StringIO()
        csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(self.lines())
        return out.getvalue()


KEYS = dict(zip(HEADERS, ["name", "org", "help", "langs", "phone", "email", "street", "postcode", "city",
                          "commune", "county", "teryt", "lat", "lon", "x", "y", "hours"]))


def metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    dx = (a[0] - b[0]) * 111_195 * math.cos(math.radians((a[1] + b[1]) / 2))
    return math.hypot(dx, (a[1] - b[1]) * 111_195)


def comma(value: float) -> str:
    return f"{value:.6f}".replace(".", ",")


def free_spots(points: list[tuple[float, float]], n: int, clear: float = 400.0) -> list[tuple[float, float]]:
    """`n` places near the centre of Olsztyn farther than `clear` metres from every point and each other."""
    found: list[tuple[float, float]] = []
    for ring in range(1, 30):
        for k in range(8 * ring):
            angle = 2 * math.pi * k / (8 * ring)
            spot = (OLSZTYN[0] + 0.004 * ring * math.cos(angle), OLSZTYN[1] + 0.0025 * ring * math.sin(angle))
            if all(metres(spot, p) > clear for p in points + found):
                found.append(spot)
                if len(found) == n:
                    return found
    raise AssertionError("no free spots near Olsztyn")


def to_2180(lon: float, lat: float) -> tuple[float, float]:
    from osgeo import osr

    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(4326)
    dst.ImportFromEPSG(2180)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    x, y, _ = osr.CoordinateTransformation(src, dst).TransformPoint(lon, lat)
    return x, y


# points the tests put on the map first (the seeded store has few in Olsztyn): (name, lon, lat, phone)
MAP_POINTS = (
    ("Nieodpłatna pomoc prawna – Olsztyn Zatorze", 20.4951, 53.7844, "+48 601 100 201"),
    ("Punkt informacyjny dla obywateli Ukrainy – Olsztyn Śródmieście", 20.4651, 53.7784, "+48 601 100 202"),
    ("Bank żywności Caritas – Olsztyn Jaroty", 20.4801, 53.7664, "+48 601 100 203"),
    ("Świetlica dla dzieci – Olsztyn Kormoran", 20.4981, 53.7714, "+48 601 100 204"),
    ("Punkt recepcyjny – Dywity", 20.4799, 53.8330, "+48 601 100 205"),  # gmina Dywity, powiat olsztyński
)


def map_features() -> list[dict[str, Any]]:
    """MAP_POINTS as GeoJSON features to create in the store before the working copy's sync."""
    return [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
             "properties": {"name": name, "help_types": ["legal"], "phone": phone, "languages": ["pl", "uk"]}}
            for name, lon, lat, phone in MAP_POINTS]


def messy_sheet(points: dict[str, dict[str, Any]], ukrainian: bool = False) -> Sheet:
    """The rows (see the module doc). `ukrainian` adds Ukrainian labels (for a UTF-8 file)."""
    made = {name for name, *_ in MAP_POINTS}
    mine = {u: p for u, p in points.items() if p["properties"]["name"] in made
            and (p["properties"].get("teryt") or "") == "2862011"}
    other = [p for p in points.values() if p["properties"]["name"] in made
             and (p["properties"].get("teryt") or "").startswith("2814")]
    assert len(mine) >= 4 and other, "the points of MAP_POINTS are not in the working copy"
    xy = [tuple(p["geometry"]["coordinates"]) for p in points.values() if p["geometry"]]
    by_name: dict[str, list[str]] = {}
    for u, p in points.items():
        by_name.setdefault(p["properties"]["name"], []).append(u)
    # points whose name no other point near them has, so an exact-name row can only mean them
    alone = [u for u, p in sorted(mine.items())
             if all(metres(tuple(p["geometry"]["coordinates"]), tuple(points[o]["geometry"]["coordinates"])) > 300
                    for o in by_name[p["properties"]["name"]] if o != u)]
    assert len(alone) >= 3
    p1, p3, p4 = (points[u] for u in alone[:3])
    p2 = next(p for u, p in sorted(mine.items()) if u not in alone[:3] and p["properties"].get("phone"))
    a, b_spot, e, d2_spot = free_spots(xy, 4)
    sheet = Sheet()
    help_a = "Pomoc prawna; Pomoc psychologiczna"
    sheet.add("new", name="Punkt Porad Prawnych Sąsiedzi", org="Stowarzyszenie Sąsiedzi Test", help=help_a,
              langs="polski, ukraiński", phone="22 100 20 01", email="sasiedzi@import.example.org",
              street="Warmińska", postcode="10544", city="Olsztyn", lat=comma(a[1]), lon=comma(a[0]),
              hours="Mo-Fr 09:00-15:00")
    sheet.add("new", name="Klub Mam Zielony Domek", org="Fundacja Zielony Domek Test",
              help="Юридична допомога; Переклад" if ukrainian else "Tłumaczenia; porady prawne",
              langs="українська" if ukrainian else "ukrainian", phone="22 100 20 02",
              email="domek@import.example.org", commune="Olsztyn", county="Olsztyn")
    sheet.add("new", name="Legal Clinic Kortowo", org="University Legal Clinic Test", help="Legal aid, Food",
              langs="Ukrainian, Polish", phone="+48 22 100 20 03", teryt="2862011")
    ex, ey = to_2180(*e)
    sheet.add("new", name="Świetlica Promyk", org="Parafia Promyk Test", help="opieka nad dziećmi",
              langs="pl", phone="(22) 100-20-04", x=f"{ex:.2f}", y=f"{ey:.2f}", email="promyk@import.example.org")
    sheet.created_names += ["Punkt Porad Prawnych Sąsiedzi", "Klub Mam Zielony Domek", "Legal Clinic Kortowo",
                            "Świetlica Promyk"]
    # the first row again, in capitals and without its Polish letters: the file's own duplicate
    sheet.add("duplicate", name="PUNKT PORAD PRAWNYCH SASIEDZI", org="Stowarzyszenie Sąsiedzi Test", help=help_a,
              langs="polski, ukraiński", phone="22 100 20 01", email="sasiedzi@import.example.org",
              street="Warmińska", postcode="10544", city="Olsztyn", lat=comma(a[1]), lon=comma(a[0]),
              hours="Mo-Fr 09:00-15:00")
    # a point on the map, spelled another way, 40 m away
    n1 = p1["properties"]["name"]
    d1_name = n1.replace("–", "-").replace("ł", "l").replace("ą", "a") + " (punkt 2)"
    lon1, lat1 = p1["geometry"]["coordinates"]
    sheet.add("duplicate", name=d1_name, help="legal", lat=comma(lat1 + 0.00036), lon=comma(lon1))
    # a point on the map by its phone, under another name and elsewhere
    sheet.add("duplicate", name="Centrum Wsparcia Nadzieja", help="psychological", phone=p2["properties"]["phone"],
              lat=comma(d2_spot[1]), lon=comma(d2_spot[0]))
    sheet.absent_names += [d1_name, "Centrum Wsparcia Nadzieja"]
    # an update: the same name in capitals at the same place, with a new phone
    lon3, lat3 = p3["geometry"]["coordinates"]
    sheet.add("update", name=p3["properties"]["name"].upper(), phone="22 100 20 99", lat=comma(lat3), lon=comma(lon3))
    sheet.updated[_uuid(points, p3)] = {"phone": "22 100 20 99", "name": p3["properties"]["name"]}
    # nothing new about a point on the map
    lon4, lat4 = p4["geometry"]["coordinates"]
    sheet.add("unchanged", name=p4["properties"]["name"], lat=comma(lat4), lon=comma(lon4))
    # refused: no location, a bad phone, a help type nobody knows
    sheet.add("invalid", name="Punkt bez adresu", help="legal", phone="22 100 20 05")
    sheet.add("invalid", name="Punkt Zły Telefon", help="food", phone="tel. 12-ab", lat=comma(a[1] + 0.01),
              lon=comma(a[0]))
    sheet.add("invalid", name="Gabinet Uśmiech", help="pomoc dentystyczna", lat=comma(a[1] - 0.01), lon=comma(a[0]))
    # outside ed_olsztyn's area: at a point of powiat olsztyński, and at the centre of Olsztynek
    lon5, lat5 = other[0]["geometry"]["coordinates"]
    sheet.add("outside_scope", name="Punkt Poza Miastem", help="food", lat=comma(lat5), lon=comma(lon5))
    sheet.add("outside_scope", name="Punkt w Olsztynku", help="information", commune="Olsztynek",
              county="powiat olsztyński")
    sheet.absent_names += ["Punkt bez adresu", "Punkt Zły Telefon", "Gabinet Uśmiech", "Punkt Poza Miastem",
                           "Punkt w Olsztynku"]
    return sheet


def _uuid(points: dict[str, dict[str, Any]], point: dict[str, Any]) -> str:
    return next(u for u, p in points.items() if p is point)
