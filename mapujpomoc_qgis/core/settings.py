"""The plugin's settings: where the store is, which auth config, where the working copy lives.

Only the id of a QGIS auth configuration is kept here; the token itself stays
in the QGIS authentication database (as QFieldSync does).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from urllib.parse import urlparse

from qgis.core import QgsSettings

PREFIX = "mapujpomoc/"


def default_workcopy(store_url: str) -> str:
    host = urlparse(store_url).netloc.replace(":", "_") or "store"
    return str(Path.home() / "MapujPomoc" / f"{host}.gpkg")


@dataclass
class ConnectionSettings:
    store_url: str = ""
    authcfg: str = ""
    workcopy: str = ""
    timeout: int = 60

    @classmethod
    def load(cls) -> ConnectionSettings:
        s = QgsSettings()
        out = cls()
        for f in fields(cls):
            setattr(out, f.name, s.value(PREFIX + f.name, getattr(out, f.name), type=type(getattr(out, f.name))))
        return out

    def save(self) -> None:
        s = QgsSettings()
        for f in fields(self):
            s.setValue(PREFIX + f.name, getattr(self, f.name))

    @property
    def complete(self) -> bool:
        return bool(self.store_url and self.authcfg)

    def workcopy_path(self) -> str:
        return self.workcopy or default_workcopy(self.store_url)
