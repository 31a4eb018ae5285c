"""Three-way merge rules (docs/ARCHITECTURE.md, "Sync")."""

from mapujpomoc_model.merge import changed_fields, merge

BASE = {"name": "A", "phone": "1", "email": "a@x.pl", "geometry": {"type": "Point", "coordinates": [20, 53]}}


def test_different_fields_merge_both_ways():
    mine = {**BASE, "phone": "2"}
    theirs = {**BASE, "email": "b@x.pl"}
    result = merge(BASE, mine, theirs)
    assert result.conflicts == []
    assert result.merged["phone"] == "2" and result.merged["email"] == "b@x.pl"
    assert result.taken_from_theirs == ["email"]


def test_identical_change_is_not_a_conflict():
    mine = {**BASE, "phone": "9"}
    result = merge(BASE, mine, dict(mine))
    assert result.conflicts == [] and result.merged["phone"] == "9"


def test_same_field_different_values_conflicts_and_keeps_mine():
    result = merge(BASE, {**BASE, "phone": "2"}, {**BASE, "phone": "3"})
    assert result.conflicts == ["phone"]
    assert result.merged["phone"] == "2"


def test_geometry_is_a_field_like_the_others():
    moved = {"type": "Point", "coordinates": [21, 54]}
    result = merge(BASE, BASE, {**BASE, "geometry": moved})
    assert result.merged["geometry"] == moved
    other = {"type": "Point", "coordinates": [22, 54]}
    assert merge(BASE, {**BASE, "geometry": other}, {**BASE, "geometry": moved}).conflicts == ["geometry"]


def test_lists_compare_by_value():
    base = {"help_types": ["legal"]}
    result = merge(base, {"help_types": ["legal", "food"]}, {"help_types": ["legal"]})
    assert result.merged["help_types"] == ["legal", "food"] and not result.conflicts


def test_changed_fields():
    assert changed_fields(BASE, {**BASE, "phone": "5"}) == {"phone": "5"}
    assert changed_fields(BASE, dict(BASE)) == {}
