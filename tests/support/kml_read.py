"""Read an exported KML back whichever KML driver this GDAL has.

GDAL's LIBKML driver reads every SimpleData of a placemark as a field; the older KML driver (the only one
in, for instance, Debian sid's GDAL 3.13) reads only the name and the description. So the tests read a
layer with LIBKML where it is registered and straight from the XML otherwise, into the same shape:
one `KmlFeature` per placemark, with LIBKML's names for the placemark's own elements ("Name",
"description") and the SimpleData under their own names, typed by the Schema as LIBKML types them.
`test_export.py` checks that both ways read the same.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from osgeo import gdal, ogr

KML = "{http://www.opengis.net/kml/2.2}"
# fields LIBKML makes from a placemark's own elements: not data of ours (but "Name" and "description");
# "id" (the placemark's id attribute) since GDAL 3.8 or so: 3.10 has it, 3.6 not
LIBKML_OWN = frozenset(("id", "timestamp", "begin", "end", "altitudeMode", "tessellate", "extrude", "visibility",
                        "drawOrder", "icon", "snippet"))


@dataclass
class KmlFeature:
    fields: dict[str, Any]  # "Name", "description" and every SimpleData (None where the placemark has none)
    style: str | None  # "@help-food" for <styleUrl>#help-food</styleUrl>
    geometry: str | None  # "POINT", "MULTIPOLYGON", ... (OGR's name)
    xy: tuple[float, float] | None = field(default=None)  # a point's longitude and latitude


def libkml_present() -> bool:
    return gdal.GetDriverByName("LIBKML") is not None


def read_layer(path: Path, layer: str) -> list[KmlFeature]:
    """The placemarks of `layer`, with LIBKML where registered, else from the XML."""
    return read_with_libkml(path, layer) if libkml_present() else read_xml(path, layer)


def read_with_libkml(path: Path, layer: str) -> list[KmlFeature]:
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR, allowed_drivers=["LIBKML"])
    lyr = ds.GetLayerByName(layer)
    out = []
    for feat in lyr:
        values = {k: v for k, v in feat.items().items() if k not in LIBKML_OWN}
        geom = feat.GetGeometryRef()
        name = geom.GetGeometryName() if geom is not None else None
        if name == "POLYGON":  # LIBKML reads a one-part MultiGeometry as a polygon
            name = "MULTIPOLYGON"
        xy = (geom.GetX(), geom.GetY()) if name == "POINT" else None
        out.append(KmlFeature(values, feat.GetStyleString(), name, xy))
    del lyr, ds  # (a layer lives only as long as its dataset)
    return out


_TYPES = {"int": int, "uint": int, "short": int, "ushort": int, "float": float, "double": float}


def read_xml(path: Path, layer: str) -> list[KmlFeature]:
    root = ET.parse(path).getroot()
    types: dict[str, Any] = {}
    fields: list[str] = []
    for schema in root.iter(f"{KML}Schema"):
        if schema.get("name") == layer:
            for sf in schema.iter(f"{KML}SimpleField"):
                fields.append(sf.get("name"))
                types[sf.get("name")] = _TYPES.get(sf.get("type"), str)
    [folder] = [f for f in root.iter() if f.tag in (f"{KML}Folder", f"{KML}Document")
                and f.findtext(f"{KML}name") == layer]
    out = []
    for pm in folder.iter(f"{KML}Placemark"):
        values: dict[str, Any] = {"Name": pm.findtext(f"{KML}name"), "description": pm.findtext(f"{KML}description")}
        values.update(dict.fromkeys(fields))
        for data in pm.iter(f"{KML}SimpleData"):
            values[data.get("name")] = types.get(data.get("name"), str)(data.text or "")
        url = pm.findtext(f"{KML}styleUrl")
        style = "@" + url[1:] if url and url.startswith("#") else url
        geometry, xy = None, None
        if pm.find(f"{KML}Point") is not None:
            geometry = "POINT"
            lon, lat = pm.findtext(f"{KML}Point/{KML}coordinates").strip().split(",")[:2]
            xy = (float(lon), float(lat))
        elif pm.find(f"{KML}MultiGeometry") is not None or pm.find(f"{KML}Polygon") is not None:
            geometry = "MULTIPOLYGON"
        out.append(KmlFeature(values, style, geometry, xy))
    return out


class PlainKmlOnly:
    """GDAL without its LIBKML driver while inside (as Debian sid's GDAL 3.13): a KML opens with the older
    KML driver. LIBKML is registered again on leaving, before the KML driver as GDAL registers them, so
    that a KML opens with LIBKML again (GDAL tries drivers in the order they were registered)."""

    def __enter__(self) -> PlainKmlOnly:
        self.libkml = ogr.GetDriverByName("LIBKML")
        if self.libkml is not None:
            self.libkml.Deregister()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.libkml is not None:
            plain = ogr.GetDriverByName("KML")
            plain.Deregister()
            self.libkml.Register()
            plain.Register()
