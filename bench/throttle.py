"""A TCP proxy on 127.0.0.1 that limits the bandwidth to a target, like a slow link (asyncio, token bucket).

    with ThrottlingProxy("127.0.0.1", 8765, bits_per_second=10_000_000) as proxy:
        requests.get(proxy.url + "/collections")   # at most 10 Mbit/s each way

Each direction has one token bucket shared by all connections (a link, not a per-connection limit): a
chunk is forwarded only once the bucket holds as many bytes, so the long-run rate is the given one and a
burst is at most `burst` bytes. Latency is not added; what matters for a bulk download is the rate.
The proxy runs its own event loop in a daemon thread, so blocking clients (requests, the plugin's
StoreClient) can use it from the calling thread.
"""

from __future__ import annotations

import asyncio
import threading
import time

CHUNK = 16 * 1024  # bytes read and forwarded at a time


class TokenBucket:
    """`rate` bytes per second, at most `burst` bytes at once; `take(n)` waits until n bytes may pass."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = burst
        self.tokens = float(burst)
        self.stamp = time.monotonic()
        self.lock = asyncio.Lock()  # one waiter at a time, so connections share the rate in turn

    async def take(self, n: int) -> None:
        async with self.lock:
            while True:
                now = time.monotonic()
                self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
                self.stamp = now
                # a chunk larger than the burst passes once the bucket is full (it never could otherwise)
                need = min(n, self.burst)
                if self.tokens >= need:
                    self.tokens -= n  # may go negative: the next chunk then waits for the debt
                    return
                await asyncio.sleep((need - self.tokens) / self.rate)


class ThrottlingProxy:
    """Forwards 127.0.0.1:<port> to target_host:target_port at `bits_per_second` in each direction."""

    def __init__(self, target_host: str, target_port: int, bits_per_second: float, burst: int = 4 * CHUNK) -> None:
        self.target = (target_host, target_port)
        self.rate = bits_per_second / 8
        self.burst = burst
        self.port = 0
        self.bytes_down = 0  # server → client, for the report
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, name="throttling-proxy", daemon=True)
        self._down: TokenBucket | None = None
        self._up: TokenBucket | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ThrottlingProxy:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    async def _start(self) -> None:
        self._down = TokenBucket(self.rate, self.burst)
        self._up = TokenBucket(self.rate, self.burst)
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        try:
            server_r, server_w = await asyncio.open_connection(*self.target)
        except OSError:
            client_w.close()
            return
        assert self._up is not None and self._down is not None
        await asyncio.gather(self._pipe(client_r, server_w, self._up, False),
                             self._pipe(server_r, client_w, self._down, True))

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, bucket: TokenBucket,
                    down: bool) -> None:
        try:
            while data := await reader.read(CHUNK):
                await bucket.take(len(data))
                writer.write(data)
                await writer.drain()
                if down:
                    self.bytes_down += len(data)
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            try:
                writer.close()
            except RuntimeError:  # the loop is closing
                pass

    def stop(self) -> None:
        async def close() -> None:
            if self._server is not None:
                self._server.close()
        if self._thread.is_alive():
            asyncio.run_coroutine_threadsafe(close(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    def __enter__(self) -> ThrottlingProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
