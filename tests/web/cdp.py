"""Debian's headless Chromium driven over the Chrome DevTools Protocol (a websocket, `websocket-client`).

    with Chromium(lang="uk") as browser:
        page = browser.page
        page.call("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=1, mobile=True)
        page.navigate(url)
        page.wait_for("document.querySelectorAll('#list li').length > 0")
        page.responses  # every response the page received: url, status, mimeType, requestId

No WebDriver in between: one process, its DevTools port read from the profile's DevToolsActivePort file,
so nothing depends on a driver matching the browser's version. The benchmarks use it too.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import websocket

CANDIDATES = ("chromium", "chromium-browser", "google-chrome")


def chromium_path() -> str | None:
    return next((p for p in map(shutil.which, CANDIDATES) if p), None)


class CdpError(RuntimeError):
    pass


class Session:
    """One websocket to a target (the browser or a page): calls wait for their reply, events are kept."""

    def __init__(self, ws_url: str) -> None:
        self.ws = websocket.create_connection(ws_url, timeout=60, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def call(self, method: str, timeout: float = 60, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        my_id = self.next_id
        self.ws.send(json.dumps({"id": my_id, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            self.ws.settimeout(max(0.1, deadline - time.monotonic()))
            message = json.loads(self.ws.recv())
            if message.get("id") == my_id:
                if "error" in message:
                    raise CdpError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)
            if time.monotonic() > deadline:
                raise TimeoutError(method)

    def pump(self, seconds: float) -> None:
        """Read events for `seconds` (what arrives while nothing is asked)."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            self.ws.settimeout(left)
            try:
                message = json.loads(self.ws.recv())
            except websocket.WebSocketTimeoutException:
                return
            if "method" in message:
                self.events.append(message)

    def close(self) -> None:
        self.ws.close()


class Page(Session):
    """A tab: navigation, script, waiting for a condition, screenshots and the responses it received."""

    def enable(self) -> None:
        for domain in ("Page", "Runtime", "Network"):
            self.call(f"{domain}.enable")

    def evaluate(self, expression: str, timeout: float = 60) -> Any:
        result = self.call("Runtime.evaluate", timeout=timeout, expression=expression, awaitPromise=True,
                           returnByValue=True)
        if "exceptionDetails" in result:
            raise CdpError(f"{expression[:80]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def navigate(self, url: str, timeout: float = 60) -> None:
        self.events = [e for e in self.events if e["method"] != "Page.loadEventFired"]
        if "loaderId" in self.call("Page.navigate", url=url):  # none: a new fragment of the same document
            self.wait_event("Page.loadEventFired", timeout)

    def reload(self, timeout: float = 60) -> None:
        self.events = [e for e in self.events if e["method"] != "Page.loadEventFired"]
        self.call("Page.reload")
        self.wait_event("Page.loadEventFired", timeout)

    def wait_event(self, method: str, timeout: float = 60) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for event in self.events:
                if event["method"] == method:
                    return event
            self.pump(0.1)
        raise TimeoutError(method)

    def wait_for(self, condition: str, timeout: float = 30) -> Any:
        """Wait until the JavaScript `condition` is truthy; returns its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(f"(() => {{ try {{ return {condition}; }} catch (e) {{ return null; }} }})()")
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout}s for: {condition}")
            self.pump(0.1)

    def screenshot(self, path: Path, full_page: bool = False) -> None:
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            params["captureBeyondViewport"] = True
            size = self.call("Page.getLayoutMetrics")["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}
        path.write_bytes(base64.b64decode(self.call("Page.captureScreenshot", **params)["data"]))

    @property
    def responses(self) -> list[dict[str, Any]]:
        return [{"url": e["params"]["response"]["url"], "status": e["params"]["response"]["status"],
                 "mimeType": e["params"]["response"]["mimeType"], "requestId": e["params"]["requestId"],
                 "headers": e["params"]["response"].get("headers", {})}
                for e in self.events if e["method"] == "Network.responseReceived"]

    def body(self, request_id: str) -> str:
        """A received response's body (as text; binary bodies base64-decoded with errors replaced)."""
        reply = self.call("Network.getResponseBody", requestId=request_id)
        if reply.get("base64Encoded"):
            return base64.b64decode(reply["body"]).decode("utf-8", "replace")
        return reply["body"]


class Chromium:
    """A headless Chromium with a throwaway profile; `lang` is what navigator.languages says first."""

    def __init__(self, lang: str = "en", extra_args: tuple[str, ...] = ()) -> None:
        path = chromium_path()
        if path is None:
            raise RuntimeError("no Chromium: apt-get install chromium (scripts/bootstrap.sh does)")
        self.profile = Path(tempfile.mkdtemp(prefix="mapujpomoc-chromium-"))
        self.proc = subprocess.Popen(
            [path, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
             "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--metrics-recording-only", "--mute-audio",
             f"--lang={lang}", f"--accept-lang={lang}", f"--user-data-dir={self.profile}",
             "--remote-debugging-port=0", "--remote-allow-origins=*", *extra_args, "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        port_file = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().count("\n") >= 1):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise RuntimeError("Chromium did not start")
            time.sleep(0.05)
        port, browser_path = port_file.read_text().split("\n")[:2]
        self.browser = Session(f"ws://127.0.0.1:{port}{browser_path}")
        target = self.browser.call("Target.createTarget", url="about:blank")["targetId"]
        self.page = Page(f"ws://127.0.0.1:{port}/devtools/page/{target}")
        self.page.enable()

    def grant_geolocation(self, origin: str, lat: float, lon: float) -> None:
        self.browser.call("Browser.grantPermissions", origin=origin, permissions=["geolocation"])
        self.page.call("Emulation.setGeolocationOverride", latitude=lat, longitude=lon, accuracy=20)

    def close(self) -> None:
        for session in (getattr(self, "page", None), getattr(self, "browser", None)):
            if session is not None:
                try:
                    session.close()
                except Exception:  # noqa: BLE001 - closing anyway
                    pass
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
