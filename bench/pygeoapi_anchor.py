"""pygeoapi, the reference Python OGC API Features server, serving the store's points from SQLite.

`.venv-pygeoapi` (made by `make bench-deps`) holds pygeoapi from PyPI and gunicorn; it is its own venv so
pygeoapi's pins never meet the project's. `PygeoapiServer` writes a configuration with one collection
(`aid_points`: its SQLiteGPKG provider, which reads through SpatiaLite, with CRS84 and EPSG:2180 output)
over a SpatiaLite database,
generates the OpenAPI document pygeoapi insists on, and runs `gunicorn pygeoapi.flask_app:APP` on a free
port of 127.0.0.1 with WORKERS synchronous worker processes. Not a GeoPackage: pygeoapi opens the file per
request and runs SpatiaLite's `AutoGPKGStart` on it, which fails now and then when two requests do it at
once ("isn't a valid GPKG Geometry table" in threads, `InvalidPluginError` in processes: a 500); a
SpatiaLite database needs no such step.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import requests
from common import REPO, log

from mapujpomoc_store.launcher import free_port

VENV = REPO / ".venv-pygeoapi"
CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
EPSG2180 = "http://www.opengis.net/def/crs/EPSG/0/2180"
WORKERS = 2  # processes, as many as the store gets in the benchmark (the machine has 2 cores)

CONFIG = """\
server:
  bind: {{host: 127.0.0.1, port: {port}}}
  url: http://127.0.0.1:{port}
  mimetype: application/json; charset=UTF-8
  encoding: utf-8
  gzip: {gzip}
  languages: [en-US]
  pretty_print: false
  limits: {{default_items: 100, max_items: 10000}}
  map: {{url: 'http://127.0.0.1/{{z}}/{{x}}/{{y}}.png', attribution: 'none'}}
logging:
  level: ERROR
metadata:
  identification:
    title: bench
    description: the benchmark's anchor
    keywords: [bench]
    keywords_type: theme
    terms_of_service: none
    url: http://127.0.0.1
  license: {{name: none, url: 'http://127.0.0.1'}}
  provider: {{name: bench, url: 'http://127.0.0.1'}}
  contact: {{name: bench, position: bench, address: none, city: none, stateorprovince: none, postalcode: '0',
            country: PL, phone: '0', fax: '0', email: none@example.org, url: 'http://127.0.0.1', hours: none,
            instructions: none, role: pointOfContact}}
resources:
  aid_points:
    type: collection
    title: aid points
    description: the store's aid points as an anonymous reader sees them
    keywords: [aid]
    extents:
      spatial: {{bbox: [14.0, 49.0, 24.2, 55.0], crs: '{crs84}'}}
    providers:
      - type: feature
        name: SQLiteGPKG
        data: {data}
        id_field: id
        table: aid_points
        storage_crs: '{crs84}'
        crs: ['{crs84}', '{epsg2180}']
"""


def installed() -> bool:
    return (VENV / "bin" / "gunicorn").exists() and (VENV / "bin" / "pygeoapi").exists()


def version() -> str:
    out = subprocess.run([str(VENV / "bin" / "python"), "-c", "import pygeoapi; print(pygeoapi.__version__)"],
                         capture_output=True, text=True, timeout=60)
    return out.stdout.strip() or "unknown"


class PygeoapiServer:
    """pygeoapi on 127.0.0.1 serving the SpatiaLite database `data` (table `aid_points`, text field `id`)."""

    def __init__(self, data: Path, workdir: Path, gzip: bool = True) -> None:
        if not installed():
            raise RuntimeError(f"pygeoapi is not installed in {VENV}: run `make bench-deps`")
        self.data = data
        self.workdir = workdir
        self.gzip = gzip
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60) -> PygeoapiServer:
        self.workdir.mkdir(parents=True, exist_ok=True)
        config = self.workdir / "pygeoapi-config.yml"
        config.write_text(CONFIG.format(port=self.port, gzip=str(self.gzip).lower(), data=self.data,
                                        crs84=CRS84, epsg2180=EPSG2180), encoding="utf-8")
        openapi = self.workdir / "pygeoapi-openapi.yml"
        env = {**os.environ, "PYGEOAPI_CONFIG": str(config), "PYGEOAPI_OPENAPI": str(openapi)}
        subprocess.run([str(VENV / "bin" / "pygeoapi"), "openapi", "generate", str(config), "--output-file",
                        str(openapi)], check=True, capture_output=True, env=env, timeout=120)
        log_file = (self.workdir / "pygeoapi.log").open("ab")
        self.proc = subprocess.Popen(
            [str(VENV / "bin" / "gunicorn"), "--workers", str(WORKERS), "--worker-class", "sync",
             "--bind", f"127.0.0.1:{self.port}", "--log-level", "warning", "pygeoapi.flask_app:APP"],
            env=env, stdout=log_file, stderr=subprocess.STDOUT, cwd=self.workdir)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"pygeoapi exited {self.proc.returncode}; see {self.workdir / 'pygeoapi.log'}")
            try:
                if requests.get(f"{self.url}/collections/aid_points", timeout=5).status_code == 200:
                    log(f"pygeoapi {version()} serving {self.data.name} at {self.url}")
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"pygeoapi did not answer within {timeout:g} s; see {self.workdir / 'pygeoapi.log'}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)

    def __enter__(self) -> PygeoapiServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
