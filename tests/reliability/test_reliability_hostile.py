"""Hostile input against the store on PostgreSQL with two worker processes: schemathesis over the OpenAPI
(150 generated requests), the catalogue of hand-written bad requests, and the authorization matrix (see
reliability/hostile.py). No 5xx, every error problem+json, nothing written where it must not be."""

from __future__ import annotations

import pytest

from reliability import hostile
from reliability.common import StoreEnv


@pytest.fixture(scope="module")
def hostile_env(rel_cluster, rel_template, rel_workdir):  # type: ignore[no-untyped-def]
    env = StoreEnv(rel_cluster, rel_template, "hostile", rel_workdir, workers=2)
    env.add_users(hostile.HOSTILE_USERS)
    with env:
        yield env


def check(found: hostile.Findings) -> None:
    print(found.line())
    assert not found.failures(), "\n".join(found.failures())


def test_schemathesis_finds_no_server_error_and_only_problem_details(hostile_env):
    found = hostile.fuzz(hostile_env, max_examples=150)
    check(found)
    assert found.requests >= 100


def test_catalogue_of_bad_requests(hostile_env, areas):
    found = hostile.catalogue(hostile_env, areas)
    check(found)
    assert found.statuses[413] >= 3 and found.statuses[415] >= 5 and found.statuses[401] >= 30


def test_every_role_every_write_inside_and_outside_the_area(hostile_env, areas):
    found = hostile.authorization(hostile_env, areas)
    check(found)
    assert found.requests == len(hostile.ROLES) * 80


def test_no_private_leak_to_readers_outside_the_area(hostile_env, areas):
    """Issue 15: staff_only, approximate and deleted points read every way by anonymous readers, a viewer and
    staff of other areas (reliability/leaks.py): no reply holds anything private."""
    found = hostile.privacy(hostile_env, areas)
    check(found)
    assert found.requests >= 200 and not found.leaks


def test_the_summary_line_counts_private_leaks_and_injections():
    from reliability.run import summary_line

    line = summary_line({"edits": 5, "leaks": 0, "injections": 2})
    assert line == ("reliability: 5 edits, 0 lost, 0 duplicated, 0 unauthorized writes, 0 server errors, "
                    "0 private leaks, 2 injections rendered")
