"""Every message in the UI language (issue 16): connection failures, the store's refusals, the Sync panel.

The plugin's catalogs are compiled as the plugin ships them (scripts/i18n.py compile) and installed in
the running QGIS, the UI locale set, and the dialogs and the dock driven like a user would, against the
real store over HTTP. Expected texts are written out here in Polish and Ukrainian, so a message that
stayed English, or lost what to do, fails.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import http.server
import json
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import requests
from qgis.core import Qgis, QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from support import ports

from mapujpomoc_model import catalog
from mapujpomoc_qgis.core import log
from mapujpomoc_qgis.core.connection import credentials
from mapujpomoc_qgis.core.connection.client import StoreClient
from mapujpomoc_qgis.core.connection.problem_text import problem_text
from mapujpomoc_qgis.core.settings import ConnectionSettings
from mapujpomoc_qgis.core.sync import push
from mapujpomoc_qgis.gui import connection_dialog
from mapujpomoc_qgis.gui.connection_dialog import ConnectionDialog
from mapujpomoc_qgis.gui.history_dialog import history_rows
from mapujpomoc_qgis.gui.sync_dock import SyncDock
from mapujpomoc_qgis.gui.sync_runner import SyncRunner, report_level

ROOT = Path(__file__).resolve().parents[2]
OLSZTYN = (20.4801, 53.7784)
BARCZEWO = (20.6911, 53.8303)  # gmina Barczewo (2814013): outside ed_olsztyn's area
LOCALES = {"pl": "pl_PL", "uk": "uk_UA"}


# -- the plugin's catalogs, installed as the plugin does --------------------------------------------------

@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("qm")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "compile", "--out-dir", str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture
def speak(qgis_app: Any, qm_dir: Path, ui_language: Any, clean_settings: Any) -> Iterator[Any]:
    """speak('pl'): QGIS's UI locale and the plugin's catalog for that language until the test ends."""
    installed: list[QTranslator] = []

    def install(lang: str) -> None:
        for old in installed:
            QCoreApplication.removeTranslator(old)
        ui_language(LOCALES.get(lang, "en_US"))
        if lang in LOCALES:
            translator = QTranslator()
            assert translator.load(str(qm_dir / f"mapujpomoc_{lang}.qm"))
            assert QCoreApplication.installTranslator(translator)
            installed.append(translator)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def basic_auth(auth_db: Any, store: Any) -> Iterator[Any]:
    made: list[str] = []

    def make(user: str, token: str | None = None) -> str:
        cfg_id = credentials.save_credentials(f"Mapuj Pomoc {user}", store.url, user,
                                              store.token(user) if token is None else token)
        made.append(cfg_id)
        return cfg_id

    yield make
    for cfg_id in made:
        auth_db.removeAuthenticationConfig(cfg_id)


@pytest.fixture
def dialog(qtbot: Any, speak: Any) -> ConnectionDialog:
    dlg = ConnectionDialog(ConnectionSettings())
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _test(qtbot: Any, dlg: ConnectionDialog, url: str, authcfg: str) -> str:
    dlg.url.clear()
    qtbot.keyClicks(dlg.url, url)
    dlg.auth.setConfigId(authcfg)
    qtbot.mouseClick(dlg.test_button, Qt.LeftButton)
    text = dlg.result.text()
    assert text
    return text


def _is_error(dlg: ConnectionDialog) -> bool:
    return "b71c1c" in dlg.result.styleSheet()


@contextlib.contextmanager
def _answering(status: int, body: dict[str, Any] | None = None) -> Iterator[str]:
    """A local HTTP server answering every request with `status` (a proxy before a stopped store: 502)."""
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            data = json.dumps(body or {}).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/problem+json" if body else "text/html")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# what each failure says, in each language: (the words of the reason, the words of what to do)
EXPECTED = {
    "pl": {
        "no_scheme": ("nie jest pełnym adresem magazynu", "musi zaczynać się od https://"),
        "refused": ("odmówił połączenia: nic tam nie nasłuchuje", "Sprawdź adres i port"),
        "token": ("Magazyn nie przyjął danych logowania: Ten magazyn nie zna tego tokenu",
                  "Sprawdź token w ustawieniach połączenia."),
        "down": ("jest teraz niedostępny (502): może być zatrzymany lub uruchamiany ponownie",
                 "Spróbuj ponownie za kilka minut"),
        "crash": ("W magazynie wystąpił błąd wewnętrzny (500)", "powiadom operatora magazynu"),
        "database": ("Magazyn nie może teraz połączyć się ze swoją bazą danych", "spróbuj ponownie za kilka sekund"),
        "timeout": ("nie odpowiedział w ciągu 1 s", "sprawdź sieć lub ustawienia proxy"),
        "tls": ("Nie udało się nawiązać bezpiecznego połączenia", "Sprawdź adres"),
        "public": ("odpowiada; odczyt jest publiczny", "wybierz konfigurację uwierzytelniania"),
    },
    "uk": {
        "no_scheme": ("не є повною адресою сховища", "має починатися з https://"),
        "refused": ("відмовив у з'єднанні: там ніщо не слухає", "Перевірте адресу й порт"),
        "token": ("Сховище не прийняло облікові дані: Це сховище не знає цього токена",
                  "Перевірте токен у налаштуваннях з'єднання."),
        "down": ("зараз недоступне (502): можливо, його зупинено або перезапускається",
                 "Спробуйте ще раз за кілька хвилин"),
        "crash": ("У сховищі сталася внутрішня помилка (500)", "повідомте оператора сховища"),
        "database": ("Сховище зараз не може з'єднатися зі своєю базою даних", "спробуйте ще раз за кілька секунд"),
        "timeout": ("не відповіло протягом 1 с", "перевірте мережу чи налаштування проксі"),
        "tls": ("Не вдалося встановити захищене з'єднання", "Перевірте адресу"),
        "public": ("відповідає; читання публічне", "виберіть конфігурацію автентифікації"),
    },
}
ENGLISH_WORDS = ("Check", "the store", "Try again", "refused the connection", "not known to this store")


def _says(text: str, lang: str, case: str) -> None:
    reason, todo = EXPECTED[lang][case]
    assert reason in text and todo in text, (case, text)
    assert not any(word in text for word in ENGLISH_WORDS), (case, text)


@pytest.mark.parametrize("lang", ["pl", "uk"])
def test_connection_failures_in_the_ui_language(qtbot: Any, dialog: ConnectionDialog, speak: Any, store: Any,
                                                basic_auth: Any, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    speak(lang)
    good = basic_auth("ed_olsztyn")
    host = store.url.split("://", 1)[1]
    _says(_test(qtbot, dialog, host, good), lang, "no_scheme")  # the address typed without http://
    assert _is_error(dialog)
    with ports.closed_port() as port:
        _says(_test(qtbot, dialog, f"http://127.0.0.1:{port}", good), lang, "refused")
    text = _test(qtbot, dialog, store.url, basic_auth("ed_olsztyn", "mp_not-the-right-token"))
    _says(text, lang, "token")
    assert "mp_not-the-right-token" not in text and ".." not in text
    with _answering(502) as url:  # a reverse proxy before a stopped store
        _says(_test(qtbot, dialog, url, good), lang, "down")
    with _answering(500) as url:
        _says(_test(qtbot, dialog, url, good), lang, "crash")
    with _answering(503, {"type": "https://mapujpomoc.example/problems/database-unavailable", "status": 503,
                          "code": "database-unavailable", "params": {}, "detail": "The store cannot reach"}) as url:
        _says(_test(qtbot, dialog, url, good), lang, "database")
    monkeypatch.setattr(connection_dialog, "TEST_TIMEOUT", 1.0)
    with ports.silent_server() as port:
        _says(_test(qtbot, dialog, f"http://127.0.0.1:{port}", good), lang, "timeout")
    _says(_test(qtbot, dialog, store.url.replace("http://", "https://"), good), lang, "tls")  # TLS to a plain port
    assert _is_error(dialog)


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_test_connection_needs_no_credentials(qtbot: Any, dialog: ConnectionDialog, speak: Any, store: Any,
                                              auth_db: Any, lang: str) -> None:
    speak(lang)
    text = _test(qtbot, dialog, store.url, "")
    assert not _is_error(dialog)
    if lang == "en":
        assert text == (f"The store at {store.url} answers; reading is public. To send changes, choose an "
                        "authentication configuration with your store user name and token.")
    else:
        _says(text, lang, "public")
    # without credentials it still reaches the store: nothing there is an error
    with ports.closed_port() as port:
        text = _test(qtbot, dialog, f"http://127.0.0.1:{port}", "")
    assert _is_error(dialog) and str(port) in text


def test_a_stale_answer_goes_when_the_settings_change(qtbot: Any, dialog: ConnectionDialog, store: Any,
                                                      basic_auth: Any) -> None:
    with ports.closed_port() as port:
        _test(qtbot, dialog, f"http://127.0.0.1:{port}", basic_auth("ed_olsztyn"))
    assert _is_error(dialog) and dialog.result.text()
    qtbot.keyClicks(dialog.url, "0")  # the user corrects the address
    assert dialog.result.text() == "" and not _is_error(dialog)
    _test(qtbot, dialog, "localhost", "")
    assert dialog.result.text()
    dialog.auth.setConfigId(basic_auth("ed_olsztyn"))  # another authentication
    assert dialog.result.text() == ""


def test_the_master_password_prompt_is_explained_first(qtbot: Any, dialog: ConnectionDialog, store: Any,
                                                       basic_auth: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert credentials.master_password_note() is None  # unlocked (auth_db): QGIS asks nothing, nor do we
    note = "QGIS will now ask for its master password"
    seen: list[str] = []
    real = connection_dialog.read_credentials

    def reading(authcfg: str) -> tuple[str, str]:  # where QGIS would show its prompt
        seen.append(dialog.result.text())
        return real(authcfg)

    monkeypatch.setattr(connection_dialog, "master_password_note",
                        lambda: note + ": it unlocks the QGIS authentication database.")
    monkeypatch.setattr(connection_dialog, "read_credentials", reading)
    text = _test(qtbot, dialog, store.url, basic_auth("ed_olsztyn"))
    assert seen and seen[0].startswith(note)
    assert text.startswith("Connected as ed_olsztyn")


# -- the store's refusals and the Sync panel --------------------------------------------------------------

def test_a_store_refusal_in_polish_names_the_field_as_the_form_does(speak: Any, store: Any) -> None:
    speak("pl")
    fid = str(uuid.uuid4())
    props = {"name": "Punkt", "help_types": ["legal"], "postcode": "10512", "opening_hours": "codziennie"}
    with StoreClient(store.url, store.token("ed_olsztyn"), user="ed_olsztyn") as client:
        status, reply = client.post_changeset({"id": str(uuid.uuid4()), "operations": [
            {"op": "create", "collection": "aid_points", "id": fid, "properties": props,
             "geometry": {"type": "Point", "coordinates": list(OLSZTYN)}}]})
    assert status == 422
    text = problem_text(reply["results"][0])
    assert text is not None and text.startswith("Obiekt jest nieprawidłowy: ")
    assert "Kod pocztowy: to nie jest kod pocztowy w postaci NN-NNN" in text
    assert "Godziny otwarcia: „codziennie” nie jest zrozumiałe jako godziny otwarcia" in text
    assert "postcode" not in text and "opening_hours" not in text
    speak("uk")
    assert "Поштовий індекс: це не поштовий індекс у формі NN-NNN" in (problem_text(reply["results"][0]) or "")


@pytest.fixture
def dock(qgis_iface: Any, qtbot: Any, store: Any, auth_db: Any, speak: Any, tmp_path: Path) -> Iterator[SyncDock]:
    authcfg = credentials.save_credentials("dock test", store.url, "ed_olsztyn", store.token("ed_olsztyn"))
    ConnectionSettings(store_url=store.url, authcfg=authcfg, workcopy=str(tmp_path / "wc.gpkg")).save()
    QgsProject.instance().clear()
    log.set_iface(qgis_iface)
    qgis_iface.messageBar().clear_messages()
    widget = SyncDock(qgis_iface, SyncRunner(qgis_iface))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.cleanup()
    log.set_iface(None)
    QgsProject.instance().clear()
    auth_db.removeAuthenticationConfig(authcfg)


def _create_in_olsztyn(store: Any, name: str) -> str:
    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": list(OLSZTYN)},
               "properties": {"name": name, "help_types": ["legal"], "phone": "+48 89 000 00 00"}}
    r = requests.post(f"{store.url}/collections/aid_points/items", data=json.dumps(feature), timeout=10,
                      headers={**store.auth("admin"), "Content-Type": "application/geo+json"})
    assert r.status_code == 201, r.text
    return r.json()["id"]


def _sync(dock: SyncDock, qtbot: Any) -> Any:
    finished: list[Any] = []
    dock.runner.done.connect(finished.append)
    dock.sync_button.click()
    qtbot.waitUntil(lambda: bool(finished) and dock.sync_button.isEnabled(), timeout=30_000)
    return finished[0]


def _feature(layer: QgsVectorLayer, fid: str) -> Any:
    return next(layer.getFeatures(QgsFeatureRequest().setFilterExpression(f"\"uuid\" = '{fid}'")))


def test_a_refused_edit_is_a_warning_that_opens_the_panel_on_it(dock: SyncDock, qtbot: Any, store: Any,
                                                                qgis_iface: Any, speak: Any,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    speak("pl")
    moved, invalid = _create_in_olsztyn(store, "Punkt przeniesiony"), _create_in_olsztyn(store, "Punkt z kodem")
    _sync(dock, qtbot)
    layer = dock.aid_points_layer()
    assert layer is not None
    assert layer.startEditing()
    layer.changeGeometry(_feature(layer, moved).id(), QgsGeometry.fromPointXY(QgsPointXY(*BARCZEWO)))
    layer.changeAttributeValue(_feature(layer, invalid).id(), layer.fields().indexOf("postcode"), "10512")
    assert layer.commitChanges(), layer.commitErrors()
    # the store's own refusal, not the plugin's check before sending: let everything through to the store
    monkeypatch.setattr(push.Pusher, "refuse_locally", lambda self, ops, report: ops)
    dock.tabs.setCurrentWidget(dock.pending)
    qgis_iface.messageBar().clear_messages()

    task = _sync(dock, qtbot)
    assert report_level(task) == Qgis.MessageLevel.Warning
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("odrzucił 2 zmiany" in m for m in warnings), warnings
    assert not qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success)
    assert dock.tabs.currentWidget() is dock.refused and dock.isVisible()
    assert dock.tabs.tabText(2) == "Odrzucone (2)"
    rows = {dock.refused.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)[1]: dock.refused.topLevelItem(i)
            for i in range(dock.refused.topLevelItemCount())}
    assert set(rows) == {moved, invalid} and all(item.isSelected() for item in rows.values())
    assert "leży poza Twoim obszarem (Olsztyn (2862011)); nie możesz tam przenosić punktów" in rows[moved].text(2)
    assert rows[invalid].text(2) == ("Obiekt jest nieprawidłowy: Kod pocztowy: to nie jest kod pocztowy w "
                                     "postaci NN-NNN")
    # the live pending count refreshes the panel after the saved edits, maybe just after the sync selected the
    # refusals: they stay selected
    dock.refresh()
    refused = [dock.refused.topLevelItem(i) for i in range(dock.refused.topLevelItemCount())]
    assert len(refused) == 2 and all(item.isSelected() for item in refused)


def test_a_sync_without_refusals_or_conflicts_is_a_success(dock: SyncDock, qtbot: Any, qgis_iface: Any) -> None:
    task = _sync(dock, qtbot)
    assert task.error is None and report_level(task) == Qgis.MessageLevel.Success
    assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success)
    assert dock.tabs.currentWidget() is dock.pending


def test_the_pending_count_follows_each_saved_edit(dock: SyncDock, qtbot: Any, store: Any, speak: Any) -> None:
    speak("pl")
    first, second = _create_in_olsztyn(store, "Punkt 1"), _create_in_olsztyn(store, "Punkt 2")
    _sync(dock, qtbot)
    assert dock.tabs.tabText(0) == "Oczekujące (0)"
    layer = dock.aid_points_layer()
    assert layer is not None
    for n, fid in enumerate((first, second), start=1):
        assert layer.startEditing()
        layer.changeAttributeValue(_feature(layer, fid).id(), layer.fields().indexOf("phone"), f"+48 89 555 55 5{n}")
        assert dock.tabs.tabText(0) == f"Oczekujące ({n - 1})"  # not saved yet: nothing in the outbox
        assert layer.commitChanges(), layer.commitErrors()
        qtbot.waitUntil(lambda n=n: dock.tabs.tabText(0) == f"Oczekujące ({n})", timeout=5_000)
    # counted straight from the working copy's outbox
    import sqlite3

    with contextlib.closing(sqlite3.connect(ConnectionSettings.load().workcopy_path())) as db:
        assert db.execute("SELECT count(*) FROM mp_outbox WHERE state = 'pending'").fetchone()[0] == 2


def test_double_click_on_a_conflict_opens_it(dock: SyncDock, qtbot: Any, store: Any) -> None:
    clash = _create_in_olsztyn(store, "Punkt A")
    _sync(dock, qtbot)
    layer = dock.aid_points_layer()
    assert layer is not None and layer.startEditing()
    layer.changeAttributeValue(_feature(layer, clash).id(), layer.fields().indexOf("phone"), "+48 89 111 11 11")
    assert layer.commitChanges()
    url = f"{store.url}/collections/aid_points/items/{clash}"
    r = requests.patch(url, data=json.dumps({"properties": {"phone": "+48 89 222 22 22"}}), timeout=10,
                       headers={**store.auth("admin"), "If-Match": requests.get(url, timeout=10).headers["ETag"],
                                "Content-Type": "application/merge-patch+json"})
    assert r.status_code == 200, r.text
    _sync(dock, qtbot)
    assert dock.conflicts.topLevelItemCount() == 1 and dock.conflict_dialog is None
    dock.tabs.setCurrentWidget(dock.conflicts)
    item = dock.conflicts.topLevelItem(0)
    rect = dock.conflicts.visualItemRect(item)
    qtbot.mouseClick(dock.conflicts.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dock.conflicts.viewport(), Qt.LeftButton, pos=rect.center())
    dialog = dock.conflict_dialog
    assert dialog is not None and dialog.isVisible() and dialog.fid == clash
    assert dialog.table.item(0, 2).text() == "+48 89 111 11 11"
    dialog.reject()


def test_history_shows_local_time_and_labels(speak: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    speak("pl")
    monkeypatch.setenv("TZ", "Europe/Warsaw")
    time.tzset()
    try:
        history = {"history": [{"version": 3, "at": "2024-07-01T10:15:00Z", "user": "ed_olsztyn", "op": "update",
                                "changes": [{"field": "help_types", "old": ["legal"], "new": ["legal", "food"]},
                                            {"field": "status", "old": "unverified", "new": "active"}]}]}
        rows = history_rows(history)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    local = dt.datetime(2024, 7, 1, 10, 15, tzinfo=dt.UTC).astimezone(ZoneInfo("Europe/Warsaw"))
    assert rows[0][1] == local.strftime("%Y-%m-%d %H:%M:%S") == "2024-07-01 12:15:00"
    labels = {e.code: e.label("pl") for e in (*catalog.HELP_TYPES, *catalog.STATUSES)}
    assert rows[0][3].endswith("Rodzaje pomocy") and rows[1][3].endswith("Status")
    assert rows[0][4:] == (labels["legal"], f"{labels['legal']}, {labels['food']}")
    assert rows[1][4:] == (labels["unverified"], labels["active"])
    assert "legal" not in rows[0][5] and "Z" not in rows[0][1]


def test_history_needs_no_credentials(dock: SyncDock, qtbot: Any, store: Any, speak: Any) -> None:
    speak("pl")
    fid = _create_in_olsztyn(store, "Punkt z historią")
    _sync(dock, qtbot)
    settings = ConnectionSettings.load()
    ConnectionSettings(store_url=settings.store_url, authcfg="", workcopy=settings.workcopy).save()
    layer = dock.aid_points_layer()
    assert layer is not None
    layer.selectByExpression(f"\"uuid\" = '{fid}'")
    history = dock.show_history()
    assert history is not None
    qtbot.waitUntil(lambda: history.result_data is not None or history.error is not None, timeout=10_000)
    assert history.error is None and history.table.rowCount() > 0
    assert not history.revert_button.isVisible()  # reading only: no role, no revert
    # an anonymous reader is told the editor's role (admin made the point), in the UI language
    assert {history.table.item(r, 2).text() for r in range(history.table.rowCount())} == {"administrator"}


def test_a_refusal_opens_the_sync_panel_even_when_it_was_never_opened(qgis_iface: Any, qtbot: Any, store: Any,
                                                                     auth_db: Any, speak: Any, tmp_path: Path,
                                                                     make_workcopy: Any) -> None:
    import mapujpomoc_qgis

    speak("pl")
    fid = _create_in_olsztyn(store, "Punkt z telefonem")
    path = tmp_path / "wc.gpkg"
    make_workcopy(path, store, "ed_olsztyn")
    layer = QgsVectorLayer(f"{path}|layername=aid_points", "aid_points", "ogr")
    assert layer.isValid() and layer.startEditing()
    layer.changeAttributeValue(_feature(layer, fid).id(), layer.fields().indexOf("phone"), "12")
    assert layer.commitChanges(), layer.commitErrors()
    del layer
    authcfg = credentials.save_credentials("plugin test", store.url, "ed_olsztyn", store.token("ed_olsztyn"))
    ConnectionSettings(store_url=store.url, authcfg=authcfg, workcopy=str(path)).save()
    QgsProject.instance().clear()
    plugin = mapujpomoc_qgis.classFactory(qgis_iface)
    try:
        finished: list[Any] = []
        plugin.runner().done.connect(finished.append)
        assert plugin.sync_dock is None
        plugin.sync()
        qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
        dock = plugin.sync_dock
        # (the test's QGIS window is never shown, so "not hidden" is what a user would see as open)
        assert dock is not None and not dock.isHidden() and dock.tabs.currentWidget() is dock.refused
        item = dock.refused.topLevelItem(0)
        assert item.isSelected() and item.data(0, Qt.ItemDataRole.UserRole)[1] == fid
        assert item.text(2).startswith("Telefon: to nie jest numer telefonu")
        dock.hide()  # closed by the user: the next refusal opens it again
        dock.show_refusals([("aid_points", fid)])
        assert not dock.isHidden()
    finally:
        if plugin.sync_dock is not None:
            plugin.sync_dock.cleanup()
            plugin.sync_dock.deleteLater()
        QgsProject.instance().clear()
        auth_db.removeAuthenticationConfig(authcfg)
