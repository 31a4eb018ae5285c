"""Issue 16's walk-through, end to end in the real QGIS desktop at 1366×768, in Polish and in Ukrainian.

A new officer of Olsztyn: the plugin installed from the zip into a fresh profile, credentials and the
store's address saved, no project and no working copy yet. scripts/desktop_walk.py, run inside QGIS by
scripts/desktop_driver.py, connects with an address without http:// and with a port where nothing
listens, syncs while the store is stopped and with a revoked token, then makes the first sync, tries an
invalid edit in the real attribute dialog, saves a valid one and one the store refuses (a point outside
the officer's area). The store is stopped, started, its token revoked and re-issued by this test when
the walk asks (`StoreControl`).

Expected texts come from the compiled catalogue the zip ships (its .qm loaded in this process), the
store's own reply and the store's database, never from the QGIS process: each message must be the
translation, not the English source. Screenshots are in the run's `shots` folder.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import sqlite3
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from english import english_texts, plain
from harness import LAPTOP, ROOT, DesktopProfile, QgisRun, run_qgis
from support.store_server import StoreServer
from test_desktop import explain

pytestmark = [pytest.mark.desktop, pytest.mark.timeout(480)]

LANGUAGES = {"pl": "pl_PL", "uk": "uk_UA"}
USER, ROLE, SCOPE = "ed_olsztyn", "editor", ("2862011",)  # as in tests/conftest.py STORE_USERS
CONTEXT = "MapujPomoc"
# a few words of each language the messages must hold (besides equalling the catalogue's translation)
WORDS = {
    "pl": {"no_scheme": "nie jest pełnym adresem", "refused": "nic tam nie nasłuchuje",
           "credentials": "nie przyjął danych logowania", "out_of_scope": "leży poza Twoim obszarem"},
    "uk": {"no_scheme": "не є повною адресою", "refused": "там ніщо не слухає",
           "credentials": "не прийняло облікові дані", "out_of_scope": "поза вашою територією"},
}
# catalogue keys (the plugin's English sources) of the messages the walk shows
REFUSED_CONNECTION = ("{0} refused the connection: nothing is listening there. Check the address and port, or ask "
                      "whether the store is running.")
CREDENTIALS = "The store did not accept the credentials: {0}. Check the token in the connection settings."
PENDING = "Pending ({0})"
REFUSED_TAB = "Refused ({0})"
REFUSED_COUNT = "%n change(s) refused by the store; see the Sync panel."
CRITICAL, WARNING, SUCCESS = 2, 1, 3  # Qgis.MessageLevel


class StoreControl:
    """Does to the store what the walk asks through request files (stop, start, revoke, reissue)."""

    def __init__(self, server: StoreServer, folder: Path) -> None:
        self.server, self.folder = server, folder
        folder.mkdir(parents=True, exist_ok=True)
        self.done: list[str] = []
        self.revoked_detail: dict[str, str] = {}  # the store's own reply to the revoked token, per language
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> StoreControl:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(10)

    def _serve(self) -> None:
        while not self._stop.wait(0.1):
            for request in sorted(self.folder.glob("*.request")):
                ack = request.with_suffix(".ack")
                if ack.exists():
                    continue
                action = json.loads(request.read_text(encoding="utf-8"))["action"]
                try:
                    answer = {"ok": True, **self._do(action)}
                except Exception as exc:  # the walk reports it; the test then fails on that step
                    answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
                tmp = ack.with_suffix(".tmp")
                tmp.write_text(json.dumps(answer), encoding="utf-8")
                tmp.rename(ack)
                self.done.append(action)

    def _do(self, action: str) -> dict[str, Any]:
        server = self.server
        if action == "stop":
            server.stop()
            assert not _answers(server.url)
        elif action == "start":
            server.start()
        elif action == "revoke":
            token = server.token(USER)
            server.database.revoke(USER)
            for lang in LANGUAGES:
                r = requests.get(f"{server.url}/me", auth=(USER, token), headers={"Accept-Language": lang}, timeout=10)
                assert r.status_code == 401, r.text
                self.revoked_detail[lang] = r.json()["detail"]
        elif action == "reissue":
            return {"user": USER, "token": server.add_user(USER, ROLE, SCOPE, replace=True)}
        else:
            raise ValueError(action)
        return {}


def _answers(url: str) -> bool:
    try:
        requests.get(url + "/", timeout=2)
        return True
    except requests.ConnectionError:
        return False


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module", params=sorted(LANGUAGES))
def walk(request: pytest.FixtureRequest, store_templates: Any, plugin_zip: Path,
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[QgisRun]:
    lang = request.param
    tmp = tmp_path_factory.mktemp(f"officer-{lang}")
    server = StoreServer(store_templates.fresh("sqlite"), log_dir=tmp / "store-log")  # the walk changes the store
    server.start()
    try:
        profile = DesktopProfile(tmp / "qgis", "test", LANGUAGES[lang]).create(plugin_zip)
        # credentials and the address saved, nothing synced, no project: the officer's first day
        profile.prepare(server.url, USER, server.token(USER), tmp / "olsztyn.gpkg", None, sync=False)
        config = {"mode": "test", "walk": str(ROOT / "scripts" / "desktop_walk.py"), "first_sync": True,
                  "store_url": server.url, "control": str(tmp / "control"),
                  "no_scheme_url": server.url.removeprefix("http://"),
                  "closed_url": f"http://127.0.0.1:{_closed_port()}", "work": str(tmp / "out")}
        with StoreControl(server, tmp / "control") as control:
            run = run_qgis(profile, None, config, timeout=360, work=tmp / "run", screen=LAPTOP)
        run.lang, run.server, run.control, run.profile = lang, server, control, profile  # type: ignore[attr-defined]
        run.config = config  # type: ignore[attr-defined]
        yield run
    finally:
        server.stop()


def _steps(run: QgisRun) -> dict[str, dict[str, Any]]:
    return {s["name"]: s for s in (run.report or {}).get("steps", [])}


def _details(run: QgisRun, name: str) -> dict[str, Any]:
    step = _steps(run).get(name)
    assert step is not None and step["ok"], explain(run)
    return step["details"]


@contextlib.contextmanager
def _catalogue(run: QgisRun) -> Iterator[None]:
    """The plugin's compiled catalogue of the run's language, as the zip installed it, in this process."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    profile: DesktopProfile = run.profile  # type: ignore[attr-defined]
    qm = profile.plugins / "mapujpomoc_qgis" / "i18n" / f"mapujpomoc_{run.lang}.qm"  # type: ignore[attr-defined]
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def _translated(run: QgisRun, source: str, *args: Any, n: int = -1) -> str:
    from qgis.PyQt.QtCore import QCoreApplication

    with _catalogue(run):
        text = QCoreApplication.translate(CONTEXT, source, None, n)
    assert text != source, f"not in the {run.lang} catalogue: {source}"  # type: ignore[attr-defined]
    return text.format(*args)


def _in_language(run: QgisRun, shown: str, source: str, *args: Any, word: str) -> None:
    """`shown` is the catalogue's translation of `source` (formatted), not the English, with the word."""
    english = source.format(*args)
    assert shown != english, shown
    assert shown == _translated(run, source, *args), shown
    assert WORDS[run.lang][word] in shown, shown  # type: ignore[attr-defined]


def test_the_walk_ran_without_errors(walk: QgisRun) -> None:
    report = walk.report or {}
    assert report.get("finished") and not walk.timed_out, explain(walk)
    failed = [s["name"] for s in report["steps"] if not s["ok"]]
    assert not failed, explain(walk)
    assert [s["name"] for s in report["steps"]] == ["plugin", "wrong address", "stopped store", "revoked token",
                                                    "first sync", "invalid edit", "valid edit", "refused edit"]
    assert not report["python_errors"] and not report["exceptions"], explain(walk)
    assert report["locale"].startswith(walk.lang)  # type: ignore[attr-defined]
    assert walk.control.done == ["stop", "start", "revoke", "reissue"]  # type: ignore[attr-defined]


def test_a_wrong_address_is_told_in_the_ui_language(walk: QgisRun) -> None:
    from mapujpomoc_qgis.core.connection.client import address_message

    details = _details(walk, "wrong address")
    no_scheme, closed = details["no_scheme"], details["nothing_listens"]
    url = walk.config["no_scheme_url"]  # type: ignore[attr-defined]
    assert no_scheme["url"] == url and no_scheme["error"]
    with _catalogue(walk):
        expected = address_message(url)
    assert no_scheme["text"] == expected and no_scheme["text"] != address_message(url), no_scheme
    assert WORDS[walk.lang]["no_scheme"] in no_scheme["text"]  # type: ignore[attr-defined]
    assert closed["error"] and closed["url"] == walk.config["closed_url"]  # type: ignore[attr-defined]
    _in_language(walk, closed["text"], REFUSED_CONNECTION, closed["url"], word="refused")
    assert details["saved_url"] == walk.server.url  # type: ignore[attr-defined]


def test_a_stopped_store_is_told_in_the_ui_language(walk: QgisRun) -> None:
    details = _details(walk, "stopped store")
    url = walk.server.url  # type: ignore[attr-defined]
    _in_language(walk, details["error"], REFUSED_CONNECTION, url, word="refused")
    errors = [item["text"] for item in details["bar"] if item["level"] == CRITICAL]
    assert errors == [details["error"].replace("\n", "<br/>")], details["bar"]


def _local_clock(text: str) -> str:
    """The store's reply with its UTC time (ISO 8601, Z) as the officer's clock shows it, as the plugin says it."""
    def local(match: re.Match[str]) -> str:
        moment = datetime.fromisoformat(match.group(0).replace("Z", "+00:00"))
        return moment.astimezone().strftime("%Y-%m-%d %H:%M")
    return re.sub(r"\d{4}-\d\d-\d\dT[\d:.]+Z", local, text)


def test_a_revoked_token_is_told_in_the_ui_language(walk: QgisRun) -> None:
    details = _details(walk, "revoked token")
    lang = walk.lang  # type: ignore[attr-defined]
    # the reason is the store's own reply (asked in this language by this test), inside the plugin's sentence
    reason = _local_clock(walk.control.revoked_detail[lang].rstrip("."))  # type: ignore[attr-defined]
    assert USER in reason
    dialog = details["dialog"]
    assert dialog["error"]
    _in_language(walk, dialog["text"], CREDENTIALS, reason, word="credentials")
    _in_language(walk, details["sync_error"], CREDENTIALS, reason, word="credentials")
    assert [item["text"] for item in details["bar"] if item["level"] == CRITICAL] == [details["sync_error"]]
    assert walk.server.token(USER) not in json.dumps(walk.report)  # type: ignore[attr-defined]


def _scope_box_2180(run: QgisRun) -> Any:
    """The officer's area from the store's database (its boundaries), in EPSG:2180."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle

    db = run.server.db_url.removeprefix("sqlite:///")  # type: ignore[attr-defined]
    with contextlib.closing(sqlite3.connect(db)) as conn:
        rows = conn.execute(f"SELECT minx, miny, maxx, maxy FROM boundaries WHERE code IN ({','.join('?' * len(SCOPE))})",
                            SCOPE).fetchall()
    assert len(rows) == len(SCOPE)
    box = QgsRectangle(min(r[0] for r in rows), min(r[1] for r in rows), max(r[2] for r in rows),
                       max(r[3] for r in rows))
    return QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:2180"),
                                  QgsProject.instance()).transformBoundingBox(box)


def test_the_first_sync_lands_on_the_officers_area_in_puwg_1992(walk: QgisRun) -> None:
    from qgis.core import QgsRectangle

    details = _details(walk, "first sync")
    assert details["layers_before"] == 0
    assert details["crs"] == "EPSG:2180" and details["canvas_crs"] == "EPSG:2180", details
    area, shown = _scope_box_2180(walk), QgsRectangle(*details["extent"])
    assert shown.contains(area.center()), (shown.toString(), area.toString())
    assert shown.intersect(area).area() > 0.95 * area.area(), (shown.toString(), area.toString())
    assert shown.width() < 3 * area.width() or shown.height() < 3 * area.height(), (shown.toString(), area.toString())
    assert [item["level"] for item in details["bar"]] == [SUCCESS], details["bar"]


def test_an_invalid_edit_is_stopped_by_the_form(walk: QgisRun) -> None:
    details = _details(walk, "invalid edit")
    assert details["ok_at_first"], details
    assert not details["ok_empty_name"] and details["open_after_ok"], details  # OK off; pressing it did nothing
    assert not details["ok_name_back_bad_phone"], details
    assert details["layer_name"] == details["name"] and details["layer_phone"] != "call me", details
    assert not details["layer_modified"], details
    assert details["pending"] == _translated(walk, PENDING, 0)


def test_a_saved_edit_counts_as_pending_at_once(walk: QgisRun) -> None:
    details = _details(walk, "valid edit")
    assert details["ok_good_phone"] and details["layer_phone"] == "+48 89 527 31 40", details
    assert details["pending_before"] == _translated(walk, PENDING, 0)
    assert details["pending_after"] == _translated(walk, PENDING, 1)
    assert details["seconds"] < 2, details
    assert details["outbox"] == {"pending": 1}, details


def test_a_refused_edit_is_a_warning_that_opens_the_sync_panel_on_it(walk: QgisRun) -> None:
    from mapujpomoc_qgis.core.i18n import CONTEXT as PLUGIN_CONTEXT

    assert PLUGIN_CONTEXT == CONTEXT
    details = _details(walk, "refused edit")
    assert not details["teryt"].startswith(SCOPE), details  # outside the officer's area: the store decides
    assert details["pending_after"] == _translated(walk, PENDING, 2) and details["outbox"] == {"pending": 2}
    assert details["refused"] == 1, details
    levels = [item["level"] for item in details["bar"]]
    assert levels == [WARNING], details["bar"]  # a warning, no green tick
    with _catalogue(walk):
        from qgis.PyQt.QtCore import QCoreApplication

        refused = QCoreApplication.translate(CONTEXT, REFUSED_COUNT, None, 1)
    # said first: on this screen the message bar shows two lines of it
    assert refused != REFUSED_COUNT.replace("%n", "1") and details["bar"][0]["text"].startswith(refused), details["bar"]
    assert details["dock_visible"] and details["on_refused"], details
    assert details["tab"] == _translated(walk, REFUSED_TAB, 1)
    assert details["selected"] == [["aid_points", details["uuid"]]], details
    assert len(details["rows"]) == 1 and WORDS[walk.lang]["out_of_scope"] in details["rows"][0][2], details["rows"]
    assert "outside your area" not in details["rows"][0][2]
    # the valid edit went; the refused one stays in the outbox, marked
    assert details["outbox_after"] == {"refused": 1}, details


def test_no_english_in_anything_the_walk_showed(walk: QgisRun) -> None:
    steps = _steps(walk)
    texts = [steps["wrong address"]["details"][case]["text"] for case in ("no_scheme", "nothing_listens")]
    texts += [steps["revoked token"]["details"]["dialog"]["text"]]
    texts += [item[key] for name in ("stopped store", "revoked token", "first sync", "refused edit")
              for item in steps[name]["details"]["bar"] for key in ("title", "text")]
    refused = steps["refused edit"]["details"]
    texts += refused["tabs"] + [cell for row in refused["rows"] for cell in row]
    lines = [line for text in texts for line in plain(text)]
    assert len(lines) > 15
    # the refused point's name is data (the seeded points have Polish names, "Bank żywności – …")
    english = english_texts(lines, walk.lang, {refused["rows"][0][1]})  # type: ignore[attr-defined]
    assert not english, json.dumps(english, ensure_ascii=False, indent=1)


def test_screenshots_of_each_moment(walk: QgisRun) -> None:
    from qgis.PyQt.QtGui import QImage

    shots = (walk.report or {}).get("screenshots", {})
    wanted = ("connect-no-scheme", "connect-nothing-listens", "sync-store-stopped", "connect-revoked-token",
              "sync-revoked-token", "first-sync", "form-empty-name", "form-bad-phone", "pending-after-edit",
              "form-outside-area", "refusal-warning", "refusal-panel")
    for label in wanted:
        assert label in shots, f"no screenshot of {label}: {sorted(shots)}"
        image = QImage(shots[label])
        assert not image.isNull() and image.width() > 200 and image.height() > 100, (label, image.size())
    screen = QImage(shots["refusal-warning"])
    assert (screen.width(), screen.height()) == LAPTOP, screen.size()
