"""One logging entry point for the plugin.

Messages go to the QGIS log panel under the "Mapuj Pomoc" tab and, when asked,
to the message bar. Every message is passed through `redact` first so that a
token in an error text or a request dump never reaches the log or the screen.
"""

from __future__ import annotations

import html
import re
from typing import Any

from qgis.core import Qgis, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication, QThread

TAG = "Mapuj Pomoc"
MASK = "***"

_REDACTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Authorization headers, in any casing and with or without the header name. The value must look like a
    # credential (a digit or one of ._~+/=- in it, or 20 characters and more): "Token użytkownika" or "the token
    # is not known" in a message is prose to show as it is
    (re.compile(r"\b(Bearer|Basic|Token)(\s+)(?:(?=[A-Za-z0-9._~+/=-]*[0-9._~+/=-])[A-Za-z0-9._~+/=-]+"
                r"|[A-Za-z0-9._~+/=-]{20,})", re.IGNORECASE), r"\1\2" + MASK),
    # The store's API tokens (mp_ + URL-safe base64) wherever they appear.
    (re.compile(r"\bmp_[A-Za-z0-9_\-]{6,}"), "mp_" + MASK),
    # key=value secrets in URLs, query strings and config dumps.
    (re.compile(r"\b((?:access_|api_|auth_)?token|api_?key|password|passwd|secret)(\s*[=:]\s*)[^\s&,;\"'<>]+",
                re.IGNORECASE), r"\1\2" + MASK),
    # user:password@host in URLs.
    (re.compile(r"(\b[a-z][a-z0-9+.\-]*://[^\s/:@]+:)[^\s/@]+@", re.IGNORECASE), r"\1" + MASK + "@"),
)

_iface: Any = None  # the desktop's interface, handed over by plugin.py; None under qgis_process and the CLI


def set_iface(iface: Any) -> None:
    """Remember the QGIS interface for message-bar pushes (None to forget it). core/ never reaches for
    `qgis.utils.iface` itself (docs/ARCHITECTURE.md, "Packages and what may import what")."""
    global _iface
    _iface = iface


def redact(message: str) -> str:
    """`message` with bearer tokens, mp_ tokens and password-like values masked."""
    for pattern, replacement in _REDACTIONS:
        message = pattern.sub(replacement, message)
    return message


def _in_main_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


def log(
    message: Any,
    level: Qgis.MessageLevel = Qgis.MessageLevel.Info,
    push: bool = False,
    duration: int = -1,
) -> str:
    """Log `message` (redacted) and optionally show it in the message bar.

    `duration` is in seconds; -1 uses QGIS's default for the level, 0 keeps the
    message until the user closes it. Returns the text that was logged.
    """
    text = redact(str(message))
    # QgsMessageLog is thread-safe, so tasks may log from their worker thread.
    loud = (Qgis.MessageLevel.Warning, Qgis.MessageLevel.Critical)
    QgsMessageLog.logMessage(text, TAG, level, notifyUser=push or level in loud)
    # Widgets may only be touched from the GUI thread; a worker's push stays in the log.
    if push and _in_main_thread():
        if _iface is not None:
            # the message bar shows rich text: a message quoting a point's name must not become markup
            _iface.messageBar().pushMessage(TAG, html.escape(text, quote=False).replace("\n", "<br/>"), level, duration)
    return text
