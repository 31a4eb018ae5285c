"""Behind a reverse proxy (nginx, Caddy): the client's address, scheme, host and sub-path, from trusted proxies.

A proxy tells the store what the client asked for in `X-Forwarded-For`, `-Proto`, `-Host` and `-Prefix`
(a store published at https://example.org/pomoc/ receives `/collections`, with `X-Forwarded-Prefix:
/pomoc`). These headers are believed only when the connection comes from a trusted proxy
(`Settings.forwarded_allow_ips`, uvicorn's notation: addresses or networks, comma-separated, `*` for any;
default 127.0.0.1); from anyone else a client could make the store build links to another site.

For and Proto are uvicorn's own middleware (the client's address for the rate limits, the scheme for
links); this adds Host and Prefix, which uvicorn does not read. `serve` turns uvicorn's built-in handling
off, so the trust decision is made once, here, on the address the connection really comes from. A
configured public URL (`Settings.public_url`) still wins for links (routers/shared.py, `base_url`).
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware, _TrustedHosts

DEFAULT_TRUSTED = "127.0.0.1"


class ForwardedHeaders:
    def __init__(self, app: ASGIApp, trusted: str = DEFAULT_TRUSTED) -> None:
        self.app = ProxyHeadersMiddleware(app, trusted_hosts=trusted)  # type: ignore[arg-type]
        self.trusted = _TrustedHosts(trusted)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            scope = forwarded(scope) if self._from_trusted(scope) else host_from_socket(scope)
        await self.app(scope, receive, send)

    def _from_trusted(self, scope: Scope) -> bool:
        client = scope.get("client")
        return bool(client) and client[0] in self.trusted


def forwarded(scope: Scope) -> Scope:
    """`scope` with the host of `X-Forwarded-Host` and the sub-path of `X-Forwarded-Prefix`.

    The prefix becomes the ASGI `root_path` (Starlette's `base_url` then carries it) while `path` stays as
    the proxy sent it, without the prefix, so routing is unchanged. Of a list (several proxies), the first
    value is the client's."""
    headers = dict(scope["headers"])
    host = _first(headers.get(b"x-forwarded-host"))
    prefix = _first(headers.get(b"x-forwarded-prefix"))
    if not host and not prefix:
        return scope
    scope = dict(scope)
    if host:
        scope["headers"] = [(k, v) for k, v in scope["headers"] if k != b"host"] + [(b"host", host.encode())]
    if prefix:
        prefix = "/" + prefix.strip("/")
        scope["root_path"] = scope.get("root_path", "") + ("" if prefix == "/" else prefix)
    return scope


def host_from_socket(scope: Scope) -> Scope:
    """`scope` whose Host is the address the connection really reached, not what the client wrote.

    Links are built from the configured public URL, else from the Host; a client that is not a trusted
    proxy could otherwise make the store hand out links to another site (issue 15)."""
    server = scope.get("server")
    if not server or server[0] is None:
        return scope
    host, port = server[0], server[1]
    name = f"[{host}]" if ":" in host else host
    value = name if port in (None, 80 if scope.get("scheme") == "http" else 443) else f"{name}:{port}"
    scope = dict(scope)
    scope["headers"] = [(k, v) for k, v in scope["headers"] if k != b"host"] + [(b"host", value.encode())]
    return scope


def _first(value: bytes | None) -> str | None:
    if not value:
        return None
    first = value.decode("latin-1").split(",")[0].strip()
    return first or None


__all__ = ["DEFAULT_TRUSTED", "ForwardedHeaders", "forwarded", "host_from_socket"]
