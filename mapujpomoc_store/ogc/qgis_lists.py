"""List properties as text for QGIS's OAPIF provider, so that their field type never depends on the data.

QGIS (3.22 and later) types a layer's fields from its first ten features, read by OGR's GeoJSON driver
(qgsoapifprovider.cpp, `init`; qgsoapifitemsrequest.cpp): a list holding codes there becomes a string list,
but a list empty in all ten (`"target_groups": []`) becomes a JSON field. QGIS 3.22 then reads every later
value of it as NULL and cannot export the layer ("Unsupported type for field target_groups"), and the store
cannot know which features a client will see first (a filter, a bbox, any edit change them).

So a client that names itself QGIS (`User-Agent: Mozilla/5.0 QGIS/32216/...`, what every QGIS request
carries) gets each list property of the items as one text, the codes joined by commas (`"legal,medical"`),
and null for an empty list: always a string field, read, filtered and exported as such. Every other client
(GDAL, OWSLib, web maps, the plugin's own client) gets the JSON arrays. A single feature's ETag names the
text variant (`"115-lists"`), as a strong ETag names one byte sequence; every items reply says
`Vary: User-Agent` for caches.
"""

from __future__ import annotations

import json
import re
from typing import Any

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mapujpomoc_model import schema

_ITEMS = re.compile(r"^/collections/(?P<c>[^/]+)/items(?:/[^/]+)?/?$")
# QGIS's own network manager: "<setting, default Mozilla/5.0> QGIS/<version as 5 digits>/<system>"; not the
# plugin's client ("MapujPomoc-QGIS/0.1"), which reads lists as lists
_QGIS = re.compile(r"(?:^|\s)QGIS/\d{5}\b")
LIST_FIELDS = {c: tuple(f.name for f in schema.COLLECTION_FIELDS[c] if f.kind == schema.LIST)
               for c in schema.COLLECTION_FIELDS}
SEPARATOR = ","
VARIANT = "lists"


def is_qgis(scope: Scope) -> bool:
    return bool(_QGIS.search(Headers(scope=scope).get("user-agent", "")))


class QgisLists:
    """ASGI middleware (inside gzip): rewrites the lists of a GeoJSON items reply for QGIS clients."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        match = _ITEMS.match(scope["path"]) if scope["type"] == "http" and scope["method"] == "GET" else None
        fields = LIST_FIELDS.get(match["c"], ()) if match else ()
        if not fields:
            await self.app(scope, receive, send)
            return
        if not is_qgis(scope):
            await self.app(scope, receive, _varying(send))
            return
        await self.app(scope, receive, _Rewriter(send, fields).send)


def _varying(send: Send) -> Send:
    async def send_varying(message: Message) -> None:
        if message["type"] == "http.response.start":
            MutableHeaders(raw=message.setdefault("headers", [])).add_vary_header("User-Agent")
        await send(message)
    return send_varying


class _Rewriter:
    """Holds a reply back until its body is complete, then sends it with the lists as text."""

    def __init__(self, send: Send, fields: tuple[str, ...]) -> None:
        self._send = send
        self.fields = fields
        self.start: Message | None = None
        self.body = bytearray()

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.start = message
            return
        if message["type"] != "http.response.body" or self.start is None:
            await self._send(message)
            return
        self.body += message.get("body", b"")
        if message.get("more_body", False):
            return
        headers = MutableHeaders(raw=self.start.setdefault("headers", []))
        headers.add_vary_header("User-Agent")
        body = bytes(self.body)
        if self.start["status"] == 200 and headers.get("content-type", "").startswith("application/geo+json"):
            body = self.rewrite(body)
            headers["content-length"] = str(len(body))
        if "etag" in headers:  # also on a 304: the tag the client holds is the variant's
            headers["etag"] = _variant_tag(headers["etag"])
        await self._send(self.start)
        await self._send({"type": "http.response.body", "body": body})

    def rewrite(self, body: bytes) -> bytes:
        doc = json.loads(body)
        for feature in doc.get("features", [doc]) if isinstance(doc, dict) else ():
            props = feature.get("properties") if isinstance(feature, dict) else None
            if isinstance(props, dict):
                for name in self.fields:
                    props[name] = list_text(props.get(name))
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def list_text(value: Any) -> str | None:
    """A list of codes as QGIS gets it: "legal,medical"; an empty or missing list as null."""
    if isinstance(value, list):
        return SEPARATOR.join(str(v) for v in value) or None
    return value


def _variant_tag(tag: str) -> str:
    weak, opaque = ("W/", tag[2:]) if tag.startswith("W/") else ("", tag)
    return f'{weak}"{opaque.strip(chr(34))}-{VARIANT}"'


__all__ = ["LIST_FIELDS", "QgisLists", "is_qgis", "list_text"]
