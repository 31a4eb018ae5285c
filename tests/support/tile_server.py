"""A local XYZ tile server and WMS for tests: images made here (PIL), served by http.server on 127.0.0.1.

Every tile is one solid colour (TILE_COLOUR) with a darker street-like cross, so a rendered page can be
searched for the colour; the WMS at `wms_url` (one layer "Raster" in EPSG:2180, as the geoportal names
its layers) answers GetMap in WMS_COLOUR, PNG or JPEG. `requests` keeps the paths asked for. Never the
internet.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

TILE_COLOUR = (255, 170, 0)  # no style of the plugin uses it
STREET_COLOUR = (120, 60, 0)
WMS_COLOUR = (150, 0, 220)
CAPABILITIES = """<?xml version="1.0" encoding="UTF-8"?>
<WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms" xmlns:xlink="http://www.w3.org/1999/xlink">
<Service><Name>WMS</Name><Title>Test WMS</Title><OnlineResource xlink:href="{url}"/></Service>
<Capability><Request>
<GetCapabilities><Format>text/xml</Format>
<DCPType><HTTP><Get><OnlineResource xlink:href="{url}?"/></Get></HTTP></DCPType></GetCapabilities>
<GetMap><Format>image/png</Format><Format>image/jpeg</Format>
<DCPType><HTTP><Get><OnlineResource xlink:href="{url}?"/></Get></HTTP></DCPType></GetMap>
</Request><Exception><Format>XML</Format></Exception>
<Layer><Title>Test</Title><CRS>EPSG:2180</CRS><CRS>EPSG:4326</CRS>
<EX_GeographicBoundingBox><westBoundLongitude>14</westBoundLongitude><eastBoundLongitude>24.2</eastBoundLongitude>
<southBoundLatitude>49</southBoundLatitude><northBoundLatitude>55</northBoundLatitude></EX_GeographicBoundingBox>
<Layer queryable="0"><Name>Raster</Name><Title>Raster</Title><CRS>EPSG:2180</CRS>
<EX_GeographicBoundingBox><westBoundLongitude>14</westBoundLongitude><eastBoundLongitude>24.2</eastBoundLongitude>
<southBoundLatitude>49</southBoundLatitude><northBoundLatitude>55</northBoundLatitude></EX_GeographicBoundingBox>
<BoundingBox CRS="EPSG:2180" minx="100000" miny="100000" maxx="900000" maxy="900000"/>
</Layer></Layer></Capability></WMS_Capabilities>"""
TILE = re.compile(r"^/tiles/(\d+)/(\d+)/(\d+)\.png$")


def tile_png(colour: tuple[int, int, int] = TILE_COLOUR) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (256, 256), colour)
    draw = ImageDraw.Draw(image)
    draw.line([(0, 128), (255, 128)], fill=STREET_COLOUR, width=3)
    draw.line([(128, 0), (128, 255)], fill=STREET_COLOUR, width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def wms_image(width: int, height: int, fmt: str) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (max(width, 1), max(height, 1)), WMS_COLOUR).save(out, "JPEG" if "jpeg" in fmt else "PNG")
    return out.getvalue()


@dataclass
class TileServer:
    url: str  # an XYZ template: http://127.0.0.1:PORT/tiles/{z}/{x}/{y}.png
    wms_url: str = ""  # http://127.0.0.1:PORT/wms
    requests: list[str] = field(default_factory=list)


@contextmanager
def serve_tiles(colour: tuple[int, int, int] = TILE_COLOUR) -> Iterator[TileServer]:
    png = tile_png(colour)
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            seen.append(self.path)
            parts = urlsplit(self.path)
            if parts.path == "/wms":
                self._wms({k.upper(): v[0] for k, v in parse_qs(parts.query).items()})
            elif TILE.match(self.path):
                self._send(png, "image/png")
            else:
                self.send_error(404)

        def _wms(self, query: dict[str, str]) -> None:
            request = query.get("REQUEST", "").lower()
            if request == "getcapabilities":
                url = f"http://127.0.0.1:{self.server.server_address[1]}/wms"
                self._send(CAPABILITIES.format(url=url).encode(), "text/xml")
            elif request == "getmap":
                fmt = query.get("FORMAT", "image/png")
                self._send(wms_image(int(query.get("WIDTH", 256)), int(query.get("HEIGHT", 256)), fmt), fmt)
            else:
                self.send_error(400)

        def _send(self, body: bytes, content_type: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:  # quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        yield TileServer(f"{base}/tiles/{{z}}/{{x}}/{{y}}.png", f"{base}/wms", seen)
    finally:
        server.shutdown()
        server.server_close()
