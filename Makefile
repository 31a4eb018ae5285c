# Mapuj Pomoc for QGIS — every step a user or operator needs is a target here.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
SHARED ?= $(abspath ../shared/data)
DB ?= sqlite:///demo-out/store.db
PORT ?= 8765
export QT_QPA_PLATFORM ?= offscreen
export MAPUJPOMOC_SHARED_DATA := $(SHARED)

.PHONY: help bootstrap test test-fast test-unit lint demo demo-desktop serve store-postgres zip install-plugin i18n bench bench-deps screenshots clean web screenshots-web

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | column -t -s $$'\t'

bootstrap:  ## install Debian packages (QGIS 3.22, PostgreSQL, xvfb, Qt tools) and the venv when missing
	@scripts/bootstrap.sh

test: bootstrap web  ## the whole suite: lint, unit, store on SQLite and PostgreSQL, QGIS headless, end to end
	$(VENV)/bin/ruff check .
	$(PY) scripts/i18n.py compile
	$(PY) -m pytest -q -p no:cacheprovider

test-fast: bootstrap web  ## the suite without the PostgreSQL backend
	$(PY) -m pytest -q -p no:cacheprovider -m "not postgres"

test-unit: bootstrap  ## the unit tier alone, with QGIS and Qt blocked (tests/unit/conftest.py; test and test-fast run it too)
	MAPUJPOMOC_UNIT_NO_QGIS=1 $(PY) -m pytest -q -p no:cacheprovider -p no:pytest_qgis -p no:pytest-qt \
	  -W ignore::pytest.PytestConfigWarning tests/unit

# The plugin's QGIS suites on a newer QGIS: Debian's own build in a chroot that scripts/qgis_chroot.sh
# debootstraps into /var/cache/mapujpomoc and reuses (3.40 from Debian 13, 3.44 from sid); needs root.
# Its venv is .venv-VERSION in this checkout (the host's .venv is never touched): one per checkout, so two
# checkouts sharing a chroot don't point each other's editable install at their trees.
VERSION ?= 3.40
CHROOT := scripts/qgis_chroot.sh
CHROOT_VENV = $(CURDIR)/.venv-$(VERSION)
CHROOT_RUN = $(CHROOT) run $(VERSION) env MAPUJPOMOC_VENV=$(CHROOT_VENV) MAPUJPOMOC_NO_WEB=1
.PHONY: test-qgis
test-qgis:  ## the QGIS suites (headless, end to end, desktop) on QGIS VERSION=3.40 or 3.44 in a Debian chroot
	MAPUJPOMOC_NO_WEB=1 $(CHROOT) build $(VERSION)  # the chroots run no web tests: no Chromium, no npm
	$(CHROOT_RUN) scripts/bootstrap.sh
	$(CHROOT_RUN) $(CHROOT_VENV)/bin/python scripts/i18n.py compile
	$(CHROOT_RUN) $(CHROOT_VENV)/bin/python -m pytest -q -p no:cacheprovider tests/qgis tests/e2e tests/desktop

.PHONY: reliability
reliability: bootstrap  ## 50 editors on PostgreSQL, faults, hostile input, corrupt files; ends with one summary line
	$(PY) reliability/run.py

# The public web page (web/, docs/ARCHITECTURE.md, *Public web page*): npm's packages exactly as
# web/package-lock.json pins them, then esbuild into mapujpomoc_store/web_dist/, which the store serves at /
web/node_modules/.package-lock.json: web/package-lock.json web/package.json
	cd web && npm ci --no-audit --no-fund --loglevel=error

web: bootstrap web/node_modules/.package-lock.json  ## build the public web page the store serves at / (npm ci, esbuild)
	cd web && node build.mjs

lint: bootstrap  ## ruff
	$(VENV)/bin/ruff check .

demo: bootstrap  ## the story end to end on the embedded SQLite store (outputs in demo-out/)
	$(PY) scripts/demo.py --shared "$(SHARED)" --out demo-out

demo-desktop: bootstrap  ## QGIS on your display with the plugin connected to the demo store (after make demo)
	$(PY) scripts/demo_desktop.py --demo-out demo-out --port $(PORT)

serve: bootstrap  ## run the store on DB (default demo-out/store.db) at PORT, in the foreground
	$(VENV)/bin/mapujpomoc-store --db "$(DB)" serve --port $(PORT)

store-postgres: bootstrap  ## set up a store on PostgreSQL: make store-postgres DB=postgresql://user@host/db
	@case "$(DB)" in postgresql://*) ;; *) echo "give DB=postgresql://user:password@host:port/database"; exit 2;; esac
	$(VENV)/bin/mapujpomoc-store --db "$(DB)" init
	for level in wojewodztwo:wojewodztwa powiat:powiaty gmina:gminy; do \
	  $(VENV)/bin/mapujpomoc-store --db "$(DB)" import-boundaries --level $${level%%:*} "$(SHARED)/prg/$${level##*:}.geojson"; done
	@echo "now: make serve DB=$(DB)   (and: mapujpomoc-store --db $(DB) user add NAME --role editor --scope TERYT)"

zip: bootstrap  ## build dist/mapujpomoc_qgis.zip for QGIS's "Install from ZIP"
	$(PY) scripts/build_zip.py --out dist/mapujpomoc_qgis.zip

install-plugin: zip  ## install the zip into a QGIS profile (PROFILE=default)
	$(PY) scripts/build_zip.py --install --profile "$${PROFILE:-default}"

i18n: bootstrap  ## refresh the .ts sources from the code and compile .qm
	$(PY) scripts/i18n.py update
	$(PY) scripts/i18n.py compile

# pygeoapi (bench_ogc.py's anchor) in a venv of its own, so its pins never meet the project's; Debian's python3
# because pygeoapi loads SpatiaLite (libsqlite3-mod-spatialite, which python3-qgis brings) into sqlite3
PYGEOAPI_VENV := .venv-pygeoapi
bench-deps: bootstrap  ## what the benchmarks need beyond the project: pygeoapi 0.21 and gunicorn in .venv-pygeoapi
	@test -x $(PYGEOAPI_VENV)/bin/gunicorn -a -x $(PYGEOAPI_VENV)/bin/pygeoapi || { \
	  /usr/bin/python3 -m venv $(PYGEOAPI_VENV) && \
	  $(PYGEOAPI_VENV)/bin/pip install -q "pygeoapi==0.21.*" "gunicorn>=22"; }

bench: bootstrap bench-deps  ## every benchmark in bench/, one Markdown table
	$(PY) bench/run.py

screenshots-web: web  ## the public web page at phone size (uk, pl: list, map, a point's page) into docs/
	MAPUJPOMOC_WEB_SCREENSHOTS=$(CURDIR)/docs $(PY) -m pytest -q -p no:cacheprovider tests/web -k screenshots

screenshots: bootstrap  ## the main screens in the real QGIS desktop (Xvfb), Polish and Ukrainian, into docs/
	$(PY) scripts/screenshots.py --out docs

clean:  ## remove build outputs, demo outputs and caches (keeps the venv)
	rm -rf build dist demo-out .pytest_cache .ruff_cache
	find . -name __pycache__ -not -path './.venv/*' -prune -exec rm -rf {} +
