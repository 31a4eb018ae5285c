#!/usr/bin/env bash
# Installs what `make demo` and `make test` need when it is missing: Debian's QGIS (3.22 on Debian 12,
# 3.40 on Debian 13, 3.44 on sid), xvfb, PostgreSQL, the Qt translation tools, then a venv that sees the
# system's qgis module. Works on Debian 12 and 13 and in the chroots of scripts/qgis_chroot.sh
# (Python 3.11 to 3.14).
#
#   scripts/bootstrap.sh                  Debian packages, then the venv
#   scripts/bootstrap.sh --packages-only  Debian packages only (scripts/qgis_chroot.sh build)
#
# MAPUJPOMOC_VENV chooses the venv's directory (default .venv; the chroots keep theirs inside the chroot).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${MAPUJPOMOC_VENV:-.venv}

# The same names exist on Debian 12 (bookworm), 13 (trixie) and sid; a release that renames one gets its
# own branch here.
DEB_PACKAGES=(qgis python3-qgis qgis-providers python3-mock python3-venv python3-scipy
  xvfb xauth imagemagick poppler-utils gdal-bin postgresql pyqt5-dev-tools qttools5-dev-tools
  qttranslations5-l10n  # Qt's own buttons (Cancel, Yes) in Polish and Ukrainian
  nginx)  # tests/store/test_reverse_proxy.py runs docs/deploy/nginx.conf (its own instance, not the service)
# tests/web: the public page in headless Chromium over CDP. Not in the QGIS chroots (make test-qgis sets
# MAPUJPOMOC_NO_WEB=1): they run only the plugin's suites
[ "${MAPUJPOMOC_NO_WEB:-}" = 1 ] || DEB_PACKAGES+=(chromium python3-websocket fonts-dejavu-core)
codename=$( (. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-unknown}") || echo unknown)
case "$codename" in
  bookworm | trixie | sid | forky) ;;
  *) echo "bootstrap: Debian '$codename' is untested here (tested: bookworm, trixie, sid)" >&2 ;;
esac

missing=()
for p in "${DEB_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# `make web` builds the public page with npm (Debian's nodejs and npm); a Node.js installed otherwise
# (NodeSource's package brings its own npm, which Debian's npm package would conflict with) is kept
[ "${MAPUJPOMOC_NO_WEB:-}" = 1 ] || { command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; } \
  || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "bootstrap: missing Debian packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
  echo "bootstrap: installing ${missing[*]} ($codename)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# Debian's postgresql package starts a system cluster; the tests start their own and don't need it.
[ "${1:-}" = --packages-only ] && exit 0

python_version=$(/usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
case "$python_version" in
  3.11 | 3.12 | 3.13 | 3.14) ;;
  *) echo "bootstrap: Python $python_version is untested here (tested: 3.11 to 3.14)" >&2 ;;
esac
if [ ! -x "$VENV/bin/python" ]; then
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
# PROJ data for pyproj. pip keeps Debian's own pyproj where it satisfies the requirement (Debian 13: 3.7);
# that one looks for its data under sys.prefix/share/proj, which inside a venv is the venv, and finds none
# (DataDirError). Point it at the system's data, which is the data of the PROJ that pyproj is linked to.
# pip's own pyproj wheel brings its data inside the package and never looks here.
if [ -f /usr/share/proj/proj.db ] && [ ! -e "$VENV/share/proj" ]; then
  mkdir -p "$VENV/share"
  ln -s /usr/share/proj "$VENV/share/proj"
fi

# Reinstall when the requirements, the checkout (the editable install points at it) or Python change.
stamp="$VENV/.installed-$( (cat pyproject.toml; pwd -P; echo "$python_version") | sha1sum | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e ".[test]"
  "$VENV/bin/python" -c 'import pyproj; pyproj.CRS.from_epsg(2180)' \
    || { echo "bootstrap: pyproj in $VENV finds no PROJ data" >&2; exit 1; }
  rm -f "$VENV"/.installed-*
  touch "$stamp"
fi
