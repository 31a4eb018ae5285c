"""A local XYZ tile server for tests: tiles made here (PIL), served by http.server on 127.0.0.1.

Every tile is one solid colour (TILE_COLOUR) with a darker street-like cross, so a rendered page can be
searched for the colour; `requests` keeps the paths asked for. Never the internet.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TILE_COLOUR = (255, 170, 0)  # no style of the plugin uses it
STREET_COLOUR = (120, 60, 0)
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


@dataclass
class TileServer:
    url: str  # an XYZ template: http://127.0.0.1:PORT/tiles/{z}/{x}/{y}.png
    requests: list[str] = field(default_factory=list)


@contextmanager
def serve_tiles(colour: tuple[int, int, int] = TILE_COLOUR) -> Iterator[TileServer]:
    png = tile_png(colour)
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            seen.append(self.path)
            if not TILE.match(self.path):
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(png)))
            self.end_headers()
            self.wfile.write(png)

        def log_message(self, *args: object) -> None:  # quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield TileServer(f"http://127.0.0.1:{server.server_address[1]}/tiles/{{z}}/{{x}}/{{y}}.png", seen)
    finally:
        server.shutdown()
        server.server_close()
