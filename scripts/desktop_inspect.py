"""What a dock or dialog shows on the screen, for the laptop-screen test (runs INSIDE QGIS).

scripts/desktop_driver.py loads this file (config["inspector"]) when config["inspect"] is set and calls
`inspect(top, screen)` on every dock and dialog it opens. For each state of the window's tabs it lists

- the controls a user cannot reach: a visible button, field, list, label... whose rectangle (in global
  coordinates) is not inside the screen, or is cut off by a parent. A control inside a scroll area
  counts as reachable when the scroll area itself is (the user scrolls to it), so its rectangle is
  replaced by the scroll area's;
- every text it shows: labels, buttons, group and tab titles, list, tree and table entries and
  headers, combo box entries, placeholders, spin box suffixes, the window title.

Only Qt widgets: no plugin import, so it inspects whatever the plugin builds.
"""

from __future__ import annotations

from typing import Any

from qgis.PyQt.QtCore import QPoint, QRect, Qt
from qgis.PyQt.QtGui import QTextDocument
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView, QProgressBar, QLabel,
            QGroupBox, QPlainTextEdit, QTextEdit)
TOLERANCE = 2  # pixels: frames and shadows may stick out that much


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _scroll_area_of_viewport(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return parent
    return None


def _inside(outer: QRect, inner: QRect) -> bool:
    return outer.adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE).contains(inner)


def describe(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "title", "placeholderText", "windowTitle"):
        value = getattr(widget, getter, None)
        if callable(value):
            try:
                text = str(value() or "")
            except TypeError:
                continue
            if text:
                break
    return f"{type(widget).__name__} {widget.objectName()!r} {text[:40]!r}".replace("  ", " ")


def unreachable(widget: QWidget, top: QWidget, screen: QRect) -> str | None:
    """Why `widget` is out of reach (None when it is reachable): off the screen or cut off by a parent."""
    rect = global_rect(widget)
    current = widget
    while current is not top and current.parentWidget() is not None:
        parent = current.parentWidget()
        area = _scroll_area_of_viewport(parent)
        if area is not None:  # scrolled content: reachable where its scroll area is
            rect, current = global_rect(area), area
            continue
        if not isinstance(current, QAbstractSlider) and not _inside(global_rect(parent), rect):
            return f"cut off by {describe(parent)}: {_box(rect)} not in {_box(global_rect(parent))}"
        current = parent
    if not _inside(screen, rect):
        return f"off the screen {_box(screen)}: {_box(rect)}"
    return None


def _box(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"


def _controls(top: QWidget) -> list[QWidget]:
    out = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, CONTROLS):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo or spin box: the box itself is checked
        out.append(widget)
    return out


def _tab_states(top: QWidget) -> list[tuple[QTabWidget | None, int]]:
    states: list[tuple[QTabWidget | None, int]] = [(None, -1)]
    for tabs in top.findChildren(QTabWidget):
        states += [(tabs, i) for i in range(tabs.count()) if tabs.isTabEnabled(i)]
    return states


def plain_lines(text: str) -> list[str]:
    if Qt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return [text, *lines] if len(lines) > 1 else lines  # a message of several lines: whole and each line


def texts(top: QWidget) -> list[str]:
    """Every text `top` shows now (visible widgets only), one entry per line."""
    found: list[str] = []

    def add(*values: Any) -> None:
        for value in values:
            if value:
                found.extend(plain_lines(str(value)))

    add(top.windowTitle())
    for w in top.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QLabel):
            add(w.text())
        elif isinstance(w, QAbstractButton):
            add(w.text())
        elif isinstance(w, QGroupBox):
            add(w.title())
        elif isinstance(w, QTabWidget):
            add(*(w.tabText(i) for i in range(w.count())))
        elif isinstance(w, QComboBox):
            add(*(w.itemText(i) for i in range(w.count())))
        elif isinstance(w, QLineEdit) and not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
            add(w.placeholderText())
        elif isinstance(w, QAbstractSpinBox):
            add(getattr(w, "prefix", lambda: "")(), getattr(w, "suffix", lambda: "")(), w.specialValueText())
        elif isinstance(w, QListWidget):
            add(*(w.item(i).text() for i in range(w.count())))
        elif isinstance(w, QTreeWidget):
            header = w.headerItem()
            add(*(header.text(c) for c in range(header.columnCount())))
            for i in range(w.topLevelItemCount()):
                item = w.topLevelItem(i)
                add(*(item.text(c) for c in range(item.columnCount())))
        elif isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                add(w.horizontalHeaderItem(c).text() if w.horizontalHeaderItem(c) else "")
            for r in range(w.rowCount()):
                add(*(w.item(r, c).text() for c in range(w.columnCount()) if w.item(r, c) is not None))
        elif isinstance(w, QPlainTextEdit):
            add(w.toPlainText())
    return found


def inspect(top: QWidget, screen: QRect) -> dict[str, Any]:
    """{"outside": [what cannot be reached, per tab], "texts": [every text shown, over every tab]}."""
    outside: list[str] = []
    shown: list[str] = []
    for tabs, index in _tab_states(top):
        before = tabs.currentIndex() if tabs is not None else -1
        if tabs is not None:
            if not tabs.isVisible():
                continue
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
        where = f"tab {tabs.tabText(index).replace('&', '')!r}: " if tabs is not None else ""
        for widget in _controls(top):
            why = unreachable(widget, top, screen)
            if why is not None:
                outside.append(f"{where}{describe(widget)} {why}")
        shown += texts(top)
        if tabs is not None:
            tabs.setCurrentIndex(before)
    QApplication.processEvents()
    return {"outside": sorted(set(outside)), "texts": sorted(set(shown)), "rect": _box(global_rect(top))}
