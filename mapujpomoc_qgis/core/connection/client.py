"""HTTP client for the store, shared by the plugin and the `mapujpomoc` command.

Every failure becomes a `StoreError` whose message says what went wrong in
words a GIS officer can act on (wrong address, refused, token, TLS, timeout).
The token is sent but never appears in messages or logs.
"""

from __future__ import annotations

import ipaddress
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

import requests

from ..errors import MapujPomocError
from ..i18n import tr

USER_AGENT = "MapujPomoc-QGIS/0.1"


class StoreError(MapujPomocError):
    """The store cannot be reached or refused the request; `kind` says which (network, auth, ...)."""

    def __init__(self, message: str, kind: str = "http", status: int | None = None,
                 body: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status
        self.body = body or {}


def plain_http_warning(url: str) -> str | None:
    """What to tell a person whose token would travel unencrypted: plain http:// to a host that is not
    this machine. None for https and for loopback addresses (a store on one's own computer)."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() != "http":
        return None
    host = (parts.hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return None
    try:
        if ipaddress.ip_address(host).is_loopback:
            return None
    except ValueError:
        pass
    return tr("Warning: {0} is a plain http:// address, so your token travels unencrypted and anyone on the "
              "way can read it and act as you. Ask the store's operator for its https:// address.").format(host)


@dataclass
class Me:
    user: str
    role: str
    scope: list[str]
    scope_names: dict[str, str | None]
    scope_bbox: list[float] | None
    writes_anywhere: bool = False


class StoreClient:
    def __init__(self, url: str, token: str | None = None, *, timeout: float = 30.0,
                 proxies: dict[str, str] | None = None, verify: bool | str = True, user: str | None = None) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        self.session.headers["Accept"] = "application/json, application/geo+json, application/problem+json"
        if token and user:
            self.session.auth = (user, token)  # HTTP Basic: a QGIS "Basic" auth config
        elif token:
            self.session.headers["Authorization"] = f"Bearer {token}"
        if proxies is not None:  # QGIS's proxy, or {} for a direct connection; None: the environment's
            self.session.proxies.update(proxies)
            self.session.trust_env = False
        self.session.verify = verify

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> StoreClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transport --------------------------------------------------------------------------------

    def request(self, method: str, path: str, *, expect: tuple[int, ...] = (200,), **kw: Any) -> requests.Response:
        url = self.url + path
        try:
            resp = self.session.request(method, url, timeout=kw.pop("timeout", self.timeout), **kw)
        except requests.exceptions.SSLError as exc:
            raise StoreError(f"The secure connection to {self.url} failed (TLS certificate problem: {_short(exc)}). "
                             "Check the address, or install the store's certificate authority in QGIS.",
                             "tls") from None
        except requests.exceptions.ProxyError as exc:  # before ConnectionError: it is one, but not the store's
            why = "it wants a user name and password" if "407" in str(exc) else "it cannot be reached or refused"
            raise StoreError(f"The proxy server did not pass the connection to {self.url} on ({why}). Check the "
                             "proxy in QGIS (Settings > Options > Network).", "network") from None
        except requests.exceptions.Timeout:
            raise StoreError(f"The store at {self.url} did not answer within {self.timeout:.0f} s. Try again later "
                             "or check your network or proxy settings.", "timeout") from None
        except requests.exceptions.ConnectionError as exc:
            text = str(exc)
            if "Name or service not known" in text or "nodename nor servname" in text or "getaddrinfo" in text:
                msg = f"The host in {self.url} is not known. Check the store address for typing errors."
            elif "Connection refused" in text:
                msg = (f"{self.url} refused the connection: nothing is listening there. Check the address and "
                       "port, or ask whether the store is running.")
            else:
                msg = (f"Cannot reach the store at {self.url} ({_short(exc)}). Check your network connection "
                       "and proxy settings.")
            raise StoreError(msg, "network") from None
        except requests.exceptions.InvalidURL:
            raise StoreError(f"'{self.url}' is not a valid address. It should look like https://host/path.",
                             "url") from None
        except requests.exceptions.RequestException as exc:
            raise StoreError(f"The request to {self.url} failed: {_short(exc)}.", "network") from None
        if resp.status_code not in expect:
            raise self._error(resp)
        return resp

    def _error(self, resp: requests.Response) -> StoreError:
        body: dict[str, Any] = {}
        if "json" in resp.headers.get("content-type", ""):
            try:
                body = resp.json()
            except ValueError:
                body = {}
        detail = body.get("detail") if isinstance(body, dict) else None
        status = resp.status_code
        if status == 401:
            reason = (detail or "no valid token").rstrip(".")
            return StoreError(f"The store did not accept the credentials: {reason}. Check the token in the connection "
                              "settings.", "auth", status, body)
        if status == 403:
            return StoreError(detail or "The store refused this operation for your account.", "forbidden", status, body)
        if status == 404 and not detail:
            return StoreError(f"{resp.url} is not a Mapuj Pomoc store (404). Check the store address.",
                              "not_a_store", status, body)
        if status >= 500:
            return StoreError(f"The store had an internal error ({status}). Try again later; if it persists, tell "
                              "the store's operator.", "server", status, body)
        return StoreError(detail or f"The store answered {status} {resp.reason}.", "http", status, body)

    def get_json(self, path: str, **params: Any) -> Any:
        resp = self.request("GET", path, params=params or None)
        try:
            return resp.json()
        except ValueError:
            raise StoreError(f"{self.url} answered, but not with JSON: it does not look like a Mapuj Pomoc store.",
                             "not_a_store") from None

    # -- API ----------------------------------------------------------------------------------------

    def me(self) -> Me:
        try:
            landing = self.get_json("/")
        except StoreError as exc:
            if exc.status == 404:  # a store always has a landing page: this address is something else
                raise StoreError(f"{self.url} is not a Mapuj Pomoc store (404). Check the store address.",
                                 "not_a_store", 404, exc.body) from None
            raise
        if not isinstance(landing, dict) or "links" not in landing:
            raise StoreError(f"{self.url} is not an OGC API - Features service.", "not_a_store")
        d = self.get_json("/me")
        return Me(d["user"], d["role"], d.get("scope") or [], d.get("scope_names") or {}, d.get("scope_bbox"),
                  bool(d.get("writes_anywhere")))

    def changes(self, collection: str, since: int, limit: int = 10_000) -> dict[str, Any]:
        return self.get_json(f"/collections/{collection}/changes", since=since, limit=limit)

    def items(self, collection: str, **params: Any) -> dict[str, Any]:
        return self.get_json(f"/collections/{collection}/items", **params)

    def collection(self, collection: str) -> dict[str, Any]:
        return self.get_json(f"/collections/{collection}")

    def history(self, collection: str, fid: str) -> dict[str, Any]:
        return self.get_json(f"/collections/{collection}/items/{fid}/history")

    def post_changeset(self, changeset: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """(status, reply): 200 applied; 409/403/422 with per-operation results when refused."""
        resp = self.request("POST", "/changesets", expect=(200, 403, 409, 422),
                            data=json.dumps(changeset, ensure_ascii=False).encode("utf-8"),
                            headers={"Content-Type": "application/json"})
        reply = resp.json()
        if resp.status_code != 200 and "results" not in reply:
            raise self._error(resp)
        return resp.status_code, reply

    def revert_changeset(self, changeset: str, *, dry_run: bool = False) -> dict[str, Any]:
        """Revert one changeset as a new change (coordinators and admins); the reply lists each feature's
        outcome (reverted, conflict, unchanged, forbidden, invalid). With `dry_run` nothing is written."""
        return self._revert(f"/changesets/{quote(changeset, safe='')}/revert", dry_run)

    def revert_user(self, user: str, since: str, *, dry_run: bool = False) -> dict[str, Any]:
        """Revert every change by `user` at or after `since` (ISO 8601), like `revert_changeset`."""
        return self._revert(f"/users/{quote(user, safe='')}/revert", dry_run, since=since)

    def _revert(self, path: str, dry_run: bool, **params: str) -> dict[str, Any]:
        resp = self.request("POST", path, params={**params, "dry_run": "true" if dry_run else "false"})
        return resp.json()


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) < 160 else text[:157] + "…"
