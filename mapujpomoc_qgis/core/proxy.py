"""Proxy settings from QGIS (Settings > Options > Network) for `requests`."""

from __future__ import annotations

from urllib.parse import quote

from qgis.core import QgsSettings


def proxies_for(url: str) -> dict[str, str] | None:
    """A `requests` proxies dict as QGIS is configured, or None to connect directly / use the system's."""
    s = QgsSettings()
    if not s.value("proxy/proxyEnabled", False, type=bool):
        return None
    kind = s.value("proxy/proxyType", "DefaultProxy", type=str)
    if kind == "DefaultProxy":
        return None  # QGIS uses the system proxy; requests reads the same environment
    excluded = s.value("proxy/proxyExcludedUrls", "", type=str) or s.value("proxy/noProxyUrls", "", type=str)
    if any(url.startswith(prefix) for prefix in excluded.split("|") if prefix):
        return {}
    host = s.value("proxy/proxyHost", "", type=str)
    port = s.value("proxy/proxyPort", "", type=str)
    if not host:
        return None
    user = s.value("proxy/proxyUser", "", type=str)
    password = s.value("proxy/proxyPassword", "", type=str)
    scheme = "socks5h" if kind == "Socks5Proxy" else "http"
    auth = f"{quote(user, safe='')}:{quote(password, safe='')}@" if user else ""
    proxy = f"{scheme}://{auth}{host}{':' + port if port else ''}"
    return {"http": proxy, "https": proxy}
