"""The import worked out column by column (issue 18's speed): each bulk piece against the row-by-row function it
stands for, on random inputs made to hit the corners (repeated, empty and odd values, shared keys, crowded
places). Without QGIS; the pieces that need it are in tests/qgis/test_import_locating.py."""

from __future__ import annotations

import random
import string
from typing import Any

import numpy as np

from mapujpomoc_model import schema
from mapujpomoc_model.labels import fold
from mapujpomoc_qgis.core.importing import matching
from mapujpomoc_qgis.core.importing.columns import ColumnMapping
from mapujpomoc_qgis.core.importing.dice import GramBits
from mapujpomoc_qgis.core.importing.filematch import file_verdicts
from mapujpomoc_qgis.core.importing.grid import earlier_within
from mapujpomoc_qgis.core.importing.keys import bigrams, email_hits, email_key, phone_hits, phone_key, similarity
from mapujpomoc_qgis.core.importing.table import SourceTable
from mapujpomoc_qgis.core.importing.validation import problems, problems_of_rows
from mapujpomoc_qgis.core.importing.values import map_row, map_table

WORDS = ["Ośrodek", "Pomocy", "Społecznej", "Bank", "Żywności", "punkt", "nr", "Caritas", "Фонд", "допомоги", "",
         "  ", "a", "aa", "filia", "–", "(", "ŁÓDŹ", "\u00a0", "\t", "x" * 30, "文字", "🙂"]


def _text(rng: random.Random, words: int = 4) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randrange(words + 1)))


def test_dice_of_many_pairs_equals_the_similarity_of_bigram_sets() -> None:
    rng = random.Random(1)
    texts = [fold(_text(rng)) for _ in range(300)] + ["", "aaaa", "abab", "ab ab ab", "\U0001F642\U0001F642"]
    bits = GramBits.of(texts)
    assert bits is not None
    a = np.asarray([rng.randrange(len(texts)) for _ in range(5000)])
    b = np.asarray([rng.randrange(len(texts)) for _ in range(5000)])
    want = [similarity(bigrams(texts[i]), bigrams(texts[j])) for i, j in zip(a.tolist(), b.tolist())]
    assert bits.dice(a, b, chunk=777).tolist() == want
    assert bits.counts.tolist() == [len(bigrams(t)) for t in texts]


def test_phone_and_email_hits_equal_their_keys_one_by_one() -> None:
    rng = random.Random(2)
    digits = "0123456789"
    phones = []
    for i in range(3000):
        number = "".join(rng.choice(digits) for _ in range(rng.choice([3, 6, 8, 9, 11, 12])))
        phones.append(rng.choice([number, f"+48 {number}", f"({number[:2]}) {number[2:]}", number.replace("1", "-1"),
                                  f"tel. {number}", f"{number} wew. 12", "", "---", "١٢٣٤٥٦٧٨٩", f"{number}/{i}"]))
    keys = ({phone_key(p) for p in rng.sample(phones, 800)} | {"123456789", "٤٥٦٧٨٩١٢٣"}) - {""}
    ascii_only = [p for p in phones if p.isascii() and all(c in digits + " -()+./" for c in p)]
    for texts in (phones, ascii_only):
        want = [(i, phone_key(t)) for i, t in enumerate(texts) if phone_key(t) in keys]
        assert phone_hits("\0".join(texts), len(texts), keys) == want
        assert phone_hits("\0".join(texts).encode(), len(texts), keys) == want  # as SQLite joins them
    emails = [rng.choice(["A@b.pl", " a@b.pl ", "a@B.PL", "x@y.z", "", "ẞ@x.de\t"]) for _ in range(200)]
    ekeys = {"a@b.pl", "ß@x.de", "ss@x.de"}
    assert email_hits("\0".join(emails), len(emails), ekeys) == [(i, email_key(t)) for i, t in enumerate(emails)
                                                                  if email_key(t) in ekeys]
    assert email_hits("\0".join(emails).encode(), len(emails), ekeys) == email_hits("\0".join(emails), len(emails),
                                                                                  ekeys)


def test_problems_of_rows_equal_the_models_verdict_on_each_row() -> None:
    rng = random.Random(3)
    values = {"name": ["Punkt", "", "x" * 201, 5, None], "help_types": [["legal"], ["legal", "legal"], ["nope"], [],
                                                                       "legal", [["legal"]]],
              "phone": ["+48 601 100 200", "12", "abc", ""], "email": ["a@b.pl", "zly@", ""],
              "status": ["active", "nonsense", None], "visibility": [None, "public", "secret"],
              "verified_at": ["2024-02-03", "2024-13-01"], "teryt": ["2862011"], "color": ["red"]}
    rows = []
    for _ in range(2000):
        props = {}
        for name in rng.sample(sorted(values), rng.randrange(len(values))):
            props[name] = rng.choice(values[name])
        rows.append(props)
    want = [problems(schema.with_defaults("aid_points", dict(p))) for p in rows]
    assert problems_of_rows(rows) == want
    assert any(want) and not all(want)
    # a row that passes as a new point passes as changes too: an update's check is left out then
    # (`plan.finish_row`'s `passed`); any part of its values, as a patch, has no problem
    for props, found in zip(rows, want):
        if not found:
            for _ in range(3):
                part = {k: props[k] for k in rng.sample(sorted(props), rng.randrange(len(props) + 1))}
                assert problems(part, partial=True) == [], part
    # plain texts only (the shortcut for a text field whose texts all pass), then one empty or one too long
    longest = schema.fields_by_name("aid_points")["name"].max_len or 200
    for odd in ("Punkt", "", "x" * (longest + 1), "y" * longest):
        rows = [{"name": f"Punkt {i}", "street": "Długa", "help_types": ["legal"]} for i in range(50)]
        rows.append({"name": odd, "street": odd, "help_types": ["legal"]})
        want = [problems(schema.with_defaults("aid_points", dict(p))) for p in rows]
        assert problems_of_rows(rows) == want
        assert bool(want[-1]) == (odd == "" or len(odd) > longest)
    # the model's shortcut never passes what `field_issue` refuses, and passes plain texts
    samples = [["Punkt", "Długa 5"], ["x" * 300], ["", "a"], ["a", None], ["+48 601 100 200"], [["legal"]], [5]]
    passed = 0
    for f in schema.fields_by_name("aid_points").values():
        for sample in samples:
            if schema.plain_texts_pass(f, sample):
                passed += 1
                assert all(schema.field_issue(f, v) is None for v in sample), (f.name, sample)
    assert passed > 5


def test_map_table_equals_map_row_on_each_row() -> None:
    rng = random.Random(4)
    headers = ["Nazwa", "Rodzaj pomocy", "Kod", "WWW", "Data", "Status", "Języki", "Telefon", "E-mail"]
    cells = {"Nazwa": ["Punkt  pomocy", " Bank ", "", "a\tb", "Świetlica", "x\u00a0y"],
             "Rodzaj pomocy": ["pomoc prawna; psychologiczna", "dentysta", "", "legal, food | medyczna", "MOPS"],
             "Kod": ["10544", "10-544", "1054", ""], "WWW": ["www.example.pl", "http://x", ""],
             "Data": ["3.2.2024", "2024-02-03T10:00", "wczoraj", ""], "Status": ["aktywny", "??", ""],
             "Języki": ["polski, UA", "klingoński", ""], "Telefon": ["601 100 200", "  "], "E-mail": ["mailto:a@b.pl"]}
    rows = []
    for _ in range(1500):
        row = [rng.choice(cells[h]) for h in headers]
        rows.append(row[:rng.choice([len(headers), len(headers), 4])])  # some rows end early
    table = SourceTable("t", headers, rows)
    mapping = ColumnMapping({"name": "Nazwa", "help_types": "Rodzaj pomocy", "postcode": "Kod", "website": "WWW",
                             "verified_at": "Data", "status": "Status", "languages": "Języki", "phone": "Telefon",
                             "email": "E-mail", "city": "Miasto"})
    mapping.assign("help_types", "dentysta", "medical")
    props, unmapped = map_table(table, mapping)
    want = [map_row(table.cells(i), mapping) for i in range(len(rows))]
    assert props == [w.props for w in want] and unmapped == [w.unmapped for w in want]
    assert [list(p) for p in props] == [list(w.props) for w in want]  # the fields in the same order
    lists = [p["help_types"] for p in props if "help_types" in p]
    assert len({id(x) for x in lists}) == len(lists)  # each row its own list


def _metres(lon: float, lat: float, plon: float, plat: float) -> float:
    return matching.PointIndex([matching.Known("p", "", plon, plat)]).metres(0, lon, lat)


def test_earlier_within_holds_every_earlier_location_within_the_distance() -> None:
    rng = random.Random(5)
    for lat0 in (50.0, 54.95, 64.0):
        lon = [20 + rng.random() * 0.05 for _ in range(700)]
        lat = [lat0 + rng.random() * 0.02 for _ in range(700)]
        first, earlier = earlier_within(lon, lat, 200)
        for k in range(len(lon)):
            got = earlier[first[k]:first[k + 1]].tolist()
            assert got == sorted(got) and all(j < k for j in got)
            want = {j for j in range(k) if _metres(lon[k], lat[k], lon[j], lat[j]) <= 200}
            assert want <= set(got)


def _rows_and_map(rng: random.Random) -> tuple[list[matching.Known], list[tuple[str, ...]]]:
    names = ["Ośrodek Pomocy Społecznej – Olsztyn", "Bank Żywności", "Punkt Nieodpłatnej Pomocy Prawnej",
             "Świetlica dla dzieci", "Caritas", ""]
    orgs = ["", "Fundacja Ocalenie", "Caritas", "MOPS"]
    phones = ["+48 601 100 200", "22 555 66 77", "", "", ""]
    emails = ["bank@example.pl", "", "", ""]
    known = []
    for i in range(1500):
        dense = i < 200  # a crowded block: more than NEAREST points within the distance
        known.append(matching.Known(
            f"u{i}", f"{rng.choice(names)} {rng.randrange(4) or ''}".strip(),
            20.4 + rng.random() * (0.002 if dense else 0.05), 53.75 + rng.random() * (0.001 if dense else 0.03),
            rng.choice(orgs), rng.choice(phones + [f"60{i:07d}"]), rng.choice(emails + [f"p{i}@x.pl"])))
    rows = []
    for k in range(600):
        place = rng.random()
        if place < 0.3:  # among the map's points, some in the crowded block
            near = rng.random() < 0.3
            lon = 20.4 + rng.random() * (0.002 if near else 0.05)
            lat = 53.75 + rng.random() * (0.001 if near else 0.03)
            name = rng.choice([rng.choice(names).upper(), f"{rng.choice(names)} (filia)", rng.choice(known).name, ""])
        elif place < 0.75:  # a place of the file's own (no point of the map near): only earlier rows can match
            lon, lat = 20.6 + rng.random() * 0.004, 53.8 + rng.random() * 0.002
            name = rng.choice([f"Nowy punkt {k % 15}", f"Nowy punkt {k % 15}1", f"NOWY PUNKT {k % 7}",
                               f"Inny {k}", f"Świetlica {k}"])
        else:  # alone (nothing within the distance): only a uuid, phone or e-mail can match
            lon, lat = 21.0 + k * 0.01, 54.0
            name = f"Samotny {k} {rng.choice(string.ascii_letters)}{rng.choice(string.ascii_letters)}"
        uid = rng.choice(["", "", "", "", "", rng.choice(known).uid, f"row:{rng.randrange(1, k + 2)}", "nope"])
        rows.append((uid, name, lon, lat, rng.choice(orgs + ["fundacja ocalenie", f"Org {k % 9}"]),
                     rng.choice(phones + ["601-100-200", f"7{k % 25:08d}", f"8{k:08d}"]),
                     rng.choice(emails + [f" B{k % 20}@x.pl", f"c{k}@x.pl"])))
    return known, rows


def test_file_verdicts_equal_match_and_add_row_by_row() -> None:
    """`filematch.file_verdicts` (the map's verdicts in one pass, rows decided again only when an earlier row
    can change them) gives what `PointIndex.match` gives row after row, the rows that join `add`ed."""
    whys: set[str] = set()
    for seed in range(4):
        whys |= _file_verdicts_as_match_gives(seed)
    assert whys >= {"name", "similar name", "organisation", "phone", "e-mail", "id", ""}


def _file_verdicts_as_match_gives(seed: int) -> set[str]:
    rng = random.Random(seed)
    known, rows = _rows_and_map(rng)
    joins = [rng.random() < 0.7 for _ in rows]  # rows the model or the scope refuse do not join
    reference = matching.PointIndex(known, distance=200)
    want = []
    for k, (uid, name, lon, lat, org, phone, email) in enumerate(rows):
        m = reference.match(name, lon, lat, uid=uid, organization=org, phone=phone, email=email)
        want.append((m.kind, m.known.uid if m.known else None, m.why, m.metres))
        if m.kind == matching.NEW and joins[k]:
            reference.add(matching.Known(f"row:{k + 1}", name, lon, lat, org, phone, email))

    index = matching.PointIndex(known, distance=200)
    lons, lats = [r[2] for r in rows], [r[3] for r in rows]
    keys = ([r[0] for r in rows], [fold(r[1]) for r in rows], [fold(r[4]) for r in rows],
            [phone_key(r[5]) for r in rows], [email_key(r[6]) for r in rows])
    around = index.surroundings_table(lons, lats, keys[1], keys[2], named_only=True)
    statuses = []

    def judged(k: int, status: str) -> matching.Known | None:
        statuses.append(status)
        _uid, name, lon, lat, org, phone, email = rows[k]
        return matching.Known(f"row:{k + 1}", name, lon, lat, org, phone, email) \
            if status == matching.NEW and joins[k] else None

    got = file_verdicts(index, around, keys, lons, lats, judged)
    assert [(v[0], index.known(v[1]).uid, v[2], v[3]) if v else (matching.NEW, None, "", None) for v in got] == want
    assert statuses == [matching.DUPLICATE if u and u.startswith("row:") else kind for kind, u, _w, _m in want]
    return {w[2] for w in want}


def _surroundings_inputs(rng: random.Random) -> tuple[Any, list[Any], list[float], list[float], list[str], list[str]]:
    """A map index and the rows' positions, folded names and organisations (the surroundings tests' inputs)."""
    known, rows = _rows_and_map(rng)
    index = matching.PointIndex(known, distance=200)
    lons, lats = [r[2] for r in rows], [r[3] for r in rows]
    return index, rows, lons, lats, [fold(r[1]) for r in rows], [fold(r[4]) for r in rows]


def test_surroundings_of_rows_a_name_decides_leave_out_the_similar_names() -> None:
    index, rows, lons, lats, names, orgs = _surroundings_inputs(random.Random(9))
    full = index.surroundings_table(lons, lats, names, orgs)
    some = index.surroundings_table(lons, lats, names, orgs, named_only=True)
    for k in range(len(rows)):
        a, b = full.row(k), some.row(k)
        assert (a.same_name, a.same_org) == (b.same_name, b.same_org)
        named = bool(names[k]) and a.same_name is not None
        assert (b.best, b.scores(), b.nearest()) == ((None, {}, []) if named else (a.best, a.scores(), a.nearest()))
        assert a.grams == bigrams(names[k])


def test_surroundings_do_not_depend_on_the_order_of_a_rows_pairs() -> None:
    rng = random.Random(10)
    index, rows, lons, lats, names, orgs = _surroundings_inputs(rng)
    q, p, d = (np.asarray(x) for x in zip(*sorted((k, i, dist) for k in range(len(rows))
                                                  for dist, i in index.near(lons[k], lats[k]))))
    shuffled = np.lexsort((np.asarray([rng.random() for _ in q]), q))
    a = index.surroundings_table(lons, lats, names, orgs, (q, p, d))
    b = index.surroundings_table(lons, lats, names, orgs, (q[shuffled], p[shuffled], d[shuffled]))
    for k in range(len(rows)):
        ra, rb = a.row(k), b.row(k)
        assert (ra.same_name, ra.same_org, ra.best, ra.nearest(), ra.scores()) == \
            (rb.same_name, rb.same_org, rb.best, rb.nearest(), rb.scores())


def test_blank_random_strings_for_coverage() -> None:
    """map_table's shortcut for printable cells without double blanks agrees with `clean_text` on random ones."""
    rng = random.Random(11)
    alphabet = string.ascii_letters + "  \t\u00a0\u2003ąż–"
    rows = [["".join(rng.choice(alphabet) for _ in range(rng.randrange(8)))] for _ in range(3000)]
    table = SourceTable("t", ["Nazwa"], rows)
    mapping = ColumnMapping({"name": "Nazwa"})
    props, _unmapped = map_table(table, mapping)
    assert props == [map_row(table.cells(i), mapping).props for i in range(len(rows))]


def test_rows_added_near_push_the_map_points_out_of_the_nearest() -> None:
    """Rows of the file that joined nearer than the map's points take their places among the NEAREST: a similar
    name that falls out is no match any more, one that stays is (the rule as `match` words it)."""
    limit = matching.PointIndex.NEAREST
    lon, lat = 20.5, 53.8
    step = 1 / 111_195  # a metre north
    for added in (0, 1, 3, 5):
        known = [matching.Known(f"u{i}", f"Zupełnie inna nazwa {i}", lon, lat + (10 + i) * step) for i in range(limit)]
        known[-1].name = "Bank Żywności Olsztyn"  # the 64th nearest
        index = matching.PointIndex(known, distance=200)
        for k in range(added):
            index.add(matching.Known(f"row:{k + 1}", f"Coś całkiem innego {k}", lon, lat + (2 + k) * step),
                      cells=False)
        extras = sorted((index.metres(index.base + k, lon, lat), index.base + k) for k in range(added))
        around = index.surroundings_table([lon], [lat], [fold("BANK ZYWNOSCI OLSZTYN (filia)")], [""]).row(0)
        got = index.verdict(around, extras, fold("BANK ZYWNOSCI OLSZTYN (filia)"), "", "", "", lon, lat)
        assert (got[2], got[1]) == ("similar name", limit - 1) if added == 0 else got is None


def test_a_row_between_two_similar_rows_added_before_matches_the_more_similar_then_the_nearer() -> None:
    index = matching.PointIndex([matching.Known("u0", "Daleko", 21.0, 54.0)], distance=250)
    step = 1 / 111_195
    lon, lat = 20.5, 53.8
    rows = [("Punkt uliczny nr", lat - 140 * step), ("Punkt uliczny", lat + 160 * step),
            ("Punkt uliczny nr", lat + 120 * step)]
    for k, (name, y) in enumerate(rows):
        index.add(matching.Known(f"row:{k + 1}", name, lon, y), cells=False)
    extras = sorted((index.metres(index.base + k, lon, lat), index.base + k) for k in range(len(rows)))
    name = fold("Punkt uliczny nr 7")
    around = index.surroundings_table([lon], [lat], [name], [""]).row(0)
    scores = {index.base + k: similarity(bigrams(name), bigrams(fold(n))) for k, (n, _y) in enumerate(rows)}
    want = min(((-scores[i], d, i) for d, i in extras if scores[i] >= matching.DEFAULT_SIMILARITY))
    got = index.verdict(around, extras, name, "", "", "", lon, lat)
    assert got is not None and (got[1], got[3]) == (want[2], want[1]) and got[1] == index.base + 2
