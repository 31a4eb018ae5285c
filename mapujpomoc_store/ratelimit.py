"""Per-client limits on anonymous reads and per-user limits on writes, with the `limits` library.

Limits are written as `limits` understands them ("600/minute", "20/second;600/minute"); "off" or an
empty value turns one off. Anonymous reads count per client address (behind a reverse proxy, uvicorn
takes it from X-Forwarded-For when the proxy is trusted: `--forwarded-allow-ips`); writes count per user,
whatever address they come from. The counters live in `storage` ("memory://" by default: per worker
process, so N workers allow up to N times the limit; "redis://host:6379" shares them).
"""

from __future__ import annotations

import math
import time

from limits import RateLimitItem, parse_many
from limits.storage import storage_from_string
from limits.strategies import SlidingWindowCounterRateLimiter

from .problems import Problem

OFF = ("", "off", "0", "none", "no")
# Off unless the operator sets them (`serve --read-limit/--write-limit`): the test and load suites send
# thousands of requests a minute from one address and one user. Values that suit a public store, generous
# for people and the plugin (whose sync sends one changeset per push), are in the README:
SUGGESTED_READ_LIMIT = "20/second;600/minute"  # anonymous reads per client address
SUGGESTED_WRITE_LIMIT = "10/second;300/minute"  # writes per user
READ_LIMIT = WRITE_LIMIT = "off"


def parse(text: str | None) -> list[RateLimitItem]:
    """The limits in `text`; [] when it is off. Raises ValueError for text `limits` cannot read."""
    if text is None or text.strip().lower() in OFF:
        return []
    return list(parse_many(text))


class RateLimits:
    def __init__(self, reads: str | None, writes: str | None, storage: str = "memory://") -> None:
        self.reads = parse(reads)
        self.writes = parse(writes)
        self.read_text, self.write_text = reads, writes
        self._limiter = SlidingWindowCounterRateLimiter(storage_from_string(storage)) \
            if self.reads or self.writes else None

    def read(self, client: str) -> None:
        """Count an anonymous read from `client` (an address); 429 when over the limit."""
        self._hit(self.reads, "read", client, "reads-limited", {"limit": self.read_text})

    def write(self, user: str) -> None:
        """Count a write by `user`; 429 when over the limit."""
        self._hit(self.writes, "write", user, "writes-limited", {"user": user, "limit": self.write_text})

    def _hit(self, items: list[RateLimitItem], kind: str, who: str, code: str, params: dict[str, str]) -> None:
        """429 with `code` (mapujpomoc_model.messages) and `params` when `who` is over a limit of `items`."""
        if self._limiter is None:
            return
        for item in items:
            if not self._limiter.hit(item, kind, who):
                reset = self._limiter.get_window_stats(item, kind, who).reset_time
                wait = max(1, math.ceil(reset - time.time()))
                raise Problem(429, None, "too-many-requests", headers={"Retry-After": str(wait)}, code=code,
                              params={**params, "wait": wait})
