"""Fixtures for the headless-QGIS tests of the plugin.

- `synced_workcopy`: a working copy of `ed_olsztyn` after a first sync with the real store
  (once per test module and store backend), made with the plugin's core only.
- `make_workcopy(path, store, user)`: the same for any path, store and user.
- `ui_language`: set QGIS's UI locale for one test (the previous one comes back afterwards).
- `auth_db`: the QGIS authentication database of pytest-qgis's throwaway profile, unlocked with a
  master password, as a user would have it after entering theirs.
- `clean_settings`: removes the plugin's and the proxy's QgsSettings before and after a test.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsApplication, QgsSettings

from mapujpomoc_qgis.core.connection.client import StoreClient
from mapujpomoc_qgis.core.sync.syncer import Syncer
from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy

MASTER_PASSWORD = "pytest-master-password"


@dataclass
class SyncedWorkcopy:
    path: Path
    me: dict[str, Any]
    user: str


def sync_workcopy(path: Path, store: Any, user: str) -> SyncedWorkcopy:
    """Make (or update) `path` as the working copy of `user` with one sync, as the plugin's task does."""
    with WorkingCopy.open_or_create(path, store.url) as wc, \
            StoreClient(store.url, store.token(user), user=user) as client:
        Syncer(wc, client).sync()
        me = wc.meta_json("me")
    return SyncedWorkcopy(path, me, user)


@pytest.fixture(scope="module")
def synced_workcopy(store: Any, tmp_path_factory: pytest.TempPathFactory, qgis_app: Any) -> SyncedWorkcopy:
    return sync_workcopy(tmp_path_factory.mktemp("workcopy") / "olsztyn.gpkg", store, "ed_olsztyn")


@pytest.fixture
def make_workcopy(qgis_app: Any) -> Any:
    """make_workcopy(path, store, user): sync a working copy of `user` into `path`."""
    return sync_workcopy


@pytest.fixture
def ui_language() -> Iterator[Any]:
    """ui_language('pl_PL'): QGIS's UI locale for this test."""
    settings = QgsSettings()
    previous = settings.value("locale/userLocale", None)

    def set_locale(value: str) -> None:
        settings.setValue("locale/userLocale", value)

    yield set_locale
    if previous is None:
        settings.remove("locale/userLocale")
    else:
        settings.setValue("locale/userLocale", previous)


@pytest.fixture(scope="session")
def auth_db(qgis_app: Any) -> Any:
    """The QGIS auth manager with its database unlocked (pytest-qgis gives each session a fresh profile)."""
    manager = QgsApplication.authManager()
    assert not manager.isDisabled(), manager.disabledMessage()
    # never the real profile of whoever runs the tests
    assert not Path(manager.authenticationDatabasePath()).is_relative_to(Path.home())
    if not manager.masterPasswordIsSet():
        # the first time it is set, QGIS stores its hash; afterwards it verifies against it
        assert manager.setMasterPassword(MASTER_PASSWORD, True)
    return manager


def _clear(prefixes: tuple[str, ...]) -> None:
    settings = QgsSettings()
    for prefix in prefixes:
        settings.remove(prefix)
    settings.sync()


@pytest.fixture
def clean_settings() -> Iterator[QgsSettings]:
    prefixes = ("mapujpomoc", "proxy")
    _clear(prefixes)
    yield QgsSettings()
    _clear(prefixes)



@pytest.fixture
def mapujpomoc_algorithms(qgis_app: Any) -> Iterator[Any]:
    """QGIS's Processing registry with the plugin's provider registered for one test."""
    from mapujpomoc_qgis.processing.provider import MapujPomocProvider

    registry = QgsApplication.processingRegistry()
    provider = MapujPomocProvider()
    registry.addProvider(provider)
    yield registry
    registry.removeProvider(provider)
