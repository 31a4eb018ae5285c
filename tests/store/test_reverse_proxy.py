"""The store behind nginx at a sub-path, with the example config of docs/deploy/nginx.conf (issue 14).

nginx (Debian's) runs unprivileged in a temporary directory, with the example's
server block as written except its ports. Links must keep the sub-path, and Part 4 writes go through.
Without nginx the tests are skipped, unless CI=1, where they fail.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from storelib import ITEMS, feature

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))

from store_server import StoreServer  # noqa: E402

from mapujpomoc_store.launcher import free_port  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "deploy" / "nginx.conf"
PREFIX = "/pomoc"
MAIN = """daemon off;
master_process off;
pid {d}/nginx.pid;
error_log {d}/error.log;
events {{ worker_connections 64; }}
http {{
    access_log {d}/access.log;
    client_body_temp_path {d}/body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;
    include {d}/site.conf;
}}
"""


def _nginx_or_skip() -> str:
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
    if found is None:
        reason = "nginx is not installed (apt-get install -y nginx)"
        if os.environ.get("CI") == "1":
            pytest.fail(reason + "; CI=1 requires it")
        pytest.skip(reason)
    return found


def _wait_for(port: int, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"nginx exited ({proc.returncode}): {log.read_text(errors='replace')[-2000:]}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError("nginx did not listen within 20 s")


@pytest.fixture(scope="module")
def proxied(store, tmp_path_factory) -> Iterator[str]:
    """The store's public address through nginx: http://127.0.0.1:<port>/pomoc."""
    nginx = _nginx_or_skip()
    d = tmp_path_factory.mktemp("nginx")
    port = free_port()
    example = EXAMPLE.read_text()
    assert "listen 80;" in example and "127.0.0.1:8765" in example
    store_port = store.url.rsplit(":", 1)[1]
    (d / "site.conf").write_text(example.replace("listen 80;", f"listen 127.0.0.1:{port};")
                                 .replace("127.0.0.1:8765", f"127.0.0.1:{store_port}"))
    (d / "nginx.conf").write_text(MAIN.format(d=d))
    check = subprocess.run([nginx, "-t", "-c", str(d / "nginx.conf"), "-p", str(d)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    proc = subprocess.Popen([nginx, "-c", str(d / "nginx.conf"), "-p", str(d)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        _wait_for(port, proc, d / "error.log")
        yield f"http://127.0.0.1:{port}{PREFIX}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _hrefs(doc: object) -> list[str]:
    if isinstance(doc, dict):
        return [v for k, v in doc.items() if k == "href" and isinstance(v, str)] + \
            [h for v in doc.values() for h in _hrefs(v)]
    if isinstance(doc, list):
        return [h for v in doc for h in _hrefs(v)]
    return []


def test_links_keep_the_sub_path(proxied):
    for path in ("/", "/collections", "/collections/aid_points", ITEMS + "?limit=3"):
        r = requests.get(proxied + path, timeout=60)
        assert r.status_code == 200, (path, r.text[:300])
        hrefs = _hrefs(r.json())
        assert hrefs and all(h.startswith(proxied + "/") for h in hrefs), (path, hrefs)
    page = requests.get(proxied + ITEMS, params={"limit": 3}, timeout=60).json()
    following = next(link["href"] for link in page["links"] if link["rel"] == "next")
    assert requests.get(following, timeout=60).json()["numberReturned"] == 3
    assert requests.get(proxied, timeout=60, allow_redirects=True).status_code == 200  # /pomoc -> /pomoc/


def test_api_html_and_its_assets_through_the_proxy(proxied):
    html = requests.get(proxied + "/api.html", timeout=60).text
    assert f"{proxied}/api.html-assets/swagger-ui-bundle.js" in html and f"'{proxied}/api'" in html
    assert requests.get(f"{proxied}/api.html-assets/swagger-ui-bundle.js", timeout=60).status_code == 200
    doc = requests.get(proxied + "/api", timeout=60).json()
    assert doc["openapi"].startswith("3.0") and doc["servers"] == [{"url": proxied}]


def test_part4_write_through_the_proxy(proxied, store, prg):
    auth = store.auth("admin")
    lon, lat = prg.place("olsztyn", shift=57)
    created = requests.post(proxied + ITEMS, json=feature(lon, lat, str(uuid.uuid4())), headers=auth, timeout=60)
    assert created.status_code == 201, created.text
    location = created.headers["Location"]
    assert location.startswith(f"{proxied}{ITEMS}/")
    got = requests.get(location, headers=auth, timeout=60)
    assert got.status_code == 200 and got.headers["ETag"] == created.headers["ETag"]
    patched = requests.patch(location, data='{"properties": {"phone": "+48 89 111 22 33"}}', timeout=60,
                             headers={**auth, "Content-Type": "application/merge-patch+json",
                                      "If-Match": got.headers["ETag"]})
    assert patched.status_code == 200, patched.text
    assert patched.json()["properties"]["phone"] == "+48 89 111 22 33"
    stale = requests.delete(location, headers={**auth, "If-Match": got.headers["ETag"]}, timeout=60)
    assert stale.status_code == 412
    deleted = requests.delete(location, headers={**auth, "If-Match": patched.headers["ETag"]}, timeout=60)
    assert deleted.status_code == 204


def test_gzip_passes_through_the_proxy(proxied):
    r = requests.get(proxied + ITEMS, params={"limit": 200}, timeout=60)
    assert r.headers.get("content-encoding") == "gzip"
    assert r.json()["numberReturned"] == 200


@pytest.fixture(scope="module")
def distrustful_store(store) -> Iterator[StoreServer]:
    server = StoreServer(store.database, extra_args=["--forwarded-allow-ips", "192.0.2.1"])
    server.start()
    yield server
    server.stop()


def test_forwarded_headers_only_from_trusted_proxies(store, distrustful_store):
    spoofed = {"X-Forwarded-Host": "evil.example", "X-Forwarded-Prefix": "/x", "X-Forwarded-Proto": "https"}
    trusted = requests.get(store.url + "/", headers=spoofed, timeout=60).json()
    assert all(h.startswith("https://evil.example/x/") for h in _hrefs(trusted))  # 127.0.0.1 is trusted by default
    ignored = requests.get(distrustful_store.url + "/", headers=spoofed, timeout=60).json()
    assert all(h.startswith(distrustful_store.url + "/") for h in _hrefs(ignored)), _hrefs(ignored)


def test_an_untrusted_clients_host_header_does_not_make_the_links(distrustful_store):
    """Without a public URL, links come from the address the connection reached, never from the Host a
    client that is not a trusted proxy wrote (issue 15: no links to another site)."""
    reply = requests.get(distrustful_store.url + "/", headers={"Host": "evil.example"}, timeout=60)
    hrefs = _hrefs(reply.json())
    assert hrefs and all(h.startswith(distrustful_store.url + "/") for h in hrefs), hrefs
