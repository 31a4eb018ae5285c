"""Faults, each on its own copy of the store (PostgreSQL, two worker processes): after each, nothing is lost
or applied twice, and the next sync completes (see reliability/faults.py for what each does)."""

from __future__ import annotations

from reliability import faults


def check(result: faults.FaultResult) -> None:
    print(result.line())
    print("\n".join(f"    {c}" for c in result.checks))
    assert not result.failures(), "\n".join(result.failures())
    assert result.audit.edits > 0 and result.audit.applied == result.audit.edits


def test_store_killed_in_the_middle_of_a_changeset(rel_cluster, rel_template, areas, rel_workdir):
    result = faults.store_killed(rel_cluster, rel_template, areas, rel_workdir, size=2000)
    check(result)
    assert "killed while applying" in result.note


def test_connection_dropped_after_commit_and_before_the_request(rel_cluster, rel_template, areas, rel_workdir):
    check(faults.dropped_replies(rel_cluster, rel_template, areas, rel_workdir, rounds=2))


def test_postgres_restarted_during_a_sync(rel_cluster, rel_template, areas, rel_workdir):
    result = faults.postgres_restarted(rel_cluster, rel_template, areas, rel_workdir, size=1000)
    check(result)
    assert result.expected_5xx > 0, "the restarts never hit a request: the test did not test anything"


def test_working_copy_disk_full(rel_cluster, rel_template, areas, rel_workdir):
    result = faults.disk_full(rel_cluster, rel_template, areas, rel_workdir)
    check(result)  # on a tmpfs when mounting is permitted (root), else the SQLite simulation (the note says)
