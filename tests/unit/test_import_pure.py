"""The pure parts of the import (issue 18), without QGIS: labels to codes, CSV encodings and delimiters,
column guesses and saved mappings, a row's values, matching against a grid of points, the report."""

from __future__ import annotations

import csv
import random
import time
from pathlib import Path

import pytest

from mapujpomoc_model import catalog
from mapujpomoc_model.labels import code_for, fold, split_values
from mapujpomoc_qgis.core.importing import ImportingError, matching
from mapujpomoc_qgis.core.importing.columns import ColumnMapping, guess
from mapujpomoc_qgis.core.importing.csv_text import decode, read_csv, sniff_delimiter
from mapujpomoc_qgis.core.importing.values import map_row


@pytest.mark.parametrize(("text", "code"), [
    ("pomoc prawna", "legal"), ("Юридична допомога", "legal"), ("legal", "legal"), ("Legal aid", "legal"),
    ("PORADY PRAWNE", "legal"), ("Pomoc psychologiczna", "psychological"), ("psycholog", "psychological"),
    ("zywnosc", "food"), ("Żywność", "food"), ("MOPS", "social_welfare"), ("Переклад", "translation"),
    ("opieka nad dziećmi", "childcare"), ("social_welfare", "social_welfare"), ("Punkt informacyjny", "information"),
])
def test_help_type_labels_and_spellings(text: str, code: str) -> None:
    assert code_for("help_types", text) == code


def test_every_catalog_label_finds_its_code() -> None:
    for fld, entries in (("help_types", catalog.HELP_TYPES), ("forms", catalog.FORMS),
                         ("languages", catalog.SPOKEN_LANGUAGES), ("target_groups", catalog.TARGET_GROUPS),
                         ("org_type", catalog.ORG_TYPES), ("status", catalog.STATUSES)):
        for e in entries:
            for label in (e.code, e.pl, e.uk, e.en):
                assert code_for(fld, label) == e.code, (fld, label)


def test_unknown_values_and_folding() -> None:
    assert code_for("help_types", "pomoc dentystyczna") is None
    assert code_for("help_types", "") is None
    assert fold("Fundacja „Ocalenie” – ŁÓDŹ") == "fundacja ocalenie lodz"
    assert split_values("prawna; psychologiczna, food | medyczna") == ["prawna", "psychologiczna", "food", "medyczna"]


def test_windows_1250_utf8_bom_and_delimiters(tmp_path: Path) -> None:
    text = "\n;;\nNazwa;Rodzaj pomocy;Miejscowość\nŚwietlica Źródło;pomoc prawna;Łódź\n;;\n"  # empty rows left out
    for encoding, expected in (("cp1250", "cp1250"), ("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8")):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(text.encode(encoding))
        heard: list[list[str]] = []
        table = read_csv(path, on_headers=heard.append)  # an import starts reading the map when it hears them
        assert table.encoding == expected
        assert table.headers == ["Nazwa", "Rodzaj pomocy", "Miejscowość"] and heard == [table.headers]
        assert table.rows == [["Świetlica Źródło", "pomoc prawna", "Łódź"]]
    # ISO-8859-2 puts ą, ś, ź elsewhere: the decoding with more Polish letters wins
    assert decode("ąśź zażółć".encode("iso-8859-2"))[1] == "iso-8859-2"
    assert decode("ąśź zażółć".encode("cp1250"))[1] == "cp1250"
    for delim in ",;\t|":
        assert sniff_delimiter(f"a{delim}b{delim}c\n1{delim}2{delim}3\n") == delim
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n")
    with pytest.raises(ImportingError):
        read_csv(empty)


def test_column_guess_in_three_languages_and_saved_mapping(tmp_path: Path) -> None:
    headers = ["Nazwa placówki", "Rodzaj pomocy", "Telefon kontaktowy", "E-mail", "Kod pocztowy", "TERYT",
               "Szerokość", "Długość", "Назва організації"]
    cols = guess(headers).columns
    assert cols["name"] == "Nazwa placówki" and cols["help_types"] == "Rodzaj pomocy"
    assert cols["phone"] == "Telefon kontaktowy" and cols["email"] == "E-mail"
    assert cols["postcode"] == "Kod pocztowy" and cols["teryt"] == "TERYT"
    assert cols["lat"] == "Szerokość" and cols["lon"] == "Długość"
    assert guess(["Назва", "Вид допомоги", "Телефон"]).columns == {
        "name": "Назва", "help_types": "Вид допомоги", "phone": "Телефон"}
    assert guess(["Name", "Type of help", "Longitude", "Latitude"]).columns == {
        "name": "Name", "help_types": "Type of help", "lon": "Longitude", "lat": "Latitude"}
    mapping = ColumnMapping({"name": "Nazwa", "help_types": "Pomoc"}, crs="EPSG:2176")
    mapping.assign("help_types", "Pomoc Dentystyczna", "medical")
    path = tmp_path / "m.json"
    mapping.save(path)
    again = ColumnMapping.load(path)
    assert again == mapping
    assert again.for_headers(["Nazwa", "Telefon"]).columns == {"name": "Nazwa", "phone": "Telefon"}
    path.write_text('{"columns": {"nonsense": "A"}}')
    with pytest.raises(ImportingError):
        ColumnMapping.load(path)


def test_a_row_mapped_to_codes_with_assignments() -> None:
    mapping = ColumnMapping({"name": "N", "help_types": "H", "languages": "L", "postcode": "P", "website": "W",
                             "verified_at": "V", "status": "S"})
    cells = {"N": "  Punkt   Pomocy ", "H": "pomoc prawna; Юридична допомога; dentysta", "L": "polski, UA",
             "P": "10544", "W": "www.example.pl", "V": "3.2.2024", "S": "aktywny"}
    row = map_row(cells, mapping)
    assert row.props == {"name": "Punkt Pomocy", "help_types": ["legal"], "languages": ["pl", "uk"],
                         "postcode": "10-544", "website": "https://www.example.pl", "verified_at": "2024-02-03",
                         "status": "active"}
    assert row.unmapped == [("help_types", "dentysta")]
    mapping.assign("help_types", "DENTYSTA", "medical")
    assert map_row(cells, mapping).props["help_types"] == ["legal", "medical"]
    mapping.assign("help_types", "dentysta", "")  # left out on purpose: neither a code nor unmapped
    assert map_row(cells, mapping).unmapped == [] and map_row(cells, mapping).props["help_types"] == ["legal"]


def _known(i: int, lon: float, lat: float, name: str, **kw: str) -> matching.Known:
    return matching.Known(f"u{i}", name, lon, lat, **kw)


def test_matching_rules() -> None:
    index = matching.PointIndex([
        _known(1, 20.48, 53.78, "Nieodpłatna pomoc prawna – Olsztyn", organization="Fundacja Ocalenie"),
        _known(2, 20.50, 53.79, "Bank żywności", phone="+48 601 100 200", email="Bank@Example.pl"),
    ], distance=250)
    up = index.match("NIEODPLATNA POMOC PRAWNA - OLSZTYN", 20.4801, 53.7801)
    assert (up.kind, up.known.uid, up.why) == ("update", "u1", "name")
    assert index.match("Nieodpłatna pomoc prawna – Olsztyn", 20.49, 53.78).kind == "new"  # 660 m away
    similar = index.match("Nieodplatna pomoc prawna Olsztyn (punkt 2)", 20.48, 53.7803)
    assert (similar.kind, similar.why) == ("duplicate", "similar name")
    org = index.match("Zupełnie inny punkt", 20.481, 53.78, organization="FUNDACJA OCALENIE")
    assert (org.kind, org.why) == ("duplicate", "organisation")
    assert index.match("X", 14.0, 50.0, phone="601-100-200").why == "phone"
    assert index.match("Y", 14.0, 50.0, email=" bank@example.pl").why == "e-mail"
    assert index.match("Z", 14.0, 50.0, uid="u2").kind == "update"
    assert index.match("Zupełnie inny punkt", 20.48, 53.78).kind == "new"
    assert matching.changes({"name": "NIEODPŁATNA POMOC PRAWNA – OLSZTYN", "phone": "1", "help_types": ["b", "a"]},
                            {"name": "Nieodpłatna pomoc prawna – Olsztyn", "phone": "2", "help_types": ["a", "b"]}
                            ) == {"phone": "1"}


def test_matching_against_a_brute_force_search() -> None:
    """The grid finds exactly the points a search over all points finds (an independent oracle)."""
    rng = random.Random(5)
    known = [_known(i, 20 + rng.random() * 0.2, 53.7 + rng.random() * 0.1, f"Punkt {i % 300}") for i in range(3000)]
    index = matching.PointIndex(known, distance=300)
    for _ in range(300):
        lon, lat = 20 + rng.random() * 0.2, 53.7 + rng.random() * 0.1
        want = sorted(i for i, k in enumerate(known) if index.metres(i, lon, lat) <= 300)
        assert sorted(i for _d, i in index.near(lon, lat)) == want


def _brute_match(known: list[matching.Known], name: str, lon: float, lat: float, organization: str,
                 distance: float, index: matching.PointIndex) -> tuple[str, int | None]:
    """The matching rules written plainly over every point (an independent oracle of `PointIndex.match`)."""
    from mapujpomoc_model.labels import fold

    within = sorted((index.metres(i, lon, lat), i) for i in range(len(known))
                    if index.metres(i, lon, lat) <= distance)
    same = [(d, i) for d, i in within if fold(name) and fold(known[i].name) == fold(name)]
    if same:
        return "name", same[0][1]
    grams = matching.bigrams(fold(name))
    best = None
    for _d, i in within[:matching.PointIndex.NEAREST]:
        score = matching.similarity(grams, matching.bigrams(fold(known[i].name)))
        if score >= matching.DEFAULT_SIMILARITY and (best is None or score > best[0]):
            best = (score, i)
    if best:
        return "similar name", best[1]
    org = [(d, i) for d, i in within if fold(organization) and fold(known[i].organization) == fold(organization)]
    return ("organisation", org[0][1]) if org else ("", None)


def test_surroundings_of_many_rows_at_once_match_a_plain_search() -> None:
    """`surroundings` (all rows in one numpy pass) and `surroundings_of` (one row) give the verdicts of the
    rules written plainly over every point, also after rows of the file join the index."""
    rng = random.Random(7)
    names = ["Ośrodek Pomocy Społecznej – Olsztyn", "Bank Żywności", "Punkt Nieodpłatnej Pomocy Prawnej",
             "Świetlica dla dzieci", "Caritas", ""]
    known = [_known(i, 20.4 + rng.random() * 0.05, 53.75 + rng.random() * 0.03,
                    f"{rng.choice(names)} {rng.randrange(3) or ''}".strip(),
                    organization=rng.choice(["", "Fundacja Ocalenie", "Caritas", "MOPS"])) for i in range(1500)]
    index = matching.PointIndex(known, distance=200)
    rows = [(f"{rng.choice(names).upper()} {rng.choice(['', '1', '(filia)'])}".strip(),
             20.4 + rng.random() * 0.05, 53.75 + rng.random() * 0.03, rng.choice(["", "fundacja ocalenie", "MOPS"]))
            for _ in range(400)]
    around = index.surroundings([r[1] for r in rows], [r[2] for r in rows], [r[0] for r in rows], [r[3] for r in rows])
    all_known = list(known)
    whys = set()
    for k, (name, lon, lat, org) in enumerate(rows):
        one = index.surroundings_of(lon, lat, name, org)
        assert [i for _d, i in around[k].nearest()] == [i for _d, i in one.nearest()]
        assert around[k].scores() == one.scores() and around[k].best == one.best
        assert (around[k].same_name or (0, -1))[1] == (one.same_name or (0, -1))[1]
        got = index.match(name, lon, lat, organization=org, around=around[k])
        why, i = _brute_match(all_known, name, lon, lat, org, 200, index)
        assert (got.why if got.kind != "new" else "", got.known.uid if got.known else None) == \
            (why, all_known[i].uid if i is not None else None)
        whys.add(why)
        if got.kind == "new" and k % 3 == 0:  # some rows join, as new rows of a file do
            point = matching.Known(f"row:{k}", name, lon, lat, org)
            index.add(point)
            all_known.append(point)
    assert len(all_known) > len(known) and whys == {"name", "similar name", "organisation", ""}


def test_ten_thousand_rows_against_a_hundred_thousand_points_quickly() -> None:
    rng = random.Random(1)
    known = [_known(i, 14 + rng.random() * 10, 49 + rng.random() * 6, f"Punkt pomocy {i}") for i in range(100_000)]
    t0 = time.perf_counter()
    index = matching.PointIndex(known)
    kinds = [index.match(f"Punkt pomocy {rng.randrange(200_000)}", 14 + rng.random() * 10, 49 + rng.random() * 6).kind
             for _ in range(10_000)]
    assert time.perf_counter() - t0 < 10
    assert set(kinds) <= {"new", "update", "duplicate"}


def test_report_cells_are_safe(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from mapujpomoc_qgis.core.importing.report import write_report

    r = SimpleNamespace(row=1, name="=HYPERLINK(\"http://x\")", status="invalid", reasons=["bad"], outcome="refused",
                        action="skip", match=None, located=None, uuid="", changes={}, merge_fields=set())
    path = write_report([r], tmp_path / "r.csv")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        line = next(csv.DictReader(fh))
    assert line["name"].startswith("'=") and line["outcome"] == "refused" and line["reason"] == "bad"


def _gpkg_point(x: float, y: float, envelope: bool = False) -> bytes:
    """A GeoPackage point blob (little endian; with an XY envelope when asked, as some writers make them)."""
    import struct

    head = b"GP\x00" + bytes([0x01 | (0x02 if envelope else 0)]) + struct.pack("<i", 4326)
    return head + (struct.pack("<4d", x, x, y, y) if envelope else b"") + struct.pack("<BIdd", 1, 1, x, y)


def _map_table(path: Path, rows: list[tuple[object, ...]], encoding: str = "UTF-8") -> None:
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA encoding = '{encoding}'")
    conn.execute("CREATE TABLE aid_points (fid INTEGER PRIMARY KEY, geom BLOB, uuid TEXT, name TEXT, organization TEXT, "
                 "phone TEXT, email TEXT, teryt TEXT)")
    conn.executemany("INSERT INTO aid_points VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("oddity", ["none", "nul in a name", "an envelope", "another blob size", "no uuid",
                                    "no geometry", "a UTF-16 database"])
def test_the_map_scan_reads_what_a_row_by_row_read_gives(tmp_path: Path, oddity: str) -> None:
    """`candidates` reads every point with one statement of joined columns (or row by row when a value holds a
    NUL or the blobs differ): the same fids, coordinates and texts as a plain read of the rows, without the
    points that have no uuid or no geometry; and `nearby_points` gives exactly the pairs within the distance."""
    from mapujpomoc_qgis.core.importing import candidates
    from mapujpomoc_qgis.core.importing.grid import distances

    rng = random.Random(7)
    rows: list[tuple[object, ...]] = []
    for fid in range(1, 3001, 1 + (oddity == "an envelope")):
        x, y = 19 + rng.random() * 0.5, 50 + rng.random() * 0.3
        rows.append((fid, _gpkg_point(x, y, oddity == "an envelope" and fid % 5 == 0), f"uuid-{fid}",
                     rng.choice(["Punkt pomocy ", "Żłobek „Słonko” ", "Юридична допомога ", ""]) + f"{fid}"
                     if fid % 11 else None, rng.choice(["Fundacja", "", None]), f"+48 600 {fid:06d}" if fid % 3 else None,
                     f"a{fid}@example.pl" if fid % 4 else "", "1261011"))
    if oddity == "no uuid":
        rows[5] = (*rows[5][:2], None, *rows[5][3:])
    if oddity == "no geometry":
        rows[6] = (rows[6][0], None, *rows[6][2:])
    if oddity == "nul in a name":
        rows[9] = (*rows[9][:3], "nazwa\0z zerem", *rows[9][4:])
    if oddity == "another blob size":
        rows[12] = (rows[12][0], _gpkg_point(19.1, 50.1) + b"\0", *rows[12][2:])  # trailing byte: still a point
    path = tmp_path / "map.gpkg"
    _map_table(path, rows, "UTF-16le" if oddity == "a UTF-16 database" else "UTF-8")
    columns = ["name", "organization", "uuid", "phone", "email"]
    scan = candidates.scan_map(path, columns)
    assert candidates._scanned(path, columns)[0] is (oddity != "a UTF-16 database")  # UTF-8 read as kept
    import sqlite3

    conn = sqlite3.connect(path)
    want = [r for r in conn.execute("SELECT fid, geom, name, organization, uuid, phone, email FROM aid_points "
                                    "WHERE uuid IS NOT NULL AND geom IS NOT NULL ORDER BY fid")]
    conn.close()
    import numpy as np

    assert scan.fids.tolist() == [r[0] for r in want]
    xy = [candidates.blob_xy(r[1]) for r in want]
    assert scan.lon.tolist() == [p[0] for p in xy] and scan.lat.tolist() == [p[1] for p in xy]  # type: ignore[index]
    # one joined read when nothing is odd, else row by row
    assert all((scan.columns[c]._values is None) == (oddity == "none") for c in columns)
    for k, c in enumerate(columns):
        assert scan.columns[c].values() == [r[2 + k] or "" for r in want], c
        picked = np.asarray([0, 7, 8, len(want) - 1])
        assert scan.columns[c].at(picked) == [want[i][2 + k] or "" for i in picked.tolist()]
    # the pairs within 250 m of some locations, against every point
    qlon, qlat = [19.1, 19.3, 19.45], [50.1, 50.2, 50.05]
    points, (q, p, d) = candidates.nearby_points(path, qlon, qlat, 250.0)

    all_lon, all_lat = np.asarray([p[0] for p in xy]), np.asarray([p[1] for p in xy])  # type: ignore[index]
    brute = {(k, want[i][0]) for k in range(3)
             for i in np.flatnonzero(distances(all_lon, all_lat, qlon[k], qlat[k]) <= 250.0).tolist()}
    fids = points.fill.fids  # type: ignore[union-attr]
    assert {(int(a), fids[b]) for a, b in zip(q.tolist(), p.tolist())} == brute
    assert brute and list(q) == sorted(q)
    assert [points.name[b] for b in p.tolist()] == [next(r[2] or "" for r in want if r[0] == fids[b]) for b in p.tolist()]


def test_surroundings_north_of_55_degrees_look_at_more_columns() -> None:
    """Farther north a cell is narrower than the distance: the rows' surroundings in one pass still hold every
    point within it (a plain search over every point is the oracle)."""
    rng = random.Random(3)
    known = [_known(i, 20 + rng.random() * 0.3, 64 + rng.random() * 0.1, f"Punkt {i % 50}") for i in range(4000)]
    index = matching.PointIndex(known, distance=300)
    rows = [(20 + rng.random() * 0.3, 64 + rng.random() * 0.1) for _ in range(300)]
    around = index.surroundings([r[0] for r in rows], [r[1] for r in rows], ["x"] * len(rows), [""] * len(rows))
    for (lon, lat), found in zip(rows, around):
        want = sorted((index.metres(i, lon, lat), i) for i in range(len(known)) if index.metres(i, lon, lat) <= 300)
        assert [i for _d, i in found.nearest()] == [i for _d, i in want][:matching.PointIndex.NEAREST]


def test_the_matched_points_columns_read_at_once_or_row_by_row(tmp_path: Path) -> None:
    """`candidates._Details` reads the other columns of the points rows match as one JSON text, or row by row
    when a value cannot be JSON (a blob): both give what a plain read of those rows gives."""
    import sqlite3

    from mapujpomoc_qgis.core.importing import candidates

    rows = [(fid, _gpkg_point(19 + fid * 1e-4, 50.0), f"uuid-{fid}", f"Punkt {fid}", "Fundacja" if fid % 2 else None,
             f"+48 600 000 {fid:03d}", None, "1261011") for fid in range(1, 41)]
    path = tmp_path / "map.gpkg"
    _map_table(path, rows)
    for blob in (False, True):
        if blob:
            conn = sqlite3.connect(path)
            conn.execute("UPDATE aid_points SET name = CAST('Punkt 7' AS BLOB) WHERE fid = 7")
            conn.commit()
            conn.close()
        points, _pairs = candidates.nearby_points(path, [19.002], [50.0], 250.0)
        details = points.fill
        assert isinstance(details, candidates._Details)
        wanted = list(range(len(points)))
        details(wanted, ["name", "teryt"])
        conn = sqlite3.connect(path)
        want = {r[0]: r[1:] for r in conn.execute("SELECT fid, uuid, organization, phone, email, teryt, name FROM "
                                                  "aid_points")}
        conn.close()
        for i in wanted:
            uid, org, phone, email, teryt, name = want[details.fids[i]]
            assert (points.uid[i], points.organization[i], points.phone[i], points.email[i], points.teryt[i]) == (
                uid, org or "", phone or "", email or "", teryt or "")
            assert details.columns[i] == {"name": name, "teryt": teryt}
        assert len(wanted) > 10 and (not blob or any(isinstance(details.columns[i]["name"], bytes) for i in wanted))
