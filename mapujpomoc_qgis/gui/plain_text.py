"""Other people's text in widgets: shown as the characters it has, never as rich text (README, "Output safety").

A QLabel, a QMessageBox and a tooltip guess whether their text is HTML (`Qt.mightBeRichText`): a point
named `<img src="file:///…"><b>Kliknij tutaj</b>` would show a local image and a bold instruction of its
author's. So a label that shows names, store replies or error messages (which quote them) is set to
plain text, our own rich text escapes what it quotes, and a tooltip is built as escaped rich text.
Item views (QTableWidgetItem, QTreeWidgetItem, QListWidgetItem, combo boxes) show their text as it is.
"""

from __future__ import annotations

import html

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QTextDocument
from qgis.PyQt.QtWidgets import QLabel


def plain(label: QLabel) -> QLabel:
    """`label` showing its text as plain text from now on."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def escaped(text: object) -> str:
    """`text` to quote inside our own rich text."""
    return html.escape(str(text))


def plain_tooltip(text: str) -> str:
    """A tooltip showing `text` as it is (a tooltip has no text format of its own: escaped rich text)."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text).replace("\n", "<br/>") + "</p>"


def displayed_text(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a reader sees of `text` in a widget with `text_format` (rich text rendered, as Qt decides)."""
    rich = text_format == Qt.TextFormat.RichText or (text_format == Qt.TextFormat.AutoText
                                                     and Qt.mightBeRichText(text))
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def label_shows(label: QLabel) -> str:
    """What a reader sees in `label`."""
    return displayed_text(label.text(), label.textFormat())
