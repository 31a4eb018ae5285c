"""The public page in Debian's headless Chromium (cdp.py) against the real store: the language a phone
prefers, "legal aid near me" against a distance query worked out here from the database, filters and
shareable URLs, what crosses the network, accessibility (axe-core), weight, offline; screenshots in docs/."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest
from conftest import HERE_LAT, HERE_LON, SECRET_NAME, SECRET_STREET, TILE_ATTRIBUTION, db_rows

REPO = Path(__file__).resolve().parents[2]
MESSAGES = {lang: json.loads((REPO / "web" / "i18n" / f"{lang}.json").read_text(encoding="utf-8"))
            for lang in ("uk", "pl", "en", "ru")}
AXE = REPO / "web" / "node_modules" / "axe-core" / "axe.min.js"
LIST_READY = "document.querySelectorAll('#list li').length > 0 && !document.getElementById('status').textContent.endsWith('…')"
EARTH_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def nearest_from_db(world, help_type: str, lat: float, lon: float, n: int = 20) -> list[tuple[str, float]]:
    """The `n` nearest points an anonymous reader may see, offering `help_type`, active or unverified,
    where they are shown (generalised ones at their commune's point): from the rows, not from the store."""
    hits = []
    for r in db_rows(world):
        if r["public_view"] == "hidden" or r["status"] not in ("active", "unverified"):
            continue
        if help_type not in json.loads(r["properties"])["help_types"]:
            continue
        x, y = (r["minx"], r["miny"]) if r["public_view"] == "exact" else (r["public_x"], r["public_y"])
        hits.append((haversine_km(lat, lon, y, x), r["id"]))
    hits.sort()
    return [(fid, d) for d, fid in hits[:n]]


def listed(page) -> list[str]:
    return page.evaluate("[...document.querySelectorAll('#list li')].map(li => li.dataset.id)")


def test_ukrainian_for_a_ukrainian_phone_polish_for_a_polish_one(web_world, browser_uk, browser_pl):
    for browser, lang in ((browser_uk, "uk"), (browser_pl, "pl")):
        page = browser.page
        page.navigate(web_world.url)
        page.wait_for("document.getElementById('status').textContent.length > 0")
        assert page.evaluate("document.documentElement.lang") == lang
        assert page.evaluate("document.querySelector('h1').textContent.trim()") == MESSAGES[lang]["title"]
        assert page.evaluate("document.getElementById('lang').value") == lang
        assert page.evaluate("document.querySelector('label[for=f-help]').textContent") == MESSAGES[lang]["filters.help"]
        legal = {"uk": "Юридична допомога", "pl": "Pomoc prawna"}[lang]  # the catalog's label
        assert legal in page.evaluate("[...document.querySelectorAll('#f-help option')].map(o => o.textContent)")
    # the switch: Russian labels come from the page's own messages
    page = browser_uk.page
    page.evaluate("(s => { s.value = 'ru'; s.dispatchEvent(new Event('change')); })(document.getElementById('lang'))")
    assert page.evaluate("document.documentElement.lang") == "ru"
    assert page.evaluate("document.querySelector('h1').textContent.trim()") == MESSAGES["ru"]["title"]
    assert "Юридическая помощь" in page.evaluate("[...document.querySelectorAll('#f-help option')].map(o => o.textContent)")
    assert "lang=ru" in page.evaluate("location.hash")


def test_legal_aid_near_me_is_the_nearest_in_the_database(web_world, browser_uk):
    page = browser_uk.page
    browser_uk.grant_geolocation(web_world.server.url, HERE_LAT, HERE_LON)
    page.navigate(web_world.url + "#help=legal")
    page.evaluate("document.getElementById('locate').click()")
    page.wait_for(LIST_READY)
    expected = nearest_from_db(web_world, "legal", HERE_LAT, HERE_LON)
    assert listed(page) == [fid for fid, _ in expected]
    assert web_world.approximate_id in listed(page)  # at its commune's point, without its street
    first_km = expected[0][1]
    text = page.evaluate("document.querySelector('#list li .mp-distance').textContent")
    assert text == (f"{round(first_km * 100) * 10} м" if first_km < 1 else f"{first_km:.1f} км".replace(".", ","))
    # each card: tap to call, directions from here, hours in Ukrainian
    card = page.evaluate("""(() => { const li = document.querySelector('#list li');
        return {tel: li.querySelector('a[href^="tel:"]')?.getAttribute('href'),
                dir: li.querySelector('a[href*="openstreetmap.org/directions"]')?.getAttribute('href'),
                text: li.textContent}; })()""")
    assert card["tel"] and card["tel"].startswith("tel:+48")
    assert f"{HERE_LAT:.5f}%2C{HERE_LON:.5f}" in card["dir"]
    assert "Години роботи" in card["text"]
    assert "near=53.77840%2C20.48010" in page.evaluate("location.hash") or "near=53.77840,20.48010" in page.evaluate(
        "decodeURIComponent(location.hash)")


def test_filters_and_shared_links_round_trip(web_world, browser_pl):
    page = browser_pl.page
    shared = "#lang=en&help=food&spoken=ru&form=on_site&group=children&near=53.77840%2C20.48010&place=Olsztyn"
    page.navigate(web_world.url + shared)
    page.wait_for("document.getElementById('status').textContent.length > 0 && "
                  "!document.getElementById('status').textContent.endsWith('…')")
    assert page.evaluate("location.hash") == shared  # written back unchanged
    values = page.evaluate("['f-help','f-spoken','f-form','f-group'].map(id => document.getElementById(id).value)")
    assert values == ["food", "ru", "on_site", "children"]
    assert page.evaluate("document.documentElement.lang") == "en"
    rows = {r["id"]: json.loads(r["properties"]) for r in db_rows(web_world)}
    for fid in listed(page):
        p = rows[fid]
        assert "food" in p["help_types"] and "ru" in p["languages"] and "on_site" in p["forms"]
        assert "children" in p["target_groups"]
    # a filter changed by hand lands in the URL, and that URL opens the same view
    page.evaluate("""(() => { const s = document.getElementById('f-help'); s.value = 'legal';
        document.getElementById('filter-form').dispatchEvent(new Event('change')); })()""")
    page.wait_for("location.hash.includes('help=legal')")
    page.wait_for(LIST_READY)
    url, ids = page.evaluate("location.href"), listed(page)
    page.navigate("about:blank")
    page.navigate(url)
    page.wait_for(LIST_READY)
    assert listed(page) == ids and page.evaluate("document.getElementById('f-help').value") == "legal"
    assert page.evaluate("document.getElementById('f-open').checked") is False
    # "open now": every point listed is open by its hours at the browser's clock
    page.evaluate("(c => { c.checked = true; document.getElementById('filter-form').dispatchEvent(new Event('change')); })"
                  "(document.getElementById('f-open'))")
    page.wait_for("location.hash.includes('open=1')")
    page.wait_for("!document.getElementById('status').textContent.endsWith('…')")
    assert page.evaluate("[...document.querySelectorAll('#list li')].every(li => li.querySelector('.mp-open'))")


def test_a_staff_only_point_never_crosses_the_network(web_world, browser_uk):
    page = browser_uk.page
    browser_uk.grant_geolocation(web_world.server.url, HERE_LAT, HERE_LON)
    page.navigate(web_world.url + "#help=legal")
    page.evaluate("document.getElementById('locate').click()")
    page.wait_for(LIST_READY)
    page.wait_for("document.querySelectorAll('.mp-pin, .mp-count').length > 0")  # the map drew its points
    # every help type too, the place search, zoomed in to the point's street, and the approximate point's page
    page.navigate(web_world.url + "#near=53.77840%2C20.48010")
    page.wait_for(LIST_READY)
    page.evaluate("document.getElementById('place').value = 'Olsztyn';"
                  "document.getElementById('place-form').requestSubmit()")
    page.wait_for(LIST_READY)
    page.navigate(web_world.url + f"#p={web_world.approximate_id}")
    page.wait_for("!document.getElementById('point').hidden")
    page.pump(1.0)
    responses = [r for r in page.responses if r["url"].startswith(web_world.server.url)]
    data = [r for r in responses if "/collections/" in r["url"] or "/web/counts" in r["url"]]
    assert len(data) >= 4
    for r in responses:
        if r["mimeType"].startswith(("image/",)):
            continue
        body = page.body(r["requestId"])
        assert web_world.secret_id not in body and SECRET_NAME not in body, r["url"]
        assert SECRET_STREET not in body, r["url"]


def test_no_serious_accessibility_violation(web_world, browser_uk):
    page = browser_uk.page
    page.navigate(web_world.url + "#help=legal&near=53.77840%2C20.48010")
    page.wait_for(LIST_READY)
    page.evaluate(AXE.read_text(encoding="utf-8") + ";1")
    for view in ("list", "point"):
        if view == "point":
            page.evaluate("document.querySelector('#list li h3 a').click()")
            page.wait_for("!document.getElementById('point').hidden")
        result = page.evaluate("axe.run(document, {runOnly: {type: 'tag', values: "
                               "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                               ".then(r => r.violations.map(v => ({id: v.id, impact: v.impact, "
                               "nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))")
        serious = [v for v in result if v["impact"] in ("serious", "critical")]
        assert not serious, (view, serious)


def test_keyboard_reaches_the_search_and_focus_is_visible(web_world, browser_uk):
    page = browser_uk.page
    page.navigate(web_world.url)
    page.wait_for("document.getElementById('status').textContent.length > 0")
    seen = []
    for _ in range(6):
        page.call("Input.dispatchKeyEvent", type="keyDown", key="Tab", code="Tab", windowsVirtualKeyCode=9)
        page.call("Input.dispatchKeyEvent", type="keyUp", key="Tab", code="Tab", windowsVirtualKeyCode=9)
        seen.append(page.evaluate("(e => e.id || e.className || e.tagName)(document.activeElement)"))
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none", seen
    assert "lang" in seen and "place" in seen


def test_first_view_weighs_under_200_kb_and_the_map_uses_the_configured_tiles(web_world, browser_uk):
    page = browser_uk.page
    page.call("Network.setCacheDisabled", cacheDisabled=True)
    page.events.clear()
    page.navigate(web_world.url + "#help=legal&near=53.77840%2C20.48010")
    page.wait_for(LIST_READY)
    page.pump(1.0)
    finished = {e["params"]["requestId"]: e["params"]["encodedDataLength"] for e in page.events
                if e["method"] == "Network.loadingFinished"}
    ours = [r for r in page.responses if r["url"].startswith(web_world.server.url) and "/icons/" not in r["url"]]
    total = sum(finished.get(r["requestId"], 0) for r in ours)
    assert total < 200_000, [(r["url"], finished.get(r["requestId"])) for r in ours]
    assert any("/tiles/" in path for path in web_world.tiles.requests)
    assert TILE_ATTRIBUTION in page.evaluate("document.querySelector('.leaflet-control-attribution').textContent")
    page.call("Network.setCacheDisabled", cacheDisabled=False)


def test_the_last_results_stay_offline(web_world, browser_uk):
    page = browser_uk.page
    url = web_world.url + "#help=legal&near=53.77840%2C20.48010"
    page.navigate(url)
    page.wait_for(LIST_READY)
    ids = listed(page)
    page.wait_for("navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready.then(() => true)")
    page.reload()  # now under the service worker
    page.wait_for(LIST_READY)
    page.call("Network.emulateNetworkConditions", offline=True, latency=0, downloadThroughput=-1, uploadThroughput=-1)
    try:
        page.reload()
        page.wait_for(LIST_READY)
        assert listed(page) == ids
    finally:
        page.call("Network.emulateNetworkConditions", offline=False, latency=0, downloadThroughput=-1,
                  uploadThroughput=-1)


def test_a_point_page_prints_with_its_qr_code_and_without_the_search(web_world, browser_uk):
    page = browser_uk.page
    page.navigate(web_world.url + "#help=legal&near=53.77840%2C20.48010")
    page.wait_for(LIST_READY)
    first = listed(page)[0]
    page.evaluate("document.querySelector('#list li h3 a').click()")
    page.wait_for("!document.getElementById('point').hidden && !!document.querySelector('.mp-qr svg')")
    link = page.evaluate("location.href")
    assert f"p={first}" in link
    page.call("Emulation.setEmulatedMedia", media="print")
    try:
        shown = page.evaluate("""(() => { const on = (s) => { const e = document.querySelector(s);
            return !!e && getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0; };
            return {qr: on('.mp-qr svg'), link: on('.mp-printonly'), name: on('#point-name'),
                    header: on('.mp-header'), search: on('#search'), buttons: on('.mp-noprint')}; })()""")
        assert shown == {"qr": True, "link": True, "name": True, "header": False, "search": False, "buttons": False}
        assert page.evaluate("document.querySelector('.mp-printonly').textContent") == link
        pdf = page.call("Page.printToPDF", printBackground=False)["data"]
        assert len(pdf) > 1000
    finally:
        page.call("Emulation.setEmulatedMedia", media="")
    # the QR code's link opens this very page again
    page.navigate("about:blank")
    page.navigate(link)
    page.wait_for("!document.getElementById('point').hidden")
    assert page.evaluate("document.getElementById('point-name').textContent") == next(
        json.loads(r["properties"])["name"] for r in db_rows(web_world) if r["id"] == first)


def test_reflows_at_320_css_pixels_without_sideways_scrolling(web_world, browser_uk):
    """WCAG 1.4.10: 1280 px at 400 % zoom (and so 200 %) leaves 320 CSS px; nothing may need scrolling sideways."""
    page = browser_uk.page
    page.call("Emulation.setDeviceMetricsOverride", width=320, height=640, deviceScaleFactor=1, mobile=True)
    page.navigate(web_world.url + "#help=legal&near=53.77840%2C20.48010")
    page.wait_for(LIST_READY)
    page.evaluate("document.getElementById('filters').open = true")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.evaluate("document.querySelector('#list li h3 a').click()")
    page.wait_for("!document.getElementById('point').hidden")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


@pytest.mark.parametrize("lang", ["uk", "pl"])
def test_screenshots_at_phone_size(web_world, chromium_available, lang, tmp_path):
    """Phone-size screenshots: into docs/ with MAPUJPOMOC_WEB_SCREENSHOTS=docs (make screenshots-web),
    else into a temporary directory, so a test run leaves the checkout as it was."""
    from conftest import open_browser
    out = Path(os.environ["MAPUJPOMOC_WEB_SCREENSHOTS"]) if os.environ.get("MAPUJPOMOC_WEB_SCREENSHOTS") else tmp_path
    with open_browser(lang) as browser:
        page = browser.page
        browser.grant_geolocation(web_world.server.url, HERE_LAT, HERE_LON)
        page.navigate(web_world.url + "#help=legal")
        page.evaluate("document.getElementById('locate').click()")
        page.wait_for(LIST_READY)
        page.screenshot(out / f"web_{lang}_list.png")
        page.evaluate("document.getElementById('map-section').scrollIntoView()")
        page.wait_for("document.querySelectorAll('.mp-pin, .mp-count').length > 0")
        page.pump(1.0)
        page.screenshot(out / f"web_{lang}_map.png")
        page.evaluate("document.querySelector('#list li h3 a').click()")
        page.wait_for("!document.getElementById('point').hidden && !!document.querySelector('.mp-qr svg')")
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(out / f"web_{lang}_point.png")
