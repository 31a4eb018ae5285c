"""The connection dialog, driven like a user would (pytest-qt), against the real store.

Credentials are QGIS auth configurations in pytest-qgis's throwaway profile, unlocked with a master
password (the `auth_db` fixture). Also here: where the settings go (never the token) and how the
QGIS proxy settings become `requests` proxies.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialog
from support import ports

from mapujpomoc_qgis.core.connection import credentials, proxy
from mapujpomoc_qgis.core.settings import ConnectionSettings
from mapujpomoc_qgis.gui import connection_dialog
from mapujpomoc_qgis.gui.connection_dialog import ConnectionDialog


@pytest.fixture(autouse=True)
def english(ui_language: Any, clean_settings: QgsSettings) -> None:
    ui_language("en_US")


@pytest.fixture
def basic_auth(auth_db: Any, store: Any) -> Any:
    """basic_auth(user, token=None): a Basic auth config for `user` (their real token unless given)."""
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
def dialog(qtbot: Any) -> ConnectionDialog:
    dlg = ConnectionDialog(ConnectionSettings())
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _test(qtbot: Any, dlg: ConnectionDialog, url: str, authcfg: str) -> str:
    """Type the address, pick the auth config, press "Test connection"; the text the user reads."""
    dlg.url.clear()
    qtbot.keyClicks(dlg.url, url)
    dlg.auth.setConfigId(authcfg)
    assert dlg.auth.configId() == authcfg
    qtbot.mouseClick(dlg.test_button, Qt.LeftButton)
    text = dlg.result.text()
    assert text
    assert QgsApplication.overrideCursor() is None  # the wait cursor is gone again
    return text


def _is_error(dlg: ConnectionDialog) -> bool:
    return "b71c1c" in dlg.result.styleSheet()


# -- test connection ------------------------------------------------------------------------------------

def test_right_url_and_token_show_user_role_and_area(qtbot: Any, dialog: ConnectionDialog, store: Any,
                                                      basic_auth: Any) -> None:
    text = _test(qtbot, dialog, store.url, basic_auth("ed_olsztyn"))
    assert text == "Connected as ed_olsztyn (editor). Your area: Olsztyn (2862011)."
    assert not _is_error(dialog)
    text = _test(qtbot, dialog, store.url + "/", basic_auth("coord"))  # a trailing slash is fine
    assert text.startswith("Connected as coord (coordinator). Your area: ") and "(28)" in text
    text = _test(qtbot, dialog, store.url, basic_auth("admin"))
    assert text == "Connected as admin (admin). Your area: the whole country."


def test_wrong_path_on_the_store_host(qtbot: Any, dialog: ConnectionDialog, store: Any, basic_auth: Any) -> None:
    text = _test(qtbot, dialog, store.url + "/mapujpomoc", basic_auth("ed_olsztyn"))
    assert _is_error(dialog)
    assert "is not a Mapuj Pomoc store" in text and "Check the store address" in text, text


def test_a_web_page_that_is_not_a_store(qtbot: Any, dialog: ConnectionDialog, store: Any, basic_auth: Any) -> None:
    # the store's OpenAPI document is JSON, but not an OGC API landing page
    text = _test(qtbot, dialog, store.url + "/api", basic_auth("ed_olsztyn"))
    assert _is_error(dialog)
    assert "not" in text and ("OGC API" in text or "Mapuj Pomoc store" in text), text


def test_wrong_token(qtbot: Any, dialog: ConnectionDialog, store: Any, basic_auth: Any) -> None:
    text = _test(qtbot, dialog, store.url, basic_auth("ed_olsztyn", "mp_not-the-right-token"))
    assert _is_error(dialog)
    assert text.startswith("The store did not accept the credentials"), text
    assert "Check the token in the connection settings." in text
    assert ".." not in text
    assert "mp_not-the-right-token" not in text
    # a real token under another user's name is refused too
    text = _test(qtbot, dialog, store.url, basic_auth("ed_olsztyn", store.token("coord")))
    assert text.startswith("The store did not accept the credentials"), text
    assert store.token("coord") not in text


def test_nothing_listening(qtbot: Any, dialog: ConnectionDialog, basic_auth: Any) -> None:
    with ports.closed_port() as port:
        text = _test(qtbot, dialog, f"http://127.0.0.1:{port}", basic_auth("ed_olsztyn"))
    assert _is_error(dialog)
    assert text.startswith(f"http://127.0.0.1:{port} refused the connection"), text
    assert "Check the address and port" in text


def test_host_that_never_answers(qtbot: Any, dialog: ConnectionDialog, basic_auth: Any,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # (a blackhole address such as 10.255.255.1 is answered by the sandbox's network, so a local
    # socket that accepts and stays silent provokes the timeout instead)
    monkeypatch.setattr(connection_dialog, "TEST_TIMEOUT", 1.0)
    with ports.silent_server() as port:
        text = _test(qtbot, dialog, f"http://127.0.0.1:{port}", basic_auth("ed_olsztyn"))
    assert _is_error(dialog)
    assert text == (f"The store at http://127.0.0.1:{port} did not answer within 1 s. Try again later or check "
                    "your network or proxy settings.")


def test_unknown_host(qtbot: Any, dialog: ConnectionDialog, basic_auth: Any) -> None:
    text = _test(qtbot, dialog, "http://mapujpomoc.invalid", basic_auth("ed_olsztyn"))
    assert _is_error(dialog)
    assert "not known" in text or "Cannot reach" in text, text


def test_no_address(qtbot: Any, dialog: ConnectionDialog, basic_auth: Any) -> None:
    text = _test(qtbot, dialog, "  ", basic_auth("ed_olsztyn"))
    assert text == "Enter the store address first." and _is_error(dialog)


def test_no_auth_config_chosen(qtbot: Any, dialog: ConnectionDialog, store: Any, auth_db: Any) -> None:
    # reading is public: the test reaches the store without credentials and says what they are for (issue 16)
    text = _test(qtbot, dialog, store.url, "")
    assert not _is_error(dialog)
    assert text == (f"The store at {store.url} answers; reading is public. To send changes, choose an "
                    "authentication configuration with your store user name and token."), text
    # and a wrong address is still found out without them
    text = _test(qtbot, dialog, store.url + "/mapujpomoc", "")
    assert _is_error(dialog) and "is not a Mapuj Pomoc store" in text, text


def test_auth_config_of_another_method(qtbot: Any, dialog: ConnectionDialog, store: Any, auth_db: Any) -> None:
    cfg = QgsAuthMethodConfig("PKI-Paths")
    cfg.setName("a certificate, not a token")
    cfg.setConfig("certpath", "/nowhere/cert.pem")
    cfg.setConfig("keypath", "/nowhere/key.pem")
    assert auth_db.storeAuthenticationConfig(cfg)[0]
    try:
        text = _test(qtbot, dialog, store.url, cfg.id())
    finally:
        auth_db.removeAuthenticationConfig(cfg.id())
    assert _is_error(dialog)
    assert "uses the method PKI-Paths" in text and "'Basic'" in text, text


def test_basic_config_without_password(qtbot: Any, dialog: ConnectionDialog, store: Any, basic_auth: Any) -> None:
    text = _test(qtbot, dialog, store.url, basic_auth("ed_olsztyn", ""))
    assert _is_error(dialog)
    assert "has no password" in text, text


# -- saving ---------------------------------------------------------------------------------------------

def test_accept_saves_settings_but_never_the_token(qtbot: Any, store: Any, basic_auth: Any,
                                                   tmp_path: Path) -> None:
    token = store.token("ed_olsztyn")
    authcfg = basic_auth("ed_olsztyn")
    dlg = ConnectionDialog(ConnectionSettings.load())
    qtbot.addWidget(dlg)
    assert dlg.url.text() == "" and dlg.workcopy.filePath() == ""
    qtbot.keyClicks(dlg.url, store.url + "/")
    dlg.auth.setConfigId(authcfg)
    dlg.workcopy.setFilePath(str(tmp_path / "olsztyn.gpkg"))
    dlg.accept()
    assert QDialog.result(dlg) == QDialog.Accepted  # (dlg.result is the label)

    settings = QgsSettings()
    assert settings.value("mapujpomoc/store_url") == store.url
    assert settings.value("mapujpomoc/authcfg") == authcfg
    assert settings.value("mapujpomoc/workcopy") == str(tmp_path / "olsztyn.gpkg")
    loaded = ConnectionSettings.load()
    assert (loaded.store_url, loaded.authcfg, loaded.workcopy) == (store.url, authcfg, str(tmp_path / "olsztyn.gpkg"))
    assert loaded.complete

    # the token is in no key and no value of QGIS's settings, nor in the file behind them
    settings.sync()
    for key in settings.allKeys():
        assert token not in key and token not in str(settings.value(key)), key
    assert token not in Path(settings.fileName()).read_text(encoding="utf-8", errors="replace")
    # ... and the auth database keeps it encrypted
    assert token.encode() not in Path(QgsApplication.authManager().authenticationDatabasePath()).read_bytes()
    assert credentials.read_credentials(authcfg) == ("ed_olsztyn", token)

    # opening the dialog again shows what was saved
    again = ConnectionDialog(ConnectionSettings.load())
    qtbot.addWidget(again)
    assert again.url.text() == store.url and again.auth.configId() == authcfg
    assert again.workcopy.filePath() == str(tmp_path / "olsztyn.gpkg")


def test_cancel_saves_nothing(qtbot: Any, store: Any, basic_auth: Any) -> None:
    dlg = ConnectionDialog(ConnectionSettings.load())
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.url, store.url)
    dlg.auth.setConfigId(basic_auth("ed_olsztyn"))
    dlg.reject()
    assert QgsSettings().value("mapujpomoc/store_url") is None
    assert not ConnectionSettings.load().complete


# -- proxy ----------------------------------------------------------------------------------------------

def _proxy_settings(**values: Any) -> None:
    settings = QgsSettings()
    for key, value in values.items():
        settings.setValue(f"proxy/{key}", value)


def test_no_proxy_unless_enabled(qgis_app: Any) -> None:
    assert proxy.proxies_for("https://pomoc.example.pl") is None
    _proxy_settings(proxyEnabled=False, proxyType="HttpProxy", proxyHost="proxy.gmina.pl", proxyPort="3128")
    assert proxy.proxies_for("https://pomoc.example.pl") is None


def test_default_proxy_is_the_systems(qgis_app: Any) -> None:
    _proxy_settings(proxyEnabled=True, proxyType="DefaultProxy", proxyHost="proxy.gmina.pl", proxyPort="3128")
    assert proxy.proxies_for("https://pomoc.example.pl") is None  # requests reads the same environment


def test_http_proxy_with_user_and_password(qgis_app: Any) -> None:
    _proxy_settings(proxyEnabled=True, proxyType="HttpProxy", proxyHost="proxy.gmina.pl", proxyPort="3128",
                    proxyUser="jan.kowalski@gmina", proxyPassword="p@ss:w/rd")
    expected = "http://jan.kowalski%40gmina:p%40ss%3Aw%2Frd@proxy.gmina.pl:3128"
    assert proxy.proxies_for("https://pomoc.example.pl") == {"http": expected, "https": expected}


def test_http_proxy_without_user_or_port(qgis_app: Any) -> None:
    _proxy_settings(proxyEnabled=True, proxyType="HttpProxy", proxyHost="proxy.gmina.pl")
    assert proxy.proxies_for("https://pomoc.example.pl") == {"http": "http://proxy.gmina.pl",
                                                              "https": "http://proxy.gmina.pl"}


def test_socks_proxy(qgis_app: Any) -> None:
    _proxy_settings(proxyEnabled=True, proxyType="Socks5Proxy", proxyHost="10.0.0.1", proxyPort="1080")
    assert proxy.proxies_for("https://pomoc.example.pl") == {"http": "socks5h://10.0.0.1:1080",
                                                              "https": "socks5h://10.0.0.1:1080"}


@pytest.mark.parametrize("excluded", [
    "http://127.0.0.1|https://pomoc.example.pl",  # one string, as older QGIS wrote it
    ["http://127.0.0.1", "https://pomoc.example.pl"],  # a list, as the QGIS 3.22 options dialog writes it
    ["https://pomoc.example.pl"],
])
@pytest.mark.parametrize("key", ["proxyExcludedUrls", "noProxyUrls"])
def test_urls_excluded_from_the_proxy(qgis_app: Any, key: str, excluded: Any) -> None:
    _proxy_settings(proxyEnabled=True, proxyType="HttpProxy", proxyHost="proxy.gmina.pl", proxyPort="3128",
                    **{key: excluded})
    # "no proxy" URLs connect directly; the older "excluded" list meant the system's proxy
    assert proxy.proxies_for("https://pomoc.example.pl/store") == ({} if key == "noProxyUrls" else None)
    assert proxy.proxies_for("https://other.example.pl") == {"http": "http://proxy.gmina.pl:3128",
                                                              "https": "http://proxy.gmina.pl:3128"}


def test_store_listed_as_no_proxy_is_reached_directly(qtbot: Any, dialog: ConnectionDialog, store: Any,
                                                      basic_auth: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    with ports.closed_port() as dead:
        # QGIS's proxy and the system's are both down; the store is on QGIS's "no proxy" list
        monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{dead}")
        monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{dead}")
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        _proxy_settings(proxyEnabled=True, proxyType="HttpProxy", proxyHost="127.0.0.1", proxyPort=str(dead),
                        noProxyUrls=[store.url])
        text = _test(qtbot, dialog, store.url, basic_auth("ed_olsztyn"))
    assert text.startswith("Connected as ed_olsztyn"), text


def test_proxy_that_is_down_is_named(qtbot: Any, dialog: ConnectionDialog, store: Any, basic_auth: Any) -> None:
    with ports.closed_port() as dead:
        _proxy_settings(proxyEnabled=True, proxyType="HttpProxy", proxyHost="127.0.0.1", proxyPort=str(dead))
        text = _test(qtbot, dialog, store.url, basic_auth("ed_olsztyn"))
    assert _is_error(dialog)
    assert "proxy" in text.lower() and "refused the connection: nothing is listening" not in text, text
