"""Seeded generator of realistic demo aid points inside the imported communes.

Urban communes (TERYT type digit 1) get most points, urban-rural ones (3)
fewer, rural ones (2) a few; points cluster around the commune's centre. The
category mix follows what Mapuj Pomoc lists most: information, in-kind help,
food, legal and psychological aid, and one social welfare office per commune.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from typing import Any

import numpy as np
import shapely
from shapely.geometry import shape
from sqlalchemy import Engine, select, update

from mapujpomoc_model import catalog

from . import db
from .auth import now_iso
from .features import normalise, stored_values
from .geo import CommuneIndex

TYPE_WEIGHT = {"1": 10.0, "3": 4.0, "4": 4.0, "2": 1.0, "5": 1.0, "8": 10.0, "9": 10.0}
HELP_WEIGHTS = {
    "information": 14, "material": 12, "food": 11, "legal": 9, "psychological": 9, "accommodation": 7,
    "translation": 6, "education": 7, "employment": 5, "medical": 4, "childcare": 4, "financial": 3,
    "transport": 2, "disability": 2, "integration": 5, "reception": 1, "social_welfare": 1,
}
ORGS = [
    ("Fundacja Ocalenie", "ngo"), ("Polska Akcja Humanitarna", "ngo"), ("Caritas", "religious"),
    ("Polski Czerwony Krzyż", "ngo"), ("Stowarzyszenie Nomada", "ngo"), ("Fundacja Dialog", "ngo"),
    ("Urząd Miasta", "local_government"), ("Urząd Gminy", "local_government"),
    ("Powiatowe Centrum Pomocy Rodzinie", "local_government"), ("Urząd Wojewódzki", "government"),
    ("UNHCR", "international"), ("IOM Polska", "international"), ("Parafia rzymskokatolicka", "religious"),
    ("Cerkiew prawosławna", "religious"), ("Grupa Pomocy Ukrainie", "informal"), ("Biuro Tłumaczeń", "business"),
    ("Fundacja Ukraiński Dom", "ngo"), ("Centrum Wolontariatu", "ngo"), ("Klub Integracji Społecznej", "ngo"),
]
NAME_PATTERNS = {
    "information": "Punkt informacyjny dla obywateli Ukrainy", "material": "Magazyn pomocy rzeczowej",
    "food": "Bank żywności", "legal": "Nieodpłatna pomoc prawna", "psychological": "Punkt wsparcia psychologicznego",
    "accommodation": "Hostel dla uchodźców", "translation": "Punkt tłumaczeń", "education": "Kurs języka polskiego",
    "employment": "Punkt doradztwa zawodowego", "medical": "Punkt medyczny", "childcare": "Świetlica dla dzieci",
    "financial": "Punkt pomocy finansowej", "transport": "Transport dla uchodźców",
    "disability": "Wsparcie osób z niepełnosprawnościami", "integration": "Klub integracyjny",
    "reception": "Punkt recepcyjny", "social_welfare": "Ośrodek Pomocy Społecznej",
}
STREETS = ["Mickiewicza", "Kościuszki", "Słowackiego", "Dworcowa", "Kolejowa", "Sienkiewicza", "Piłsudskiego",
           "Polna", "Lipowa", "Szkolna", "Ogrodowa", "Leśna", "Długa", "Krótka", "Kopernika", "Warszawska",
           "Rynek", "Plac Wolności", "Jana Pawła II", "1 Maja", "Armii Krajowej", "Grunwaldzka", "Zamkowa"]
HOURS = ["Mo-Fr 08:00-16:00", "Mo-Fr 09:00-17:00; Sa 10:00-14:00", "Mo,We,Fr 10:00-15:00", "24/7",
         "Tu,Th 12:00-18:00", "Mo-Fr 08:00-15:30", "Mo-Sa 09:00-13:00"]


def _random_point_in(geom: Any, rng: random.Random, urban: bool) -> tuple[float, float]:
    minx, miny, maxx, maxy = geom.bounds
    centre = geom.representative_point()
    spread = 0.15 if urban else 0.35
    for _ in range(200):
        if urban or rng.random() < 0.6:
            x = rng.gauss(centre.x, (maxx - minx) * spread)
            y = rng.gauss(centre.y, (maxy - miny) * spread)
        else:
            x, y = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
        if geom.contains(shapely.Point(x, y)):
            return round(x, 6), round(y, 6)
    return round(centre.x, 6), round(centre.y, 6)


def _props(rng: random.Random, commune: str, urban: bool, help_type: str | None) -> dict[str, Any]:
    codes, weights = zip(*HELP_WEIGHTS.items())
    main = help_type or rng.choices(codes, weights)[0]
    extra = rng.sample(codes, rng.choice([0, 0, 1, 1, 2]))
    help_types = [main] + [c for c in extra if c != main and c != "social_welfare"]
    org, org_type = rng.choice(ORGS)
    if main == "social_welfare":
        org, org_type = ("Miejski" if urban else "Gminny") + " Ośrodek Pomocy Społecznej", "local_government"
    forms = ["on_site"] + (["online"] if rng.random() < 0.3 else []) + (["hotline"] if rng.random() < 0.2 else [])
    languages = ["pl", "uk"] + [lang for lang in ("ru", "en") if rng.random() < 0.3]
    slug = "".join(ch for ch in catalog.label(catalog.HELP_TYPES, main, "en").lower() if ch.isalpha())[:12]
    verified = dt.date.today() - dt.timedelta(days=rng.randint(0, 720))
    status = rng.choices(["active", "inactive", "unverified"], [85, 5, 10])[0]
    return {
        "name": f"{NAME_PATTERNS[main]} – {commune}",
        "organization": org, "org_type": org_type, "help_types": help_types, "forms": forms,
        "languages": languages,
        "description": f"{catalog.label(catalog.HELP_TYPES, main, 'pl')} dla osób z Ukrainy. "
                       f"{catalog.label(catalog.HELP_TYPES, main, 'uk')} для людей з України.",
        "street": rng.choice(STREETS), "house_number": str(rng.randint(1, 120)),
        "postcode": f"{rng.randint(10, 99)}-{rng.randint(0, 999):03d}", "city": commune,
        "phone": f"+48 {rng.randint(500, 899)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        "email": f"{slug}{rng.randint(1, 999)}@pomoc.example.pl", "website": f"https://pomoc.example.pl/{slug}",
        "opening_hours": rng.choice(HOURS),
        "target_groups": rng.sample([e.code for e in catalog.TARGET_GROUPS], rng.choice([0, 1, 2])),
        "status": status, "verified_at": verified.isoformat() if status != "unverified" else None,
    }


def seed(engine: Engine, count: int, seed_value: int = 1, user: str = "seed") -> int:
    """Insert `count` generated points (bulk, one history row each); returns how many."""
    rng = random.Random(seed_value)
    with engine.connect() as conn:
        rows = conn.execute(select(db.boundaries.c.code, db.boundaries.c.name, db.boundaries.c.geometry)
                            .where(db.boundaries.c.level == "gmina").order_by(db.boundaries.c.code)).all()
    if not rows:
        raise ValueError("no communes imported; run 'import-boundaries --level gmina FILE' first")
    communes = [(r.code, r.name, shape(json.loads(r.geometry))) for r in rows]
    for _, _, g in communes:
        shapely.prepare(g)
    weights = [TYPE_WEIGHT.get(code[-1], 1.0) for code, _, _ in communes]
    # communes get their social welfare office first (at most a fifth of the points, so that small
    # seeds still show the whole mix of help), the rest by weight
    picks = [(i, "social_welfare") for i in range(min(count // 5, len(communes)))]
    picks += [(i, None) for i in rng.choices(range(len(communes)), weights, k=max(0, count - len(picks)))]
    generated = []
    for i, help_type in picks:
        code, name, geom = communes[i]
        urban = code[-1] in "13489"
        lon, lat = _random_point_in(geom, rng, urban)
        generated.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), lon, lat,
                          normalise("aid_points", _props(rng, name, urban, help_type))))
    at = now_iso()
    with engine.execution_options(write=True).begin() as conn:
        index = CommuneIndex()
        index.refresh(conn)
        teryts = index.communes_at(np.array([g[1] for g in generated]), np.array([g[2] for g in generated]))
        version = conn.execute(select(db.counter.c.value).where(db.counter.c.name == "version")
                               .with_for_update()).scalar_one()
        feature_rows, history_rows = [], []
        for (fid, lon, lat, props), teryt in zip(generated, teryts):
            version += 1
            values, full = stored_values(props, {"type": "Point", "coordinates": [lon, lat]}, teryt, version, at, user)
            feature_rows.append(dict(collection="aid_points", id=fid, **values))
            history_rows.append(dict(collection="aid_points", feature_id=fid, version=version, op="create",
                                     user_name=user, at=at, changeset=None, changes=json.dumps(
                                         {k: [None, full[k]] for k in [*props, "teryt"] if full[k] is not None}
                                         | {"geometry": [None, {"type": "Point", "coordinates": [lon, lat]}]},
                                         ensure_ascii=False)))
        for start in range(0, len(feature_rows), 5000):
            conn.execute(db.features.insert(), feature_rows[start:start + 5000])
            conn.execute(db.history.insert(), history_rows[start:start + 5000])
        conn.execute(update(db.counter).where(db.counter.c.name == "version").values(value=version))
    return len(generated)
