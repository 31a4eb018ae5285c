"""Fixtures of the reliability tests (the short version of `make reliability`, see reliability/README.md).

They run on their own throwaway PostgreSQL cluster, because one of them restarts it, with one store
database prepared once (PRG boundaries, seeded points) and copied for each test module.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the `reliability` package

from support.pg_cluster import running_or_skip  # noqa: E402

from reliability.common import Areas, PgCluster, StoreDatabase, make_template  # noqa: E402


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session")
def rel_cluster() -> Iterator[PgCluster]:
    with running_or_skip() as cluster:  # not the shared pg_cluster: a test here restarts it
        yield cluster


@pytest.fixture(scope="session")
def rel_template(rel_cluster: PgCluster, shared_data: Path) -> StoreDatabase:
    return make_template(rel_cluster)


@pytest.fixture(scope="session")
def areas(shared_data: Path) -> Areas:
    return Areas(shared_data)


@pytest.fixture(scope="session")
def rel_workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("reliability")
