"""HTTP client for the store, shared by the plugin and the `mapujpomoc` command.

Every failure becomes a `StoreError` whose message says what went wrong in
words a GIS officer can act on (wrong address, refused, token, TLS, timeout), in the UI language:
the store's problems are rendered from their codes (`problem_text.problem_text`), the rest with `tr()`.
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
from ..i18n import current_language, tr
from .problem_text import problem_text

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
        # problems the plugin cannot render from their code still come in the UI language
        self.session.headers["Accept-Language"] = f"{current_language()}, en;q=0.5"
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
        check_address(self.url)
        try:
            resp = self.session.request(method, url, timeout=kw.pop("timeout", self.timeout), **kw)
        except requests.exceptions.RequestException as exc:
            raise self._transport_error(exc) from None
        if resp.status_code not in expect:
            raise self._error(resp)
        return resp

    def _transport_error(self, exc: requests.exceptions.RequestException) -> StoreError:
        """What a person reads when no HTTP answer came: the reason, and what to do about it."""
        if isinstance(exc, requests.exceptions.SSLError):
            return StoreError(tr("The secure connection to {0} failed (TLS certificate problem: {1}). Check the "
                                 "address, or install the store's certificate authority in QGIS.").format(
                                     self.url, _short(exc)), "tls")
        if isinstance(exc, requests.exceptions.ProxyError):  # before ConnectionError: it is one, but not the store's
            text = (tr("The proxy server did not pass the connection to {0} on (it wants a user name and "
                       "password). Check the proxy in QGIS (Settings > Options > Network).") if "407" in str(exc)
                    else tr("The proxy server did not pass the connection to {0} on (it cannot be reached or "
                            "refused). Check the proxy in QGIS (Settings > Options > Network)."))
            return StoreError(text.format(self.url), "network")
        if isinstance(exc, requests.exceptions.Timeout):
            return StoreError(tr("The store at {0} did not answer within {1} s. Try again later or check your "
                                 "network or proxy settings.").format(self.url, f"{self.timeout:.0f}"), "timeout")
        if isinstance(exc, requests.exceptions.ConnectionError):
            text = str(exc)
            if "Name or service not known" in text or "nodename nor servname" in text or "getaddrinfo" in text \
                    or "Temporary failure in name resolution" in text:
                msg = tr("The host in {0} is not known. Check the store address for typing errors.").format(self.url)
            elif "Connection refused" in text:
                msg = tr("{0} refused the connection: nothing is listening there. Check the address and port, or "
                         "ask whether the store is running.").format(self.url)
            else:
                msg = tr("Cannot reach the store at {0} ({1}). Check your network connection and proxy "
                         "settings.").format(self.url, _short(exc))
            return StoreError(msg, "network")
        if isinstance(exc, (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                            requests.exceptions.InvalidSchema)):
            return StoreError(address_message(self.url), "url")
        return StoreError(tr("The request to {0} failed: {1}.").format(self.url, _short(exc)), "network")

    def _error(self, resp: requests.Response) -> StoreError:
        body: dict[str, Any] = {}
        if "json" in resp.headers.get("content-type", ""):
            try:
                body = resp.json()
            except ValueError:
                body = {}
        if not isinstance(body, dict):
            body = {}
        detail = problem_text(body)
        status = resp.status_code
        if status == 401:
            reason = (detail or tr("no valid token")).rstrip(".")
            return StoreError(tr("The store did not accept the credentials: {0}. Check the token in the connection "
                                 "settings.").format(reason), "auth", status, body)
        if status == 403:
            return StoreError(detail or tr("The store refused this operation for your account."), "forbidden",
                              status, body)
        if status == 404 and not detail:
            return StoreError(not_a_store_message(resp.url), "not_a_store", status, body)
        if status == 503 and body.get("code") == "database-unavailable" and detail:
            return StoreError(detail, "server", status, body)
        if status in (502, 503, 504):  # a proxy or the store's own server: the store is down or restarting
            return StoreError(tr("The store at {0} is not available just now ({1}): it may be stopped or "
                                 "restarting. Try again in a few minutes; if it persists, tell the store's "
                                 "operator.").format(self.url, status), "server", status, body)
        if status >= 500:
            return StoreError(tr("The store had an internal error ({0}). Try again later; if it persists, tell "
                                 "the store's operator.").format(status), "server", status, body)
        return StoreError(detail or tr("The store answered {0} {1}.").format(status, resp.reason), "http", status, body)

    def get_json(self, path: str, **params: Any) -> Any:
        resp = self.request("GET", path, params=params or None)
        try:
            return resp.json()
        except ValueError:
            raise StoreError(tr("{0} answered, but not with JSON: it does not look like a Mapuj Pomoc store.").format(
                self.url), "not_a_store") from None

    # -- API ----------------------------------------------------------------------------------------

    def check_store(self) -> None:
        """Raise a `StoreError` unless a Mapuj Pomoc store answers at the address (no credentials needed)."""
        try:
            landing = self.get_json("/")
        except StoreError as exc:
            if exc.status == 404:  # a store always has a landing page: this address is something else
                raise StoreError(not_a_store_message(self.url), "not_a_store", 404, exc.body) from None
            raise
        if not isinstance(landing, dict) or "links" not in landing:
            raise StoreError(tr("{0} is not an OGC API - Features service.").format(self.url), "not_a_store")

    def me(self) -> Me:
        self.check_store()
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


def check_address(url: str) -> None:
    """Raise a `StoreError` for an address that is not an http(s) URL with a host (e.g. no http://)."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise StoreError(address_message(url), "url")


def address_message(url: str) -> str:
    return tr("'{0}' is not a complete store address: it must start with https:// (or http://), for example "
              "https://pomoc.example.pl. Copy the address from the store's operator.").format(url)


def not_a_store_message(url: str) -> str:
    return tr("{0} is not a Mapuj Pomoc store (404). Check the store address.").format(url)


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) < 160 else text[:157] + "…"
