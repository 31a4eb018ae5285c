"""The store's request log: one JSON line per HTTP request, off unless `Settings.request_log` names a file.

    {"time": "2026-12-04T23:40:01.123Z", "method": "GET", "path": "/collections/aid_points/items",
     "query": "limit=1000&filter=status%20%3D%20%27active%27", "status": 200, "features": 1000,
     "bytes": 51234, "ms": 12.4}

`features` is how many features the reply carried (a FeatureCollection's `numberReturned`, 1 for a single
Feature, null for anything else); `bytes` the body as sent (compressed when gzip applied); `ms` the time from
the request's arrival to the last byte. It lets an operator see what third-party clients really ask, and the
tests prove that a filter ran on the server by counting the store's own requests and features
(tests/store/test_ogc_clients.py). No user, token or address is written.

Two middlewares share one record per request: `RequestLog`, outermost, times the request and counts the bytes
on the wire; `FeatureCount`, inside gzip, reads the count from the uncompressed body. Several worker processes
may append to one file: each line is one `write` of an O_APPEND file, which POSIX keeps whole.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import time
from typing import Any

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

RECORD = "mapujpomoc.request_log"  # the scope key of a request's record, shared by the two middlewares
_NUMBER_RETURNED = re.compile(rb'"numberReturned":\s*(\d+)')
_COLLECTION = re.compile(rb'\{\s*"type":\s*"FeatureCollection"')
_FEATURE = re.compile(rb'\{\s*"type":\s*"Feature"')
_HEAD = 64
_TAIL = 4096  # bytes of a FeatureCollection kept to find numberReturned (written after the features)


class RequestLog:
    """Writes a JSON line per HTTP request to `path` ("-": standard error)."""

    def __init__(self, app: ASGIApp, path: str) -> None:
        self.app = app
        self.path = path
        self.fd = 2 if path == "-" else os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        record: dict[str, Any] = {"status": None, "features": None, "bytes": 0}
        scope = {**scope, RECORD: record}
        start = time.perf_counter()

        async def counting_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                record["status"] = message["status"]
            elif message["type"] == "http.response.body":
                record["bytes"] += len(message.get("body", b""))
            await send(message)
        try:
            await self.app(scope, receive, counting_send)
        finally:
            self.write(scope, record, (time.perf_counter() - start) * 1000)

    def write(self, scope: Scope, record: dict[str, Any], ms: float) -> None:
        line = {"time": dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                "method": scope["method"], "path": scope.get("root_path", "") + scope["path"],
                "query": scope.get("query_string", b"").decode("latin-1"), "status": record["status"],
                "features": record["features"], "bytes": record["bytes"], "ms": round(ms, 1)}
        os.write(self.fd, (json.dumps(line, ensure_ascii=False) + "\n").encode())


class FeatureCount:
    """Puts the number of features of a GeoJSON reply into the request's record (when `RequestLog` made one)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        record = scope.get(RECORD)
        if record is None:
            await self.app(scope, receive, send)
            return
        head, tail = b"", b""
        geojson = False

        async def reading_send(message: Message) -> None:
            nonlocal geojson, head, tail
            if message["type"] == "http.response.start":
                media = Headers(raw=message.get("headers", [])).get("content-type", "").split(";")[0].strip()
                geojson = media == "application/geo+json" and 200 <= message["status"] < 300
            elif message["type"] == "http.response.body" and geojson:
                body = message.get("body", b"")
                head = head or body[:_HEAD]
                tail = (tail + body)[-_TAIL:]
                if not message.get("more_body", False):
                    record["features"] = _count(head, tail)
            await send(message)
        await self.app(scope, receive, reading_send)


def _count(head: bytes, tail: bytes) -> int | None:
    """A FeatureCollection's numberReturned, or 1 for a Feature (both begin with their `type`). The store
    writes numberReturned after the features, and user text inside them is JSON-escaped (`\\"`), so the last
    match is the member's."""
    if _COLLECTION.match(head):
        found = _NUMBER_RETURNED.findall(tail)
        return int(found[-1]) if found else None
    return 1 if _FEATURE.match(head) else None


__all__ = ["FeatureCount", "RequestLog"]
