"""The per-field rule of a revert (mapujpomoc_store/revert_plan.py; docs/ARCHITECTURE.md, *Undo*), on
hand-written histories: what goes back, what is a conflict, what is already done."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mapujpomoc_store.revert_plan import CONFLICT, REVERTED, UNCHANGED, Entry, plan_feature

A, B = {"type": "Point", "coordinates": [20.0, 53.0]}, {"type": "Point", "coordinates": [20.1, 53.1]}


@dataclass
class Row:
    """What plan_feature reads of a `features.Current`."""

    properties: dict[str, Any]
    geometry: Any = field(default_factory=lambda: A)
    version: int = 9
    deleted: bool = False
    updated_by: str = "other"
    id: str = "f"

    def props(self) -> dict[str, Any]:
        return self.properties

    def geom(self) -> Any:
        return self.geometry


def vandal(version: int, op: str = "update", **changes: list[Any]) -> Entry:
    return Entry(version, op, "vandal", changes, target=True)


def other(version: int, op: str = "update", **changes: list[Any]) -> Entry:
    return Entry(version, op, "other", changes, target=False)


def test_fields_nobody_else_touched_go_back_and_theirs_is_a_conflict() -> None:
    history = [vandal(2, name=["Punkt", "SPAM"], phone=["1", "2"], geometry=[A, B]), other(3, phone=["2", "3"])]
    plan = plan_feature("aid_points", Row({"name": "SPAM", "phone": "3"}, B), history)
    assert (plan.outcome, plan.action) == (CONFLICT, "update")
    assert plan.properties == {"name": "Punkt"} and plan.geometry == A
    assert plan.conflicts == ["phone"]
    assert plan.operation() == {"op": "update", "collection": "aid_points", "id": "f", "base_version": 9,
                                "properties": {"name": "Punkt"}, "geometry": A}


def test_a_value_someone_else_chose_and_the_target_overwrote_comes_back() -> None:
    history = [vandal(2, phone=["1", "2"]), other(3, phone=["2", "3"]), vandal(4, phone=["3", "4"])]
    plan = plan_feature("aid_points", Row({"phone": "4"}), history)
    assert (plan.outcome, plan.properties) == (REVERTED, {"phone": "3"})


def test_what_was_already_put_back_is_left_alone() -> None:
    history = [vandal(2, name=["Punkt", "SPAM"]), other(3, name=["SPAM", "Punkt"])]
    plan = plan_feature("aid_points", Row({"name": "Punkt"}), history)
    assert (plan.outcome, plan.action) == (UNCHANGED, None)
    # the target changed it and changed it back itself
    history = [vandal(2, name=["Punkt", "SPAM"]), vandal(3, name=["SPAM", "Punkt"])]
    assert plan_feature("aid_points", Row({"name": "Punkt"}), history).outcome == UNCHANGED


def test_a_value_that_differs_from_what_the_history_says_is_never_overwritten() -> None:
    plan = plan_feature("aid_points", Row({"name": "Inny"}), [vandal(2, name=["Punkt", "SPAM"])])
    assert (plan.outcome, plan.conflicts, plan.action) == (CONFLICT, ["name"], None)


def test_a_create_is_undone_by_a_delete_unless_someone_else_edited_it_since() -> None:
    created = vandal(2, "create", name=[None, "SPAM"], geometry=[None, A])
    plan = plan_feature("aid_points", Row({"name": "SPAM"}), [created])
    assert (plan.outcome, plan.action) == (REVERTED, "delete")
    assert plan.operation() == {"op": "delete", "collection": "aid_points", "id": "f", "base_version": 9}
    plan = plan_feature("aid_points", Row({"name": "SPAM", "email": "a@b.pl"}),
                        [created, other(3, email=[None, "a@b.pl"])])
    assert (plan.outcome, plan.action, plan.conflicts) == (CONFLICT, None, ["email"])
    # created and deleted by the targets, or deleted since by someone else: nothing left to do
    assert plan_feature("aid_points", Row({}, deleted=True), [created, vandal(3, "delete")]).outcome == UNCHANGED
    assert plan_feature("aid_points", Row({}, deleted=True), [created, other(3, "delete")]).outcome == UNCHANGED


def test_a_delete_is_undone_by_a_restore_with_the_fields_as_they_were() -> None:
    history = [vandal(2, name=["Punkt", "SPAM"]), vandal(3, "delete")]
    plan = plan_feature("aid_points", Row({"name": "SPAM"}, deleted=True), history)
    assert (plan.outcome, plan.action, plan.properties) == (REVERTED, "restore", {"name": "Punkt"})


def test_a_point_deleted_since_by_someone_else_stays_deleted() -> None:
    history = [vandal(2, name=["Punkt", "SPAM"]), other(3, "delete")]
    plan = plan_feature("aid_points", Row({"name": "SPAM"}, deleted=True), history)
    assert (plan.outcome, plan.action, plan.conflicts) == (CONFLICT, None, ["deleted", "name"])
    assert "other deleted it" in plan.detail


def test_store_owned_fields_are_not_reverted() -> None:
    plan = plan_feature("aid_points", Row({}), [vandal(2, teryt=["2862011", "2814042"], updated_by=["a", "b"])])
    assert (plan.outcome, plan.action) == (UNCHANGED, None)
