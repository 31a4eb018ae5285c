"""Crowd one commune of a working copy with extra local points (more than an atlas sheet can list)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path


def add_points(path: Path, commune: str, count: int, seed: int = 7) -> list[str]:
    """Insert `count` points inside `commune` of the working copy `path`; returns their (unique) phones."""
    from qgis.core import QgsPointXY

    from mapujpomoc_model import schema
    from mapujpomoc_model.gpkg_geom import encode, register_functions
    from mapujpomoc_qgis.core.region import Boundaries
    from mapujpomoc_qgis.core.sync import rows

    shape = Boundaries(path).units[commune].geometry
    box = shape.boundingBox()
    rng = random.Random(seed)
    fields = schema.fields_by_name("aid_points")
    phones: list[str] = []
    conn = sqlite3.connect(path)
    register_functions(conn)  # the GeoPackage's R-tree triggers call ST_* functions
    try:
        while len(phones) < count:
            x, y = rng.uniform(box.xMinimum(), box.xMaximum()), rng.uniform(box.yMinimum(), box.yMaximum())
            if not shape.contains(QgsPointXY(x, y)):
                continue
            phone = f"+48 {600 + len(phones)} 123 {rng.randint(100, 999)}"
            values = {"name": f"Punkt zbiórki {len(phones) + 1:02d}", "help_types": ["food", "legal"],
                      "phone": phone, "city": "Testowo", "street": "Polna", "house_number": str(len(phones) + 1),
                      "opening_hours": "Mo-Fr 08:00-16:00", "teryt": commune}
            conn.execute(f"INSERT INTO aid_points (geom, {', '.join(values)}) VALUES (?{', ?' * len(values)})",
                         (encode({"type": "Point", "coordinates": [x, y]}),
                          *(rows.to_column(fields[k], v) for k, v in values.items())))
            phones.append(phone)
        conn.commit()
    finally:
        conn.close()
    return phones
