"""Proxy settings from QGIS (Settings > Options > Network) for `requests`."""

from __future__ import annotations

from urllib.parse import quote

from qgis.core import QgsSettings


def _url_list(settings: QgsSettings, key: str) -> list[str]:
    """A list of URL prefixes: QGIS 3.22's options dialog writes a string list, older versions one "|"-joined string."""
    value = settings.value(key, [])
    if not value:
        return []
    items = value.split("|") if isinstance(value, str) else value
    return [str(v).strip() for v in items if str(v).strip()]


def proxies_for(url: str) -> dict[str, str] | None:
    """A `requests` proxies dict as QGIS is configured.

    None: use the system's proxy (what requests reads from the environment); {}: connect directly.
    """
    s = QgsSettings()
    if not s.value("proxy/proxyEnabled", False, type=bool):
        return None
    kind = s.value("proxy/proxyType", "DefaultProxy", type=str)
    if kind == "DefaultProxy":
        return None  # QGIS uses the system proxy; requests reads the same environment
    if any(url.startswith(prefix) for prefix in _url_list(s, "proxy/noProxyUrls")):
        return {}  # QGIS: no proxy at all for these
    if any(url.startswith(prefix) for prefix in _url_list(s, "proxy/proxyExcludedUrls")):
        return None  # QGIS: the system's proxy for these (the older setting)
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
