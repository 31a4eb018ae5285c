"""The public web page on a weak phone: time to the first list of nearby help, against pygeoapi's HTML items page.

Issue 19, *Benchmark*: Chromium (Debian's, headless, driven over the DevTools protocol by tests/web/cdp.py)
with DevTools' "Fast 3G" network preset (562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up) and a 4x CPU
slowdown, a fresh profile (empty cache) for every run, a 390x844 phone screen. Ours: from navigation to
the moment the page has drawn the list of the 20 nearest legal-aid points around central Olsztyn (the
page's `performance.mark('mapujpomoc-list')`), with N points in the store. The anchor: pygeoapi's own
HTML items page (`/collections/aid_points/items?f=html`) for the bbox that holds those 20 points, same
data (what an anonymous reader gets, exported as in bench_ogc.py), same throttling, until its
DOMContentLoaded (its list of items is rendered on the server, so it is there by then). pygeoapi's page
asks a CDN for Leaflet; with no internet here that fails at once, which only helps the anchor.
Target: under 4 s at 100,000 points, and faster than the anchor.
"""

from __future__ import annotations

import math
import shutil
import statistics
import sys
from pathlib import Path

from bench_ogc import export_public
from common import REPO, Row, log, template_store
from pygeoapi_anchor import WORKERS, PygeoapiServer, version

sys.path.insert(0, str(REPO / "tests" / "web"))
from cdp import Chromium  # noqa: E402

ORDER = 80
TARGET_SIZE = 100_000
HERE_LAT, HERE_LON = 53.7784, 20.4801  # central Olsztyn, as in tests/web
FAST_3G = {"offline": False, "latency": 562.5, "downloadThroughput": 1.6 * 1024 * 1024 / 8 * 0.9,
           "uploadThroughput": 0.75 * 1024 * 1024 / 8 * 0.9}
CPU_SLOWDOWN = 4
RUNS = 3


def weak_phone() -> Chromium:
    browser = Chromium(lang="uk")
    page = browser.page
    page.call("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=2, mobile=True)
    page.call("Network.emulateNetworkConditions", **FAST_3G)
    page.call("Emulation.setCPUThrottlingRate", rate=CPU_SLOWDOWN)
    return browser


def ours_once(url: str) -> float:
    with weak_phone() as browser:
        page = browser.page
        page.navigate(f"{url}/#help=legal&near={HERE_LAT:.5f}%2C{HERE_LON:.5f}", timeout=120)
        start = page.wait_for("performance.getEntriesByName('mapujpomoc-list')[0]?.startTime", timeout=120)
        count = page.evaluate("document.querySelectorAll('#list li').length")
        if count != 20:
            raise RuntimeError(f"the page listed {count} points, not 20")
        return start / 1000


def anchor_once(url: str, bbox: str) -> float:
    with weak_phone() as browser:
        page = browser.page
        page.navigate(f"{url}/collections/aid_points/items?f=html&bbox={bbox}&limit=100", timeout=180)
        end = page.wait_for("performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd", timeout=180)
        if not page.evaluate("document.body.textContent.includes('Olsztyn')"):
            raise RuntimeError("pygeoapi's page lists no point of Olsztyn")
        return end / 1000


def listed_box(url: str) -> str:
    """The bbox around the page's 20 nearest points (read once, unthrottled)."""
    with Chromium(lang="uk") as browser:
        page = browser.page
        page.navigate(f"{url}/#help=legal&near={HERE_LAT:.5f}%2C{HERE_LON:.5f}")
        page.wait_for("performance.getEntriesByName('mapujpomoc-list').length > 0")
        km = page.evaluate("Math.max(...[...document.querySelectorAll('#list li')].map(li => "
                           "parseFloat(li.querySelector('.mp-distance').textContent.replace(',', '.')) "
                           "* (li.querySelector('.mp-distance').textContent.includes('км') ? 1 : 0.001)))")
    d_lat = km / 111.19
    d_lon = km / (111.19 * math.cos(math.radians(HERE_LAT + d_lat)))
    return f"{HERE_LON - d_lon:.5f},{HERE_LAT - d_lat:.5f},{HERE_LON + d_lon:.5f},{HERE_LAT + d_lat:.5f}"


def run(sizes: list[int], workdir: Path) -> list[Row]:
    out = []
    for n in sizes:
        wd = workdir / f"web-n{n}"
        shutil.rmtree(wd, ignore_errors=True)
        wd.mkdir(parents=True)
        store = template_store(n, workdir.parent / "stores").clone(wd / "store.db")
        store.serve(workers=WORKERS)
        try:
            export_public(store, wd / "points.geojson", wd / "points.sqlite")
            bbox = listed_box(store.url)
            log(f"web: the 20 nearest lie in {bbox}")
            with PygeoapiServer(wd / "points.sqlite", wd / "pygeoapi", gzip=True) as anchor:
                ours, theirs = [], []
                for _ in range(RUNS):  # interleaved, as common.measure_all does; each on the page's own clock
                    ours.append(ours_once(store.url))
                    theirs.append(anchor_once(anchor.url, bbox))
        finally:
            store.stop()
        log(f"web: ours {ours}, pygeoapi {theirs}")
        out.append(Row("web page, Fast 3G + 4x CPU: navigation to the first nearby list", n,
                       statistics.median(ours), f"pygeoapi {version()} items?f=html, same bbox",
                       statistics.median(theirs), max_s=4.0 if n == TARGET_SIZE else None, min_ratio=1.0,
                       notes=["fresh browser profile per run; anchor until DOMContentLoaded"]))
    return out
