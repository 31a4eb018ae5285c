"""Road line layers into the road graph, and the graph cache per layer (docs/ARCHITECTURE.md,
"Service areas"). The QGIS side of `graph`, which stays pure.

    graph = cached_graph(roads_layer, WALK, crs="EPSG:2180")      # built once per layer, until it changes
    graph = graph_from_layer(layer_or_source, profile, crs)        # built afresh (Processing, the CLI)

Reading a layer
---------------
`graph_from_layer` reads the class (and tag / oneway) fields and the geometries, curves
segmentized, and transforms all vertices to the metric CRS in one call. A file layer of the OGR
provider without unsaved edits is read straight through GDAL's Arrow stream (same features, same
order, same subset filter as the provider, about three times quicker); any other layer, or any
trouble on that path, goes through QGIS's feature iterator. Both give identical graphs. Each
distinct (class, tags, oneway) gets its speed and direction from `profiles.road_rule` once.

A task's worker thread must not touch a project layer: `LayerSnapshot(layer)`, made on the main
thread, is what the worker reads instead (fields, CRS and a QgsVectorLayerFeatureSource).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from typing import Any

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsLineString,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
    QgsWkbTypes,
)

from ..errors import Cancelled
from ..i18n import tr
from ..progress import Feedback, checkpoint
from . import ServiceAreaError
from .graph import DEFAULT_CRS, DEFAULT_SNAP, RoadGraph, build_graph_flat
from .profiles import WALK, Profile, parse_other_tags, road_rule

READ_CHECK_EVERY = 4096  # features read between two looks for a cancel


def as_crs(crs: Any) -> QgsCoordinateReferenceSystem:
    """A QgsCoordinateReferenceSystem of a CRS or an authid such as "EPSG:2180"."""
    return crs if isinstance(crs, QgsCoordinateReferenceSystem) else QgsCoordinateReferenceSystem(str(crs))


def crs_id(crs: Any) -> str:
    c = as_crs(crs)
    return c.authid() or c.toWkt()


def source_crs(source: Any) -> QgsCoordinateReferenceSystem:
    """The CRS of a layer, a snapshot or a Processing feature source (which has only sourceCrs())."""
    return source.sourceCrs() if hasattr(source, "sourceCrs") else source.crs()


def plain_value(v: Any) -> Any:
    """A plain Python value of an attribute (NULL QVariants and bytes from GDAL become None and str)."""
    if v is None or isinstance(v, (str, int, float)):
        return v
    if isinstance(v, bytes):
        return v.decode("utf-8", "replace")
    if hasattr(v, "isNull") and v.isNull():
        return None
    return v if isinstance(v, bool) else str(v)


# -- reading a layer ---------------------------------------------------------------------------------------

def graph_from_layer(layer: Any, profile: Profile = WALK, crs: Any = DEFAULT_CRS, *, class_field: str = "highway",
                     tags_field: str | None = "other_tags", oneway_field: str | None = None,
                     snap: float = DEFAULT_SNAP, feedback: Feedback | None = None, fast: bool = True) -> RoadGraph:
    """The graph of a QGIS line layer (or any feature source), transformed to the metric `crs`.

    `class_field` holds the road class (OSM `highway` by default); `tags_field` an OSM `other_tags`
    string (ignored when the layer has no such field); `oneway_field` a field of oneway values.
    Features whose class the profile does not use are skipped. A file layer of the OGR provider
    without unsaved edits is read straight through GDAL's Arrow interface (the same features, in the
    same order, as the provider gives; `fast=False` reads through QGIS's feature iterator instead).
    """
    fields = layer.fields()
    for name in (class_field, oneway_field):
        if name and fields.indexOf(name) < 0:
            raise ServiceAreaError(tr("The roads have no field {0}.").format(name))
    if (tags_field and fields.indexOf(tags_field) < 0) or not (profile.osm_access or profile.oneway):
        tags_field = None
    names = [class_field, tags_field, oneway_field]
    records = _read_ogr(layer, names, feedback) if fast else None
    if records is None:
        records = _read_features(layer, names, feedback)
    used, speeds, dirs = _road_rules(profile, records)
    xy, counts, owner = _parse_lines([records[0][i] for i in used])
    dest = as_crs(crs)
    src = source_crs(layer)
    if src != dest and xy.shape[0]:
        xy = _transform_xy(xy, QgsCoordinateTransform(src, dest, QgsProject.instance()))
    return build_graph_flat(xy, counts, np.asarray(speeds)[owner], np.asarray(dirs, dtype=np.int8)[owner],
                            crs=crs_id(dest), snap=snap, profile_name=profile.name)


Records = tuple[list[Any], list[Any], list[Any], list[Any]]  # WKB (None: no geometry), class, tags, oneway


def _road_rules(profile: Profile, records: Records) -> tuple[list[int], list[float], list[int]]:
    """(indexes of the roads the profile uses, their speeds, their directions); one rule per distinct value."""
    wkbs, classes, tags, oneways = records
    rules: dict[tuple[Any, Any, Any], tuple[float | None, int]] = {}
    used: list[int] = []
    speeds: list[float] = []
    dirs: list[int] = []
    for i, key in enumerate(zip(classes, tags, oneways)):
        rule = rules.get(key)
        if rule is None:
            cls, tag_text, ow = (plain_value(v) for v in key)
            rule = rules[key] = road_rule(profile, None if cls is None else str(cls),
                                          parse_other_tags(tag_text) if isinstance(tag_text, str) else None,
                                          None if ow is None else str(ow))
        if rule[0] is not None and wkbs[i] is not None:
            used.append(i)
            speeds.append(rule[0])
            dirs.append(rule[1])
    return used, speeds, dirs

def _read_features(layer: Any, names: list[str | None], feedback: Feedback | None) -> Records:
    """Geometries (curves segmentized) and attributes through QGIS's feature iterator."""
    fields = layer.fields()
    idx = [fields.indexOf(n) if n else -1 for n in names]
    request = QgsFeatureRequest().setSubsetOfAttributes([i for i in idx if i >= 0])
    out: Records = ([], [], [], [])
    wkbs, cols = out[0], out[1:]
    curved = QgsWkbTypes.isCurvedType
    for n, feature in enumerate(layer.getFeatures(request)):
        if n % READ_CHECK_EVERY == 0:
            checkpoint(feedback)
        geom = feature.geometry()
        if geom.isNull():
            wkbs.append(None)
        else:
            if curved(geom.wkbType()):
                geom = QgsGeometry(geom.constGet().segmentize())
            wkbs.append(bytes(geom.asWkb()))
        for col, i in zip(cols, idx):
            col.append(plain_value(feature.attribute(i)) if i >= 0 else None)
    return out


def _read_ogr(layer: Any, names: list[str | None], feedback: Feedback | None) -> Records | None:
    """The same records read through GDAL's Arrow stream, or None when that is not possible here."""
    try:
        opened = _open_ogr(layer, names)
        if opened is None:
            return None
        ds, lyr, geom_name = opened
        out: Records = ([], [], [], [])
        for batch in lyr.GetArrowStreamAsNumPy(options=["INCLUDE_FID=NO"]):
            checkpoint(feedback)
            # raw values (bytes for strings, None for NULL): graph_from_layer converts each distinct one once
            for col, n in zip(out, [geom_name, *names]):
                if not n:
                    col.extend([None] * len(batch[geom_name]))
                    continue
                values = batch[n]
                data = np.ma.getdata(values).tolist()
                mask = np.ma.getmaskarray(values)
                col.extend(data if not mask.any() else [None if m else v for v, m in zip(data, mask.tolist())])
        ds = None  # noqa: F841 - closes the dataset now, not whenever the collector gets to it
        return out
    except Cancelled:
        raise
    except Exception:  # noqa: BLE001 - any trouble on the fast path: read through QGIS instead
        return None


def _open_ogr(layer: Any, names: list[str | None]) -> tuple[Any, Any, str] | None:
    """(dataset, OGR layer with the provider's subset filter, geometry column) of a plain OGR file layer,
    or None when QGIS's view of the layer could differ from the file's (edits, SQL, options)."""
    from osgeo import ogr

    if layer.providerType() != "ogr" or layer.isEditable() or layer.isModified():
        return None
    subset = layer.subsetString() or ""
    if subset.strip().lower().startswith("select"):
        return None
    uri = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = uri.get("path")
    if not path or not os.path.exists(path) or uri.get("geometryType") or uri.get("openOptions"):
        return None
    ds = ogr.Open(path, 0)
    if ds is None:
        return None
    name, lid = uri.get("layerName"), uri.get("layerId")
    lyr = ds.GetLayerByName(name) if name else ds.GetLayer(int(lid) if lid is not None else 0)
    if lyr is None or not hasattr(lyr, "GetArrowStreamAsNumPy"):
        return None
    defn = lyr.GetLayerDefn()
    have = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    wanted = [n for n in names if n]
    if any(n not in have for n in wanted) or defn.GetGeomFieldCount() != 1:
        return None
    if subset and lyr.SetAttributeFilter(subset) != 0:
        return None
    lyr.SetIgnoredFields([n for n in have if n not in wanted])
    return ds, lyr, defn.GetGeomFieldDefn(0).GetName() or "wkb_geometry"


def _wkb_parts(wkb: bytes) -> list[np.ndarray]:
    """The xy coordinates of each line in a (Multi)LineString WKB, as (k, 2) arrays."""
    out: list[np.ndarray] = []

    def read(offset: int) -> int:
        endian = "<" if wkb[offset] == 1 else ">"
        gtype = int.from_bytes(wkb[offset + 1:offset + 5], "little" if endian == "<" else "big")
        iso = gtype & 0x0FFFFFFF  # ISO WKB: 1000s say Z, M or ZM; EWKB: high flag bits
        base, dim = iso % 1000, iso // 1000
        has_z = bool(gtype & 0x80000000) or dim in (1, 3)
        has_m = bool(gtype & 0x40000000) or dim in (2, 3)
        dims = 2 + has_z + has_m
        offset += 5
        count = int.from_bytes(wkb[offset:offset + 4], "little" if endian == "<" else "big")
        offset += 4
        if base == 2:  # LineString
            arr = np.frombuffer(wkb, dtype=f"{endian}f8", count=count * dims, offset=offset).reshape(count, dims)
            out.append(np.ascontiguousarray(arr[:, :2], dtype=np.float64))
            return offset + count * dims * 8
        if base in (5, 7):  # MultiLineString, GeometryCollection
            for _ in range(count):
                offset = read(offset)
            return offset
        raise ValueError(f"not a line geometry (WKB type {gtype})")

    read(0)
    return out


def _parse_lines(wkbs: list[bytes]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(xy (N, 2), vertex count of each line part, index of the WKB each part comes from).

    2D little-endian LineStrings (the common case) are parsed in one go; anything else (multi
    lines, Z/M, big-endian, curves) geometry by geometry.
    """
    k = len(wkbs)
    if k == 0:
        return np.zeros((0, 2)), np.zeros(0, np.int64), np.zeros(0, np.int64)
    lens = np.fromiter(map(len, wkbs), dtype=np.int64, count=k)
    buf = np.frombuffer(b"".join(wkbs), dtype=np.uint8)
    starts = np.cumsum(lens) - lens
    if (lens >= 9).all():
        head = buf[starts[:, None] + np.arange(9)]
        counts = head[:, 5:9].copy().view("<u4").ravel().astype(np.int64)
        simple = (head[:, :5] == np.array([1, 2, 0, 0, 0], dtype=np.uint8)).all(axis=1)
        if simple.all() and (lens == 9 + 16 * counts).all():
            keep = np.ones(buf.shape[0], dtype=bool)
            keep[(starts[:, None] + np.arange(9)).ravel()] = False
            xy = buf[keep].view("<f8").astype(np.float64).reshape(-1, 2)
            return xy, counts, np.arange(k, dtype=np.int64)
    parts: list[np.ndarray] = []
    owner: list[int] = []
    for i, wkb in enumerate(wkbs):
        try:
            found = _wkb_parts(wkb)
        except ValueError:  # a curve: let QGIS segmentize it (anything else that is not a line is skipped)
            found = _segmentized_parts(wkb)
        parts.extend(found)
        owner.extend([i] * len(found))
    if not parts:
        return np.zeros((0, 2)), np.zeros(0, np.int64), np.zeros(0, np.int64)
    return (np.concatenate(parts), np.fromiter(map(len, parts), dtype=np.int64, count=len(parts)),
            np.asarray(owner, dtype=np.int64))


def _segmentized_parts(wkb: bytes) -> list[np.ndarray]:
    g = QgsGeometry()
    g.fromWkb(wkb)
    if g.isNull():
        return []
    try:
        return _wkb_parts(bytes(QgsGeometry(g.constGet().segmentize()).asWkb()))
    except ValueError:
        return []



def _transform_xy(xy: np.ndarray, transform: QgsCoordinateTransform) -> np.ndarray:
    """Coordinates through a QgsCoordinateTransform, all in one call."""
    line = QgsLineString(xy[:, 0].tolist(), xy[:, 1].tolist())
    try:
        line.transform(transform)
    except QgsCsException as exc:
        raise ServiceAreaError(tr("The roads cannot be transformed to {0}: {1}").format(
            transform.destinationCrs().authid(), exc)) from exc
    wkb = bytes(line.asWkb())  # QGIS 3.22 has no xVector(): read the coordinates back from the WKB
    return np.frombuffer(wkb, dtype="<f8", offset=9).reshape(-1, 2).astype(np.float64)


# -- the cache ---------------------------------------------------------------------------------------------

def _source_file_stamp(layer: Any) -> tuple[Any, ...]:
    """(mtime, size) of the file behind a file-based layer, or () for others."""
    try:
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
        path = parts.get("path") or ""
        if path and os.path.exists(path):
            st = os.stat(path)
            stamps: list[Any] = [st.st_mtime_ns, st.st_size]
            for suffix in ("-wal",):  # GeoPackage / SQLite write-ahead log
                if os.path.exists(path + suffix):
                    st2 = os.stat(path + suffix)
                    stamps += [st2.st_mtime_ns, st2.st_size]
            return tuple(stamps)
    except Exception:  # noqa: BLE001 - a layer we cannot stat is keyed by its other stamps
        pass
    return ()


_EDIT_SIGNALS = ("dataChanged", "featureAdded", "featureDeleted", "geometryChanged", "attributeValueChanged",
                 "attributeAdded", "attributeDeleted", "afterCommitChanges", "afterRollBack",
                 "subsetStringChanged", "dataSourceChanged", "crsChanged")


class GraphCache:
    """Road graphs by layer and settings, kept until the layer changes (at most `max_entries`).

    A layer's stamp is its id, source, subset string, CRS, feature count, the mtime and size of its
    file, and a counter bumped by the layer's edit signals (dataChanged, featureAdded, geometryChanged,
    attributeValueChanged, afterCommitChanges, …), so an edit, a commit, a new filter or a file
    rewritten by another program all give a new graph.
    """

    def __init__(self, max_entries: int = 4) -> None:
        self.max_entries = max_entries
        self._graphs: OrderedDict[tuple[Any, ...], tuple[tuple[Any, ...], RoadGraph]] = OrderedDict()
        self._counters: dict[str, int] = {}
        self._lock = threading.Lock()
        self.builds = 0  # how many graphs were built (tests read it)

    def _watch(self, layer: Any) -> None:
        lid = layer.id()
        if lid in self._counters:
            return
        self._counters[lid] = 0

        def bump(*_: Any) -> None:
            self._counters[lid] = self._counters.get(lid, 0) + 1

        for name in _EDIT_SIGNALS:
            signal = getattr(layer, name, None)
            if signal is not None:
                signal.connect(bump)
        if hasattr(layer, "willBeDeleted"):
            layer.willBeDeleted.connect(lambda: self.forget(lid))

    def stamp(self, layer: Any) -> tuple[Any, ...]:
        self._watch(layer)
        lid = layer.id()
        return (lid, layer.source(), layer.subsetString(), crs_id(layer.crs()), layer.featureCount(),
                self._counters.get(lid, 0), layer.isModified(), _source_file_stamp(layer))

    def get(self, layer: Any, profile: Profile = WALK, crs: Any = DEFAULT_CRS, *, class_field: str = "highway",
            tags_field: str | None = "other_tags", oneway_field: str | None = None, snap: float = DEFAULT_SNAP,
            feedback: Feedback | None = None) -> RoadGraph:
        """The graph of `layer` for these settings, built now or reused when the layer has not changed."""
        key = (layer.id(), profile.key(), crs_id(crs), class_field, tags_field, oneway_field, snap)
        stamp = self.stamp(layer)
        with self._lock:
            hit = self._graphs.get(key)
            if hit is not None and hit[0] == stamp:
                self._graphs.move_to_end(key)
                return hit[1]
        graph = graph_from_layer(layer, profile, crs, class_field=class_field, tags_field=tags_field,
                                 oneway_field=oneway_field, snap=snap, feedback=feedback)
        with self._lock:
            self.builds += 1
            self._graphs[key] = (stamp, graph)
            self._graphs.move_to_end(key)
            while len(self._graphs) > self.max_entries:
                self._graphs.popitem(last=False)
        return graph

    def forget(self, layer_id: str) -> None:
        with self._lock:
            for key in [k for k in self._graphs if k[0] == layer_id]:
                del self._graphs[key]
            self._counters.pop(layer_id, None)

    def clear(self) -> None:
        with self._lock:
            self._graphs.clear()


GRAPHS = GraphCache()


def cached_graph(layer: Any, profile: Profile = WALK, crs: Any = DEFAULT_CRS, **options: Any) -> RoadGraph:
    """`GRAPHS.get(...)`: the graph of a layer, reused until the layer changes."""
    return GRAPHS.get(layer, profile, crs, **options)


class LayerSnapshot:
    """What the engine reads of a vector layer, taken on the main thread and safe to read in a task.

    Features come from a QgsVectorLayerFeatureSource (edits not yet saved included); an OGR file
    layer without edits is read by the engine straight from its file. Made on the main thread, it
    also lets `GRAPHS` watch the layer's edit signals from there.
    """

    def __init__(self, layer: QgsVectorLayer) -> None:
        GRAPHS.stamp(layer)
        self._id = layer.id()
        self._name = layer.name()
        self._source = layer.source()
        self._provider = layer.providerType()
        self._subset = layer.subsetString()
        self._fields = QgsFields(layer.fields())
        self._crs = QgsCoordinateReferenceSystem(layer.crs())
        self._editable = layer.isEditable()
        self._modified = layer.isModified()
        self._count = layer.featureCount()
        self._features = QgsVectorLayerFeatureSource(layer)

    def id(self) -> str:
        return self._id

    def name(self) -> str:
        return self._name

    def source(self) -> str:
        return self._source

    def providerType(self) -> str:  # noqa: N802 - the QgsVectorLayer API
        return self._provider

    def subsetString(self) -> str:  # noqa: N802
        return self._subset

    def fields(self) -> QgsFields:
        return self._fields

    def crs(self) -> QgsCoordinateReferenceSystem:
        return self._crs

    def sourceCrs(self) -> QgsCoordinateReferenceSystem:  # noqa: N802
        return self._crs

    def isEditable(self) -> bool:  # noqa: N802
        return self._editable

    def isModified(self) -> bool:  # noqa: N802
        return self._modified

    def featureCount(self) -> int:  # noqa: N802
        return self._count

    def getFeatures(self, request: QgsFeatureRequest | None = None) -> Any:  # noqa: N802
        return self._features.getFeatures(request or QgsFeatureRequest())
