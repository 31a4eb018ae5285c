"""A small HTTP proxy on 127.0.0.1 that can lose the store's reply to a changeset.

    with FlakyProxy(store.url) as proxy:
        client = StoreClient(proxy.url, token)
        proxy.drop_changeset_reply()        # the next POST /changesets: forwarded, reply discarded
        ...
        proxy.dropped                        # [(status, body)] of the replies the client never saw

`drop_changeset_reply(before=True)` closes the connection without forwarding the
request at all (the store never sees it). Everything else is passed through
unchanged, one upstream request per client request.
"""

from __future__ import annotations

import gzip
import http.client
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade",
              "content-length", "server", "date"}


class FlakyProxy:
    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        self.upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.dropped: list[tuple[int, bytes]] = []
        self.forwarded = 0
        self._plan: list[str] = []  # "after" / "before", one per coming POST /changesets
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def drop_changeset_reply(self, *, before: bool = False) -> None:
        """Lose the next POST /changesets: after the store answered (default) or before forwarding it."""
        with self._lock:
            self._plan.append("before" if before else "after")

    def _next_plan(self) -> str | None:
        with self._lock:
            return self._plan.pop(0) if self._plan else None

    def start(self) -> FlakyProxy:
        self._thread = threading.Thread(target=self._server.serve_forever, name="flaky-proxy", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> FlakyProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as requests' sessions use it

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
                pass

            def _hang_up(self) -> None:
                self.close_connection = True
                try:
                    self.connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                plan = None
                if self.command == "POST" and self.path.split("?", 1)[0] == "/changesets":
                    plan = proxy._next_plan()
                if plan == "before":
                    proxy.dropped.append((0, b""))
                    return self._hang_up()
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
                upstream = http.client.HTTPConnection(*proxy.upstream, timeout=120)
                try:
                    upstream.request(self.command, self.path, body=body, headers=headers)
                    resp = upstream.getresponse()
                    data = resp.read()
                    reply_headers = [(k, v) for k, v in resp.getheaders() if k.lower() not in HOP_BY_HOP]
                except OSError:
                    return self._hang_up()  # the store is gone: so is the client's connection
                finally:
                    upstream.close()
                if plan == "after":  # the store committed; the client never hears (kept decoded, for the test)
                    gzipped = (resp.getheader("Content-Encoding") or "").lower() == "gzip"
                    proxy.dropped.append((resp.status, gzip.decompress(data) if gzipped else data))
                    return self._hang_up()
                proxy.forwarded += 1
                self.send_response_only(resp.status, resp.reason)
                for k, v in reply_headers:
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _forward

        return Handler
