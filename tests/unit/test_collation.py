"""Polish alphabetical order (mapujpomoc_model/collation.py) on the real commune names of the shared PRG data."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from mapujpomoc_model.collation import polish_key

ALPHABET = "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż"


def _prg_names() -> list[str]:
    path = Path(os.environ.get("MAPUJPOMOC_SHARED_DATA", Path(__file__).resolve().parents[3] / "shared" / "data"))
    data = path / "prg" / "gminy.geojson"
    if not data.exists():
        pytest.skip(f"no shared PRG data at {path}")
    return sorted({f["properties"]["JPT_NAZWA_"] for f in json.loads(data.read_text(encoding="utf-8"))["features"]})


def _by_letters(name: str) -> list[int]:
    """An independent order for names of letters and spaces only: each letter's place in the alphabet."""
    return [-1 if ch == " " else ALPHABET.index(ch) for ch in name.casefold()]


def test_real_commune_names_in_polish_order() -> None:
    names = _prg_names()
    plain = [n for n in names if all(ch == " " or ch.casefold() in ALPHABET for ch in n)]
    assert len(plain) > 150
    assert sorted(plain, key=polish_key) == sorted(plain, key=_by_letters)
    ordered = sorted(names, key=polish_key)
    # Ł between L and M, Ś between S and T, Ż/Ź after Z: where a Polish reader looks for them
    for before, name, after in (("Lubsko", "Łagów", "Małdyty"), ("Lubomino", "Łukta", "Miłakowo"),
                                ("Szprotawa", "Świątki", "Tolkmicko"), ("Zwierzyn", "Żagań", "Żary"),
                                ("Milejewo", "Miłakowo", "Młynary")):
        assert before in ordered and name in ordered and after in ordered
        assert ordered.index(before) < ordered.index(name) < ordered.index(after), name


def test_the_county_of_olsztyn_as_printed() -> None:
    communes = ["Świątki", "Barczewo", "Stawiguda", "Gietrzwałd", "Dobre Miasto", "Dywity", "Purda", "Olsztynek"]
    assert sorted(communes, key=polish_key) == ["Barczewo", "Dobre Miasto", "Dywity", "Gietrzwałd", "Olsztynek",
                                                "Purda", "Stawiguda", "Świątki"]
    # plain sorting gets it wrong, which is why the key exists
    assert sorted(communes)[-1] == "Świątki" and sorted(["Łukta", "Zalewo"]) == ["Zalewo", "Łukta"]
    assert sorted(["Łukta", "Zalewo", "Lubawa"], key=polish_key) == ["Lubawa", "Łukta", "Zalewo"]


def test_ties_spaces_and_case() -> None:
    assert sorted(["Nowemiasto", "Nowe Miasto", "Nowe"], key=polish_key) == ["Nowe", "Nowe Miasto", "Nowemiasto"]
    assert sorted(["ćma", "Cyprian", "cel", "Ćwik"], key=polish_key) == ["cel", "Cyprian", "ćma", "Ćwik"]
    assert sorted(["óśma", "osa", "Ożarów"], key=polish_key) == ["osa", "Ożarów", "óśma"]
    assert polish_key("Łukta") != polish_key("łukta") and sorted(["łukta", "Łukta"], key=polish_key)[0] == "Łukta"
    assert sorted(["Gmina 10", "Gmina 2", "Gmina A"], key=polish_key) == ["Gmina 10", "Gmina 2", "Gmina A"]
