"""Corrupt working copies: truncated, overwritten, locked by another program, from an older or newer plugin,
not a working copy at all. `mapujpomoc status` and `sync` give one clear line and exit 1, never a traceback,
leave the file alone, and the way out the message names works (see reliability/corrupt.py)."""

from __future__ import annotations

import pytest

from reliability import corrupt
from reliability.common import StoreEnv

NAMES = [name for name, *_ in corrupt.DAMAGES] + [f"locked by another program ({m} lock)" for m in ("exclusive",
                                                                                                     "write")]


@pytest.fixture(scope="module")
def cases(rel_cluster, rel_template, rel_workdir):  # type: ignore[no-untyped-def]
    env = StoreEnv(rel_cluster, rel_template, "corrupt", rel_workdir, workers=2)
    env.add_users([(corrupt.USER, "editor", ["2862011"])])
    with env:
        result = corrupt.run_corrupt(env, rel_workdir)
    return {c.name: c for c in result.cases}


@pytest.mark.parametrize("name", NAMES)
def test_clear_message_and_a_way_out(cases, name):
    case = cases[name]
    print(f"{name}: {case.messages[0] if case.messages else ''} -> {case.way_out}")
    assert not case.problems, "\n".join(case.problems)
