"""Fixtures for the real-desktop tests (QGIS started as a program under Xvfb, see harness.py).

- `desktop_tools`: QGIS and Xvfb are installed (skipped without them, failed on CI).
- `plugin_zip`: the plugin zip built as `make zip` builds it, once per session.
- `desktop_store`: a store on SQLite (the session's prepared template: boundaries, seeded points, users).
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import build_plugin_zip  # noqa: E402
from support.store_server import StoreServer  # noqa: E402


@pytest.fixture(scope="session")
def desktop_tools() -> None:
    missing = [tool for tool in ("qgis", "Xvfb") if shutil.which(tool) is None]
    if missing:
        message = f"the desktop tests need {' and '.join(missing)} (make bootstrap installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def plugin_zip(tmp_path_factory: pytest.TempPathFactory, desktop_tools: None) -> Path:
    return build_plugin_zip(tmp_path_factory.mktemp("zip") / "mapujpomoc_qgis.zip")


@pytest.fixture(scope="module")
def desktop_store(store_templates, desktop_tools: None) -> Iterator[StoreServer]:  # type: ignore[no-untyped-def]
    database = store_templates.fresh("sqlite")
    server = StoreServer(database, log_dir=store_templates.workdir / f"serve{store_templates.count}")
    server.start()
    yield server
    server.stop()
