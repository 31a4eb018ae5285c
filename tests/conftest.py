"""Session fixtures shared by every test directory.

- `shared_data`: the real data in ../shared/data (or MAPUJPOMOC_SHARED_DATA).
- `pg_cluster`: a throwaway PostgreSQL cluster, started only when a test needs it;
  `pg_database`: a new empty database in it per test module.
- `store`: the real store serving over HTTP, once per backend (sqlite, postgresql) and test module,
  with PRG boundaries, ~200 seeded aid points and the users listed in STORE_USERS.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # `support` imports whatever the rootdir layout

from support.pg_cluster import PgCluster, running_or_skip  # noqa: E402
from support.store_server import StoreDatabase, StoreServer, shared_data_dir, sqlite_url  # noqa: E402

# name, role, scope (TERYT prefixes)
STORE_USERS = (
    ("admin", "admin", ()),
    ("viewer", "viewer", ()),
    ("ed_olsztyn", "editor", ("2862011",)),  # gmina Olsztyn (city with county rights)
    ("ed_powiat", "editor", ("2814",)),  # powiat olsztyński (the communes around Olsztyn, not the city)
    ("coord", "coordinator", ("28",)),  # województwo warmińsko-mazurskie
)
SEED_COUNT = 200
SEED = 7
BACKENDS = ("sqlite", pytest.param("postgresql", marks=pytest.mark.postgres))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = shared_data_dir()
    if not (path / "prg" / "gminy.geojson").exists():
        pytest.fail(f"the shared test data is missing: {path} (set MAPUJPOMOC_SHARED_DATA)")
    return path


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    with running_or_skip() as cluster:
        yield cluster


@pytest.fixture(scope="module")
def pg_database(pg_cluster: PgCluster) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database for one test module (dropped afterwards)."""
    with pg_cluster.database() as url:
        yield url


@pytest.fixture(scope="session")
def store_workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("store")


class _Templates:
    """One prepared database per backend (init, PRG import, seed, users), copied for each module."""

    def __init__(self, workdir: Path, shared: Path) -> None:
        self.workdir = workdir
        self.shared = shared
        self.built: dict[str, StoreDatabase] = {}
        self.count = 0

    def template(self, backend: str, cluster: PgCluster | None = None) -> StoreDatabase:
        if backend not in self.built:
            if backend == "sqlite":
                url = sqlite_url(self.workdir / "template.db")
            else:
                assert cluster is not None
                url = cluster.create_database("store_template")
            self.built[backend] = StoreDatabase(url, self.shared).prepare(
                seed_count=SEED_COUNT, seed=SEED, users=STORE_USERS)
        return self.built[backend]

    def fresh(self, backend: str, cluster: PgCluster | None = None) -> StoreDatabase:
        """A new database holding a copy of the prepared one."""
        self.count += 1
        tmpl = self.template(backend, cluster)
        if backend == "sqlite":
            return tmpl.clone_to(sqlite_url(self.workdir / f"store{self.count}.db"))
        assert cluster is not None
        return tmpl.clone_to(cluster.url(f"store{self.count}"), cluster)


@pytest.fixture(scope="session")
def store_templates(store_workdir: Path, shared_data: Path) -> _Templates:
    return _Templates(store_workdir, shared_data)


@pytest.fixture(scope="module", params=BACKENDS)
def store(request: pytest.FixtureRequest, store_templates: _Templates) -> Iterator[StoreServer]:
    """A running store on its own database: users admin, viewer, ed_olsztyn, ed_powiat, coord."""
    cluster = request.getfixturevalue("pg_cluster") if request.param == "postgresql" else None
    database = store_templates.fresh(request.param, cluster)
    server = StoreServer(database, log_dir=store_templates.workdir / f"serve{store_templates.count}")
    server.start()
    yield server
    server.stop()
