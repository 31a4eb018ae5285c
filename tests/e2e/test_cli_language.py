"""`mapujpomoc` speaks the terminal's language: LANG/LC_ALL/LC_MESSAGES or --language pick Polish, Ukrainian or
English, for its own lines and for the store's replies, as the console script runs against the real store.

What each line should say is read here from the compiled catalogues the plugin ships (one QTranslator per
language, as Qt reads them), never echoed from the command's own code."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from e2elib import store_features
from qgis.PyQt.QtCore import QTranslator

from mapujpomoc_model.messages import COLLECTION_LABELS
from mapujpomoc_qgis.core.i18n import CONTEXT, QM_DIR

CLI = Path(sys.executable).with_name("mapujpomoc")
LOCALES = {"pl": "pl_PL.UTF-8", "uk": "uk_UA.UTF-8"}


class Catalogue:
    """The shipped translation of one language, as a reader independent of the plugin's tr()."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.translator = QTranslator()
        assert self.translator.load(str(QM_DIR / f"mapujpomoc_{lang}.qm")), f"no compiled catalogue for {lang}"

    def __call__(self, source: str, n: int = -1) -> str:
        text = self.translator.translate(CONTEXT, source, None, n)
        assert text, f"{source!r} has no {self.lang} translation in the compiled catalogue"
        return text.replace("%n", str(n)) if n >= 0 else text


def run(*args: str, env: dict[str, str], token: str | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("MAPUJPOMOC_TOKEN", "LC_ALL", "LC_MESSAGES", "LANG")}
    if token is not None:
        clean["MAPUJPOMOC_TOKEN"] = token
    return subprocess.run([str(CLI), *args], capture_output=True, text=True, env={**clean, **env}, timeout=120)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("lang", sorted(LOCALES))
def test_sync_and_status_in_the_locale_language(store: Any, tmp_path: Path, lang: str) -> None:
    t = Catalogue(lang)
    env = {"LANG": LOCALES[lang]}
    workcopy = tmp_path / "wc.gpkg"
    proc = run("sync", "--store", store.url, "--workcopy", str(workcopy), env=env, token=store.token("ed_olsztyn"))
    assert proc.returncode == 0, proc.stderr
    label = COLLECTION_LABELS["aid_points"][("en", "pl", "uk").index(lang)]
    count = len(store_features(store))
    created = t("%n {0} created", count).format(label)
    line = proc.stdout.splitlines()[0]  # the first sync also brings the boundaries
    assert line == (t("pulled {0}; pushed {1}").format(created, t("nothing"))
                    + t("; boundaries updated: {0}").format("wojewodztwa, powiaty, gminy")), line
    assert "pulled" not in proc.stdout and "created" not in proc.stdout

    proc = run("status", "--workcopy", str(workcopy), env=env)
    lines = proc.stdout.splitlines()
    assert proc.returncode == 0 and lines[0].startswith(t("store: {0}; last sync: {1}").format(store.url, "")), lines
    assert lines[1] == t("{0} pending change(s), {1} conflicting field(s), {2} refused").format(0, 0, 0)


def test_the_language_option_wins_over_the_locale(store: Any, tmp_path: Path) -> None:
    t = Catalogue("uk")
    proc = run("--language", "uk", "sync", "--store", store.url, "--workcopy", str(tmp_path / "wc.gpkg"),
               env={"LC_ALL": LOCALES["pl"], "LANG": LOCALES["pl"]}, token=store.token("ed_olsztyn"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(t("pulled {0}; pushed {1}").split("{0}")[0])
    proc = run("--language", "en", "status", "--workcopy", str(tmp_path / "wc.gpkg"), env={"LANG": LOCALES["uk"]})
    assert proc.stdout.splitlines()[1] == "0 pending change(s), 0 conflicting field(s), 0 refused"


def test_lc_all_outranks_lang_and_c_is_english(store: Any, tmp_path: Path) -> None:
    workcopy = tmp_path / "wc.gpkg"
    token = store.token("ed_olsztyn")
    proc = run("sync", "--store", store.url, "--workcopy", str(workcopy), env={"LANG": "C.UTF-8"}, token=token)
    assert proc.returncode == 0 and proc.stdout.startswith("pulled "), proc.stdout
    again = run("sync", "--store", store.url, "--workcopy", str(workcopy),
                env={"LANG": "C.UTF-8", "LC_ALL": LOCALES["pl"]}, token=token)
    t = Catalogue("pl")
    assert again.stdout.splitlines()[0] == t("pulled {0}; pushed {1}").format(t("nothing"), t("nothing"))


@pytest.mark.parametrize("lang", sorted(LOCALES))
def test_errors_in_the_locale_language(tmp_path: Path, lang: str) -> None:
    t = Catalogue(lang)
    env = {"LANG": LOCALES[lang]}
    proc = run("sync", "--store", "http://127.0.0.1:1", "--workcopy", str(tmp_path / "wc.gpkg"), env=env, token="")
    assert proc.returncode == 2 and proc.stderr.strip() == t(
        "error: set the environment variable MAPUJPOMOC_TOKEN to your store token")
    address = f"http://127.0.0.1:{_closed_port()}"
    proc = run("sync", "--store", address, "--workcopy", str(tmp_path / "wc.gpkg"), env=env, token="x")
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    refused = t("{0} refused the connection: nothing is listening there. Check the address and port, or ask whether "
                "the store is running.")
    prefix = t("error: {0}").format("")
    assert proc.stderr.startswith(prefix) and refused.split("{0}")[1].strip() in proc.stderr, proc.stderr


@pytest.mark.parametrize("lang", sorted(LOCALES))
def test_a_store_refusal_in_the_locale_language(store: Any, tmp_path: Path, lang: str) -> None:
    """A token the store does not know: its problem, rendered from its code in the terminal's language."""
    proc = run("sync", "--store", store.url, "--workcopy", str(tmp_path / "wc.gpkg"),
               env={"LANG": LOCALES[lang]}, token="not-a-token")
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    expected = {"pl": "Ten magazyn nie zna tego tokenu.", "uk": "Це сховище не знає цього токена."}[lang]
    assert expected in proc.stderr and "The token is not known" not in proc.stderr, proc.stderr
