"""Fixtures of the store tests: the PRG files read independently, and an HTTP client per store."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from storelib import Api, Prg  # noqa: E402


@pytest.fixture(scope="session")
def prg(shared_data: Path) -> Prg:
    return Prg(shared_data)


@pytest.fixture(scope="module")
def api(store) -> Iterator[Api]:  # type: ignore[no-untyped-def]
    client = Api(store)
    yield client
    client.session.close()
