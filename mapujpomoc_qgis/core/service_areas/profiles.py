"""How fast each road is travelled: profiles, OSM tags and the rule per road (docs/ARCHITECTURE.md,
"Service areas"). Pure Python: no QGIS import.

Road classes and profiles
-------------------------
By default the class is the OSM `highway` field, and the OSM tags in QGIS's `other_tags`
hstore-like string (`"oneway"=>"yes","foot"=>"no"`) are read for one-way streets and access. Any
other line layer works with `class_field` naming its class field and a profile whose `speeds` map
those classes (BDOT10K_WALK and BDOT10K_DRIVE for BDOT10k's `KLASA_DROG`). A profile gives a
speed in km/h per class, a default speed for classes it does not list (or None: such roads are
not used), classes never used, and whether one-way streets count:

- WALK: 5 km/h everywhere people may walk; motorways (and `motorroad=yes`, `foot=no`,
  `access=no` without a foot permission) are left out; one-way streets are walked both ways.
- DRIVE: a speed per highway class; footways, paths, steps, cycleways and the like are left out,
  as are roads with `access`, `vehicle`, `motor_vehicle` or `motorcar` = no; `oneway=yes/true/1`
  is driven only along the line, `oneway=-1/reverse` only against it, `junction=roundabout`
  counts as one-way unless `oneway=no`.

Profiles are frozen; `profile.with_speeds({...})` gives an edited copy, and `profile_for(name,
class_field, speeds)` the profile for a road layer's class field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..i18n import tr
from . import ServiceAreaError

FORWARD, BACKWARD, BOTH = 1, -1, 0

NOT_ROADS = frozenset({"construction", "proposed", "abandoned", "disused", "planned", "razed", "raceway",
                       "bus_guideway", "escape", "emergency_bay", "rest_area", "services"})

NOT_FOR_CARS = frozenset({"footway", "path", "steps", "cycleway", "pedestrian", "bridleway", "corridor",
                          "elevator", "platform", "sidewalk", "crossing", "trail", "via_ferrata"})

DRIVE_SPEEDS: dict[str, float] = {
    "motorway": 120.0, "motorway_link": 60.0, "trunk": 90.0, "trunk_link": 50.0,
    "primary": 70.0, "primary_link": 40.0, "secondary": 60.0, "secondary_link": 40.0,
    "tertiary": 50.0, "tertiary_link": 30.0, "unclassified": 40.0, "road": 30.0,
    "residential": 30.0, "living_street": 10.0, "service": 20.0, "track": 15.0,
}

# BDOT10k (SKJZ, field KLASA_DROG): A autostrada, S ekspresowa, GP główna ruchu przyspieszonego, G główna,
# Z zbiorcza, L lokalna, D dojazdowa, I inna
BDOT10K_DRIVE_SPEEDS: dict[str, float] = {"A": 120.0, "S": 100.0, "GP": 70.0, "G": 60.0, "Z": 50.0, "L": 40.0,
                                          "D": 30.0, "I": 20.0}


@dataclass(frozen=True)
class Profile:
    """How fast each road class is travelled, in km/h (see the module docstring)."""

    name: str
    speeds: Mapping[str, float] = field(default_factory=dict)
    default_speed: float | None = None  # km/h for classes not in `speeds`; None: not used
    oneway: bool = False  # honour one-way streets
    excluded: frozenset[str] = frozenset()  # classes never used
    osm_access: bool = True  # read access tags from `other_tags` (OSM layers)

    def speed(self, road_class: str | None) -> float | None:
        """km/h for a road class, or None when this profile does not use it."""
        if road_class is None or road_class == "":
            return None
        road_class = str(road_class)
        if road_class in self.excluded:
            return None
        value = self.speeds.get(road_class, self.default_speed)
        return float(value) if value is not None and value > 0 else None

    def with_speeds(self, speeds: Mapping[str, float], *, default_speed: float | None = None,
                    keep_default: bool = True) -> Profile:
        """A copy with these class speeds (km/h) changed, the others kept; 0 leaves a class out.

        A class given a positive speed is no longer excluded. `default_speed` replaces the speed of
        unlisted classes unless `keep_default` (then the profile's own is kept).
        """
        merged = dict(self.speeds)
        merged.update({str(k): float(v) for k, v in speeds.items()})
        default = self.default_speed if keep_default else default_speed
        excluded = frozenset(k for k in self.excluded if not (k in merged and merged[k] > 0))
        return Profile(self.name, merged, default, self.oneway, excluded, self.osm_access)

    def key(self) -> tuple[Any, ...]:
        """A hashable description (the graph cache uses it)."""
        return (self.name, tuple(sorted(self.speeds.items())), self.default_speed, self.oneway,
                tuple(sorted(self.excluded)), self.osm_access)


WALK = Profile("walk", {}, 5.0, oneway=False, excluded=NOT_ROADS | {"motorway", "motorway_link"})
DRIVE = Profile("drive", DRIVE_SPEEDS, None, oneway=True, excluded=NOT_ROADS | NOT_FOR_CARS)
BDOT10K_WALK = Profile("walk", {}, 5.0, oneway=False, excluded=frozenset({"A", "S"}), osm_access=False)
BDOT10K_DRIVE = Profile("drive", BDOT10K_DRIVE_SPEEDS, None, oneway=True, osm_access=False)
PROFILES = {"walk": WALK, "drive": DRIVE}


def profile(name: str, speeds: Mapping[str, float] | None = None) -> Profile:
    """The built-in OSM profile `name` ('walk' or 'drive'), with some class speeds changed."""
    base = PROFILES[name]
    return base.with_speeds(speeds) if speeds else base


def profile_for(name: str, class_field: str = "highway", speeds: dict[str, float] | None = None) -> Profile:
    """The travel profile `name` (walk or drive) for a road layer whose class is in `class_field`.

    OSM `highway` and BDOT10k `KLASA_DROG` have built-in speeds; any other class field walks at
    5 km/h and drives at 30 km/h on every class unless `speeds` maps its classes.
    """
    if name not in PROFILES:
        raise ServiceAreaError(tr("Unknown profile {0}; use walk or drive.").format(name))
    speeds = speeds or {}
    if class_field == "highway":
        return profile(name, speeds)
    if class_field.upper() == "KLASA_DROG":
        base = BDOT10K_WALK if name == "walk" else BDOT10K_DRIVE
        return base.with_speeds(speeds) if speeds else base
    if name == "walk":
        return Profile("walk", dict(speeds), 5.0, oneway=False, osm_access=False)
    return Profile("drive", dict(speeds), 30.0, oneway=True, osm_access=False)


def profile_speeds(profile: Profile, classes: Iterable[str]) -> dict[str, float]:
    """km/h of each class under `profile` (0 where it is not used): what the speed table starts with."""
    return {c: profile.speed(c) or 0.0 for c in classes}


# -- OSM tags ----------------------------------------------------------------------------------------------

_TAG = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')


def parse_other_tags(text: str | None) -> dict[str, str]:
    """QGIS/GDAL's OSM `other_tags` string (`"k"=>"v","k2"=>"v2"`) as a dict."""
    if not text:
        return {}
    return {k.replace('\\"', '"'): v.replace('\\"', '"') for k, v in _TAG.findall(str(text))}


def oneway_direction(value: str | None, roundabout: bool = False) -> int:
    """FORWARD, BACKWARD or BOTH for an OSM oneway value (yes/true/1, -1/reverse, anything else)."""
    v = (str(value).strip().lower() if value is not None else "")
    if v in ("yes", "true", "1"):
        return FORWARD
    if v in ("-1", "reverse"):
        return BACKWARD
    if roundabout and v not in ("no", "false", "0"):
        return FORWARD
    return BOTH


_NO = ("no",)
_FOOT_OK = ("yes", "designated", "permissive", "official")


def road_rule(profile: Profile, road_class: str | None, tags: Mapping[str, str] | None,
              oneway: str | None = None) -> tuple[float | None, int]:
    """(speed in km/h or None when not used, direction) of one road for a profile."""
    speed = profile.speed(road_class)
    if speed is None:
        return None, BOTH
    tags = tags or {}
    if profile.osm_access and tags:
        access = tags.get("access")
        if profile.oneway:  # driving
            allowed = [tags.get(k) for k in ("motorcar", "motor_vehicle", "vehicle")]
            explicit = next((a for a in allowed if a is not None), None)
            if explicit in _NO or (explicit is None and access in _NO):
                return None, BOTH
        else:
            foot = tags.get("foot")
            if foot in _NO or tags.get("motorroad") == "yes" or (access in _NO and foot not in _FOOT_OK):
                return None, BOTH
    if not profile.oneway:
        return speed, BOTH
    value = oneway if oneway is not None else tags.get("oneway")
    return speed, oneway_direction(value, tags.get("junction") in ("roundabout", "circular"))
