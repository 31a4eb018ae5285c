"""The public web page's tests: the real store over HTTP on 127.0.0.1 (PRG boundaries from the shared data,
seeded points, plus a staff-only and an approximate point beside the test position), a local tile server
made in the test (tests/support/tile_server.py) as the basemap, and Debian's headless Chromium (cdp.py).

The page must have been built (`make web`, which `make test` runs first); a missing build fails the tests.
"""

from __future__ import annotations

import sqlite3
import sys
import uuid
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "store"))

from cdp import Chromium, chromium_path  # noqa: E402
from storelib import point, valid_props  # noqa: E402
from support.store_server import StoreDatabase, StoreServer, sqlite_url  # noqa: E402
from support.tile_server import TileServer, serve_tiles  # noqa: E402

from mapujpomoc_store.web_page import web_dir  # noqa: E402

# where "I" am in the tests: central Olsztyn (commune 2862011), where the seeded points are densest
HERE_LAT, HERE_LON = 53.7784, 20.4801
SECRET_NAME = "Schronisko Tajne Zielone 4471"  # the staff-only point: never in the page's traffic
SECRET_STREET = "UlicaPrzybliżonaTajna"  # the approximate point's street: never in the page's traffic
TILE_ATTRIBUTION = "Test tiles of the suite"
SEED_COUNT = 3000


@dataclass
class WebWorld:
    server: StoreServer
    tiles: TileServer
    db_path: Path
    secret_id: str = ""
    approximate_id: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return self.server.url + "/"

    def db(self) -> sqlite3.Connection:
        conn = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        return conn


@pytest.fixture(scope="session")
def web_built() -> Path:
    root = web_dir()
    if not (root / "index.html").exists():
        pytest.fail(f"the web page is not built in {root}: run `make web`")
    return root


@pytest.fixture(scope="session")
def web_world(tmp_path_factory: pytest.TempPathFactory, shared_data: Path, web_built: Path) -> Iterator[WebWorld]:
    work = tmp_path_factory.mktemp("web")
    db_path = work / "store.db"
    database = StoreDatabase(sqlite_url(db_path), shared_data)
    database.prepare(seed_count=SEED_COUNT, users=[("admin", "admin", [])])
    with serve_tiles() as tiles:
        # the basemap as an operator sets it: `serve --tile-url/--tile-attribution`
        server = StoreServer(database, extra_args=["--tile-url", tiles.url, "--tile-attribution", TILE_ATTRIBUTION])
        server.start()
        world = WebWorld(server, tiles, db_path)
        world.secret_id, world.approximate_id = str(uuid.uuid4()), str(uuid.uuid4())
        ops = [
            {"op": "create", "collection": "aid_points", "id": world.secret_id,
             "geometry": point(HERE_LON + 0.0004, HERE_LAT + 0.0002),
             "properties": valid_props(name=SECRET_NAME, visibility="staff_only", help_types=["legal"],
                                       opening_hours="24/7")},
            {"op": "create", "collection": "aid_points", "id": world.approximate_id,
             "geometry": point(HERE_LON - 0.0005, HERE_LAT - 0.0003),
             "properties": valid_props(name="Punkt Przybliżony", visibility="approximate", help_types=["legal"],
                                       street=SECRET_STREET, opening_hours="24/7")},
        ]
        reply = requests.post(server.url + "/changesets", headers=server.auth("admin"),
                              json={"id": str(uuid.uuid4()), "operations": ops}, timeout=60)
        assert reply.status_code == 200 and reply.json()["applied"], reply.text
        try:
            yield world
        finally:
            server.stop()


@pytest.fixture(scope="session")
def chromium_available() -> None:
    if chromium_path() is None:
        pytest.fail("Chromium is missing: scripts/bootstrap.sh installs Debian's chromium")


def open_browser(lang: str) -> Chromium:
    browser = Chromium(lang=lang)
    browser.page.call("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=1, mobile=True)
    return browser


@pytest.fixture
def browser_uk(chromium_available: None) -> Iterator[Chromium]:
    with open_browser("uk") as browser:
        yield browser


@pytest.fixture
def browser_pl(chromium_available: None) -> Iterator[Chromium]:
    with open_browser("pl") as browser:
        yield browser


def db_rows(world: WebWorld) -> list[sqlite3.Row]:
    with closing(world.db()) as conn:
        return conn.execute("SELECT id, teryt, status, tags, public_view, minx, miny, public_x, public_y, properties "
                            "FROM features WHERE collection = 'aid_points' AND NOT deleted").fetchall()


@pytest.fixture(scope="session")
def prg(shared_data: Path):  # type: ignore[no-untyped-def]
    from storelib import Prg
    return Prg(shared_data)
