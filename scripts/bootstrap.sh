#!/usr/bin/env bash
# Installs what `make demo` and `make test` need when it is missing: Debian's QGIS 3.22,
# xvfb, PostgreSQL, the Qt translation tools, then a venv that sees the system's qgis module.
set -euo pipefail
cd "$(dirname "$0")/.."

DEB_PACKAGES=(qgis python3-qgis qgis-providers python3-mock python3-venv python3-scipy
  xvfb xauth imagemagick poppler-utils gdal-bin postgresql pyqt5-dev-tools qttools5-dev-tools
  qttranslations5-l10n)  # Qt's own buttons (Cancel, Yes) in Polish and Ukrainian

missing=()
for p in "${DEB_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "bootstrap: missing Debian packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
  echo "bootstrap: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Debian's postgresql package starts a system cluster; the tests start their own and don't need it.
if [ ! -x .venv/bin/python ]; then
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
stamp=.venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
