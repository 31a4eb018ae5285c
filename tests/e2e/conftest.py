"""Fixtures for end-to-end tests (helpers are in e2elib.py)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from e2elib import Clone


@pytest.fixture
def clone(tmp_path: Path, store):  # type: ignore[no-untyped-def]
    """Factory: clone('ed_olsztyn') -> a working copy of that user (not yet synced)."""
    def make(user: str) -> Clone:
        return Clone(tmp_path / f"{user}-{uuid.uuid4().hex[:6]}.gpkg", store, user)
    return make


