"""What `serve` adds to uvicorn's HTTP protocol: a time limit on a request's headers.

uvicorn closes idle keep-alive connections, but any byte received resets that timer, and nothing bounds
the time a client takes to send its request line and headers: a client sending one header byte every few
seconds would hold a connection for ever (slowloris). `HeaderTimeoutProtocol` gives every request
`MAPUJPOMOC_HEADER_TIMEOUT` seconds (default 20) until its headers are complete, counted from the
connection's start for its first request and from the first byte of each later one; after that it answers
408 and closes. Bodies have their own limit in the application (Settings.body_timeout).

A kept-alive connection waiting for its next request is closed by uvicorn's keep-alive timeout
(KEEP_ALIVE_S, `serve` passes it), not by this deadline: the server counts that wait from when it wrote the
last byte of a reply, but over a slow link a large reply (the snapshot: 17 MB at 100,000 points) is still
in socket buffers for many seconds after that. A client sending its next request as it reads the last byte
then met a connection the server had just closed ("connection reset by peer", bench/bench_ogc.py found it
on the first sync over 10 Mbit/s with uvicorn's default of 5 s).
"""

from __future__ import annotations

import asyncio
import json
import os
from typing import Any

from uvicorn.protocols.http.auto import AutoHTTPProtocol

from .problems import MEDIA_TYPE, Problem

DEFAULT_HEADER_TIMEOUT = 20.0
KEEP_ALIVE_S = 75  # like nginx's keepalive_timeout: longer than a large reply may sit in buffers on a slow link


def _timeout_reply(seconds: float) -> bytes:
    # in English: no header, Accept-Language included, has arrived; a client words it from its code
    body = json.dumps(Problem(408, None, "header-timeout", params={"seconds": f"{seconds:g}"}).body()).encode()
    return (b"HTTP/1.1 408 Request Timeout\r\nContent-Type: " + MEDIA_TYPE.encode() + b"\r\nConnection: close\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)


class HeaderTimeoutProtocol(AutoHTTPProtocol):  # type: ignore[misc,valid-type]
    """uvicorn's HTTP protocol (h11 or httptools, whichever it picks) with a deadline for request headers.

    Both implementations start a new `cycle` when a request's headers are complete: the deadline is met
    when the cycle is another one than when the wait began."""

    header_timeout = float(os.environ.get("MAPUJPOMOC_HEADER_TIMEOUT", DEFAULT_HEADER_TIMEOUT))

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        self._arm_header_timer()

    def data_received(self, data: bytes) -> None:
        idle = self.cycle is None or self.cycle.response_complete
        if idle and self._armed_after is not self.cycle:  # the first byte of the next request
            self._arm_header_timer()
        super().data_received(data)

    def _arm_header_timer(self) -> None:
        self._armed_after = self.cycle
        if self.header_timeout <= 0:
            return
        waiting_after = self.cycle
        loop = asyncio.get_event_loop()

        def expire() -> None:
            idle = self.cycle is None or self.cycle.response_complete  # not answering a request just now
            if self.cycle is waiting_after and idle and not self.transport.is_closing():
                self.transport.write(_timeout_reply(self.header_timeout))
                self.transport.close()

        loop.call_later(self.header_timeout, expire)
