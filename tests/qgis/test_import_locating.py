"""The import's locating worked out column by column (issue 18's speed), against the row-by-row functions it
stands for: the commune of many points (`communes.CommuneFinder`) against `core.region.Boundaries.commune_at`
(GEOS) on communes made to hit the corners (shared borders, holes, a rectangle, invalid ones, points on
vertices and edges); `location.numbers` against `number`; `Locator.locate_table` against `locate` row by
row. The boundaries are written into a small SQLite file the way a working copy keeps them."""

from __future__ import annotations

import random
import sqlite3
import struct
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsGeometry

from mapujpomoc_qgis.core import region
from mapujpomoc_qgis.core.importing.columns import ColumnMapping
from mapujpomoc_qgis.core.importing.communes import CommuneFinder, rings_of_wkb
from mapujpomoc_qgis.core.importing.location import Locator, number, numbers
from mapujpomoc_qgis.core.importing.table import SourceTable

SQUARE = 0.1  # communes on a grid of squares from 20°E 50°N


def _blob(wkt: str) -> bytes:
    """A GeoPackage blob (no envelope) of a geometry."""
    return b"GP\x00\x01" + struct.pack("<i", 4326) + bytes(QgsGeometry.fromWkt(wkt).asWkb())


def _square(x: float, y: float, size: float = SQUARE, clockwise: bool = False) -> str:
    corners = [(x, y), (x + size, y), (x + size, y + size), (x, y + size), (x, y)]
    return "(" + ", ".join(f"{a} {b}" for a, b in (corners[::-1] if clockwise else corners)) + ")"


def _communes() -> list[tuple[str, str, str]]:
    """(code, name, WKT): a 4×3 grid of squares sharing borders (one with a hole, one of two parts), a
    rectangle, and invalid ones: a bow-tie and two overlapping parts."""
    out = []
    for i in range(4):
        for j in range(3):
            x, y = 20 + i * SQUARE, 50 + j * SQUARE
            code = f"{i + 1:02d}{j + 1:02d}0{(i + j) % 3 + 1}{(i * 3 + j) % 5 + 1}"
            wkt = f"POLYGON({_square(x, y)})"
            if (i, j) == (1, 1):  # a hole, with a commune inside it
                wkt = f"POLYGON({_square(x, y)}, {_square(x + 0.03, y + 0.03, 0.04, clockwise=True)})"
                out.append(("9999991", "Wyspa", f"POLYGON({_square(x + 0.03, y + 0.03, 0.04)})"))
            if (i, j) == (2, 0):  # two parts: the square and a small one off to the side
                wkt = f"MULTIPOLYGON((({_square(x, y)[1:-1]})), (({_square(21, 51, 0.02)[1:-1]})))"
            out.append((code, f"Gmina {i}{j}", wkt))
    out.append(("1111111", "Prostokąt", f"POLYGON({_square(19.5, 50, 0.05)})"))
    out.append(("2222221", "Kokarda", "POLYGON((20.5 50, 20.6 50.1, 20.6 50, 20.5 50.1, 20.5 50))"))
    out.append(("3333331", "Zakładka", f"MULTIPOLYGON((({_square(20.7, 50, 0.06)[1:-1]})), "
                                       f"(({_square(20.73, 50.03, 0.06)[1:-1]})))"))
    return out


def _workcopy(path: Path) -> Path:
    conn = sqlite3.connect(path)
    for table in ("wojewodztwa", "powiaty", "gminy"):
        conn.execute(f"CREATE TABLE {table} (fid INTEGER PRIMARY KEY, teryt TEXT, name TEXT, geom BLOB)")
    conn.execute("INSERT INTO wojewodztwa (teryt, name, geom) VALUES ('01', 'Pierwsze', ?)",
                 (_blob(f"POLYGON({_square(19, 49, 3)})"),))
    conn.execute("INSERT INTO powiaty (teryt, name, geom) VALUES ('0101', 'Pierwszy', ?)",
                 (_blob(f"POLYGON({_square(19, 49, 3)})"),))
    conn.executemany("INSERT INTO gminy (teryt, name, geom) VALUES (?, ?, ?)",
                     [(code, name, _blob(wkt)) for code, name, wkt in _communes()])
    conn.commit()
    conn.close()
    return path


def _points(boundaries: region.Boundaries, rng: random.Random) -> list[tuple[float, float]]:
    """Random points over the communes and around, their vertices, the midpoints of their edges and points a
    hair off them."""
    points = [(19.4 + rng.random() * 1.5, 49.95 + rng.random() * 0.4) for _ in range(4000)]
    for unit in boundaries.units.values():
        if unit.table != "gminy":
            continue
        for polygon in rings_of_wkb(bytes(unit.geometry.asWkb())) or []:
            for ring in polygon:
                for (x1, y1), (x2, y2) in zip(ring[:-1].tolist(), ring[1:].tolist()):
                    points += [(x1, y1), ((x1 + x2) / 2, (y1 + y2) / 2), (x1 + 1e-10, y1), (x1, y1 - 3e-10),
                               (x1 + (x2 - x1) / 3, y1 + (y2 - y1) / 3)]
    return points


def test_the_communes_of_many_points_are_those_geos_gives(tmp_path: Path) -> None:
    path = _workcopy(tmp_path / "wc.gpkg")
    boundaries = region.Boundaries(path)
    assert not any(u.geometry.isEmpty() for u in boundaries.units.values())
    points = _points(boundaries, random.Random(1))
    got = CommuneFinder(path, lambda: boundaries).at([x for x, _y in points], [y for _x, y in points])
    want = [boundaries.commune_at(x, y) for x, y in points]
    assert got == want
    assert len(set(want)) > 12 and None in want


def test_numbers_are_number_of_each_cell() -> None:
    rng = random.Random(2)
    pieces = ["20,4801", "20.4801", " 53,5 ", "1\u00a0000,5", "-0,0", "1e3", "1_000", "abc", "", "  ", "20°28,8'",
              "nan", "inf", "1,2,3", "\t7\t", "5 5", "٣٫٥", "0x10"]
    texts = [rng.choice(pieces) for _ in range(3000)]
    for cells in (texts, [t for t in texts if number(t) is not None], ["1,5", "2"]):
        got, want = numbers(cells), [number(t) for t in cells]
        assert [repr(x) for x in got] == [repr(x) for x in want]


@pytest.mark.parametrize("crs", ["EPSG:2180", "EPSG:4326"])
def test_locate_table_equals_locate_on_each_row(tmp_path: Path, crs: str) -> None:
    path = _workcopy(tmp_path / "wc.gpkg")
    rng = random.Random(3)
    headers = ["Długość", "Szerokość", "X", "Y", "TERYT", "Gmina", "Powiat"]
    rows = []
    for _ in range(2000):
        lon, lat = 19.9 + rng.random() * 0.6, 49.98 + rng.random() * 0.35
        kind = rng.random()
        row = [""] * len(headers)
        if kind < 0.6:
            row[0], row[1] = f"{lon:.6f}".replace(".", rng.choice([",", "."])), f"{lat:.6f}"
            if rng.random() < 0.05:
                row[0] = rng.choice(["200", "abc", "", "1e3"])
        elif kind < 0.75:
            row[2], row[3] = (f"{lon * 1000:.1f}", f"{lat * 1000:.1f}") if crs == "EPSG:4326" else \
                (rng.choice(["500000", "1e12", "x"]), "300000")
        elif kind < 0.9:
            row[4] = rng.choice([code for code, _n, _w in _communes()] + ["0101", "9999999", "x"])
        else:
            row[5] = rng.choice(["Gmina 11", "gmina Wyspa", "Nieznana", "Prostokąt"])
            row[6] = rng.choice(["", "0101", "Pierwszy"])
        rows.append(row[:rng.choice([len(headers), len(headers), 2])])
    table = SourceTable("t", headers, rows)
    mapping = ColumnMapping({"lon": "Długość", "lat": "Szerokość", "x": "X", "y": "Y", "teryt": "TERYT",
                             "commune": "Gmina", "county": "Powiat"}, crs=crs)
    locator = Locator(path, mapping)
    got = locator.locate_table(table)
    want = [Locator(path, mapping).locate(table.cells(i)) for i in range(len(rows))]
    assert [_plain(g) for g in got] == [_plain(w) for w in want]


def _plain(located: Any) -> tuple[Any, ...]:
    return (located.lon, located.lat, located.how, located.problem, located.teryt)
