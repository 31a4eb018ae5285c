"""Connection settings: store address, QGIS auth configuration, working copy file, "Test connection"."""

from __future__ import annotations

from qgis.gui import QgsAuthConfigSelect, QgsFileWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.connection.client import StoreClient, StoreError, plain_http_warning
from ..core.connection.credentials import CredentialsError, master_password_note, read_credentials
from ..core.connection.proxy import proxies_for
from ..core.i18n import tr
from ..core.settings import ConnectionSettings, default_workcopy
from .plain_text import plain

TEST_TIMEOUT = 10.0


def describe_me(me) -> str:  # type: ignore[no-untyped-def]
    area = ", ".join(f"{me.scope_names.get(p) or p} ({p})" for p in me.scope) or (
        tr("the whole country") if me.writes_anywhere else tr("none"))
    return tr("Connected as {0} ({1}). Your area: {2}.").format(me.user, role_label(me.role), area)


def role_label(role: str) -> str:
    """A store role in the UI language (the code itself for a role this plugin does not know)."""
    return {"viewer": tr("viewer"), "editor": tr("editor"), "coordinator": tr("coordinator"), "admin": tr("admin"),
            "operator": tr("operator")}.get(role, role)


class ConnectionDialog(QDialog):
    def __init__(self, settings: ConnectionSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Mapuj Pomoc – connection"))
        self.settings = settings
        self.url = QLineEdit(settings.store_url)
        self.url.setPlaceholderText("https://pomoc.example.pl")
        self.auth = QgsAuthConfigSelect(self)
        self.auth.setConfigId(settings.authcfg)
        self.workcopy = QgsFileWidget()
        self.workcopy.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.workcopy.setFilter(tr("GeoPackage (*.gpkg)"))
        self.workcopy.setFilePath(settings.workcopy)
        self.workcopy.lineEdit().setPlaceholderText(tr("default: {0}").format(default_workcopy(settings.store_url)))
        self.test_button = QPushButton(tr("Test connection"))
        self.result = plain(QLabel())  # the store's reply and error messages: plain text
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(tr("Store address"), self.url)
        form.addRow(tr("Authentication"), self.auth)
        hint = QLabel(tr("Use a 'Basic' configuration: your store user name, and the token as password."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.addRow(tr("Working copy"), self.workcopy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.test_button.clicked.connect(self.test_connection)
        # an answer about other settings than the ones shown would mislead: it goes when they change
        self.url.textChanged.connect(self.clear_result)
        self.auth.selectedConfigIdChanged.connect(self.clear_result)
        self.workcopy.fileChanged.connect(self.clear_result)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def current(self) -> ConnectionSettings:
        return ConnectionSettings(store_url=self.url.text().strip().rstrip("/"), authcfg=self.auth.configId(),
                                  workcopy=self.workcopy.filePath().strip(), timeout=self.settings.timeout)

    def test_connection(self) -> bool:
        """Reach the store (reading needs no credentials), then ask who the token belongs to when an
        authentication configuration is chosen; show the answer or why it failed, in the UI language."""
        s = self.current()
        if not s.store_url:
            return self._show(False, tr("Enter the store address first."))
        user = token = None
        if s.authcfg:
            note = master_password_note()
            if note:  # QGIS's own prompt comes next and does not say what it is for
                self._show(True, note)
                QApplication.processEvents()
            try:
                user, token = read_credentials(s.authcfg)
            except CredentialsError as exc:
                return self._show(False, str(exc))
        client = StoreClient(s.store_url, token, user=user, proxies=proxies_for(s.store_url), timeout=TEST_TIMEOUT)
        warning = plain_http_warning(s.store_url) if token else None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if token is None:
                client.check_store()
                return self._show(True, tr("The store at {0} answers; reading is public. To send changes, choose an "
                                           "authentication configuration with your store user name and token.")
                                  .format(s.store_url))
            answer = describe_me(client.me())
            return self._show(not warning, f"{warning}\n\n{answer}" if warning else answer)
        except StoreError as exc:
            return self._show(False, str(exc))
        finally:
            QApplication.restoreOverrideCursor()
            client.close()

    def clear_result(self, *_args: object) -> None:
        self.result.clear()
        self.result.setStyleSheet("")

    def _show(self, ok: bool, text: str) -> bool:
        self.result.setText(text)
        self.result.setStyleSheet("color: #1b5e20;" if ok else "color: #b71c1c;")
        # Qt does not make the dialog taller for the new lines, so the wrapped hint above would be cut off
        self.resize(self.width(), max(self.height(), self.layout().totalHeightForWidth(self.width())))
        return ok

    def accept(self) -> None:
        self.settings = self.current()
        self.settings.save()
        super().accept()
