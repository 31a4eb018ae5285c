#!/usr/bin/env bash
# A newer QGIS from Debian's own packages, in a chroot, for testing the plugin beyond the host's QGIS 3.22
# (issue 17: offices run QGIS 3.40 LTR and 3.44).
#
#   scripts/qgis_chroot.sh build VERSION        debootstrap the chroot (or reuse it) and install QGIS & co.
#   scripts/qgis_chroot.sh run VERSION CMD...   run CMD inside: /proc, /sys, /dev, this repository at the same
#                                               path, ../shared read-only; cwd = the current directory
#   scripts/qgis_chroot.sh path VERSION         print the chroot's directory
#   scripts/qgis_chroot.sh remove VERSION       delete the chroot
#
# VERSION is a QGIS minor version mapped to the Debian suite that ships it: 3.40 -> trixie (Debian 13),
# 3.44 -> sid. The chroot lives outside the repository, in $MAPUJPOMOC_CHROOT_CACHE (default
# /var/cache/mapujpomoc), and is reused while its stamp file says it is complete (a half-built one, say an
# interrupted debootstrap, is thrown away and built again); every build installs what bootstrap.sh lists
# and the chroot lacks, so a reused chroot follows the host's package list.
# The host's own apt sources are never touched: debootstrap fetches straight from $MAPUJPOMOC_DEBIAN_MIRROR.
# Needs root (debootstrap, chroot, mounts). The mounts live in a private mount namespace (unshare), so
# they vanish when the command ends, however it ends, and the host never sees them.
set -euo pipefail

MIRROR=${MAPUJPOMOC_DEBIAN_MIRROR:-http://deb.debian.org/debian}
CACHE=${MAPUJPOMOC_CHROOT_CACHE:-/var/cache/mapujpomoc}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
SHARED=$(cd "$REPO/.." && pwd -P)/shared
SELF="$REPO/scripts/qgis_chroot.sh"

# The chroot's base; QGIS and the rest come from scripts/bootstrap.sh --packages-only, run inside at every
# build, so the chroot has what `make test` has on the host, and a package added there arrives here too.
BASE_PACKAGES=(ca-certificates fonts-dejavu-core make)

die() { echo "qgis_chroot: $*" >&2; exit 2; }

suite_for() {
  case "$1" in
    3.40) echo trixie ;;
    3.44) echo sid ;;
    *) die "unknown QGIS version '$1' (known: 3.40 -> trixie, 3.44 -> sid)" ;;
  esac
}

root_for() { echo "$CACHE/chroot-$(suite_for "$1")"; }
recipe() { printf '%s\n' "$MIRROR" "${BASE_PACKAGES[@]}" | sha1sum | cut -c1-12; }

need_root() { [ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot and mounts)"; }

# Any mount below DIR, seen from this namespace (never delete a chroot that has the repository bound in).
mounts_below() { awk -v d="$1/" 'index($2 "/", d) == 1 {print $2}' /proc/self/mounts; }

# The host's trust, copied in: the CA bundle pip and requests read, the local CAs update-ca-certificates
# merges, and the system-wide pip configuration (its cert = points at the same bundle path).
# Done at every build and run because the host's CAs can change between sessions.
sync_trust() {
  local root=$1 path
  for path in /usr/local/share/ca-certificates /etc/ssl/certs/ca-certificates.crt /etc/pip.conf /etc/xdg/pip; do
    if [ ! -e "$path" ]; then
      rm -rf "${root:?}$path"
    elif ! diff -rq "$path" "$root$path" >/dev/null 2>&1; then  # copy only what changed: runs may overlap
      rm -rf "${root:?}$path"
      mkdir -p "$(dirname "$root$path")"
      cp -rL "$path" "$root$path"
    fi
  done
}

# chroot with a clean environment: what the tests and pip need, nothing of the host's venv or paths.
in_root() {
  local root=$1; shift
  local keep=() v
  for v in $(compgen -e); do
    case "$v" in
      CI|TERM|MAPUJPOMOC_*|QT_QPA_PLATFORM|PIP_CERT|PIP_DEFAULT_TIMEOUT|PIP_DISABLE_PIP_VERSION_CHECK|PIP_INDEX_URL|\
      SSL_CERT_FILE|SSL_CERT_DIR|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|http_proxy|https_proxy|no_proxy|\
      HTTP_PROXY|HTTPS_PROXY|NO_PROXY) keep+=("$v=${!v}") ;;
    esac
  done
  env -i "${keep[@]}" HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin chroot "$root" "$@"
}

# Runs inside the private mount namespace made by `run` (and by `build` for apt): mount, chroot, done.
MOUNTED=()
unmount_all() {  # belt and braces: the namespace drops these anyway when its last process ends
  local i
  for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do umount -l "${MOUNTED[i]}" 2>/dev/null || true; done
}
mount_and_exec() {
  local root=$1 cwd=$2; shift 2
  trap unmount_all EXIT
  bind() {  # bind SRC DST [ro]
    mkdir -p "$2"
    mount --bind "$1" "$2"; MOUNTED+=("$2")
    if [ "${3:-}" = ro ]; then mount -o remount,bind,ro "$2"; fi
  }
  mount -t proc proc "$root/proc"; MOUNTED+=("$root/proc")
  bind /sys "$root/sys" ro
  bind /dev "$root/dev"
  bind /dev/pts "$root/dev/pts"
  if [ -d /dev/shm ]; then bind /dev/shm "$root/dev/shm"; fi
  bind "$REPO" "$root$REPO"
  if [ -d "$SHARED" ]; then bind "$SHARED" "$root$SHARED" ro; fi
  sync_trust "$root"
  in_root "$root" /bin/sh -c 'cd "$1" 2>/dev/null || cd /; shift; exec "$@"' sh "$cwd" "$@"
}

run_in() {  # VERSION|ROOT CWD CMD... : a private mount namespace, so nothing stays mounted afterwards
  local root=$1; shift
  unshare --mount --propagation private -- "$SELF" _ns "$root" "$@"
}

build() {
  local version=$1 suite root stamp want
  suite=$(suite_for "$version"); root=$(root_for "$version"); stamp="$root/.mapujpomoc-complete"
  need_root
  want=$(recipe)
  local t0=$SECONDS
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    echo "qgis_chroot: reusing $root"
  else
    command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; }
    mkdir -p "$CACHE"
    local free_kb
    free_kb=$(df -Pk "$CACHE" | awk 'NR == 2 {print $4}')
    [ -e "$root" ] || [ "$free_kb" -gt 4000000 ] || die "less than 4 GB free in $CACHE; a QGIS chroot takes about 2.5 GB"
    if [ ! -f "$stamp" ] && [ -e "$root" ]; then
      # A stampless chroot is a half-built one: start over, never deleting through a live mount.
      [ -z "$(mounts_below "$root")" ] || die "$root has mounts below it: $(mounts_below "$root" | tr '\n' ' ')"
      echo "qgis_chroot: $root is incomplete, building it again"
      rm -rf --one-file-system "$root"
    fi
    if [ ! -e "$root" ]; then
      echo "qgis_chroot: debootstrap $suite from $MIRROR into $root"
      debootstrap --variant=minbase --include=ca-certificates --components=main \
        "$suite" "$root" "$MIRROR" >"$CACHE/debootstrap-$suite.log" 2>&1 \
        || { tail -20 "$CACHE/debootstrap-$suite.log" >&2; die "debootstrap failed (log: $CACHE/debootstrap-$suite.log)"; }
    fi
    rm -f "$stamp"
    # No services start inside the chroot (PostgreSQL's postinst would); the tests start their own cluster.
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"; chmod 755 "$root/usr/sbin/policy-rc.d"
    # The archive reachable here can lag behind the calendar: sid's Release files expire within a week and
    # apt would refuse them (`Release file ... is expired`); their signatures are still checked.
    printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\nAcquire::Check-Valid-Until "false";\n' \
      >"$root/etc/apt/apt.conf.d/90mapujpomoc"
    echo "deb $MIRROR $suite main" >"$root/etc/apt/sources.list"
    run_in "$root" / /bin/sh -c 'apt-get update -qq && apt-get install -y -qq "$@" >/dev/null && update-ca-certificates >/dev/null 2>&1' \
      sh "${BASE_PACKAGES[@]}"
  fi
  cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
  # QGIS and the rest, as on the host; only what is missing, so a reused chroot costs a second here.
  run_in "$root" "$REPO" /bin/sh -c 'scripts/bootstrap.sh --packages-only && apt-get clean'
  [ -f "$stamp" ] || echo "$want" >"$stamp"
  echo "qgis_chroot: $root ready in $((SECONDS - t0)) s:" \
    "$(in_root "$root" dpkg-query -W -f='QGIS ${Version}' qgis), $(in_root "$root" python3 --version)"
}

remove() {
  local root
  root=$(root_for "$1"); need_root
  [ -e "$root" ] || return 0
  [ -z "$(mounts_below "$root")" ] || die "$root has mounts below it: $(mounts_below "$root" | tr '\n' ' ')"
  rm -rf --one-file-system "$root"
}

main() {
  local cmd=${1:-} root
  [ $# -gt 0 ] && shift
  case "$cmd" in
    build) [ $# -eq 1 ] || die "usage: build VERSION"; build "$1" ;;
    run)
      [ $# -ge 2 ] || die "usage: run VERSION CMD..."
      need_root
      root=$(root_for "$1"); shift
      [ -f "$root/.mapujpomoc-complete" ] || die "no complete chroot at $root: run '$0 build VERSION' first"
      run_in "$root" "$PWD" "$@" ;;
    path) [ $# -eq 1 ] || die "usage: path VERSION"; root_for "$1" ;;
    remove) [ $# -eq 1 ] || die "usage: remove VERSION"; remove "$1" ;;
    _ns) mount_and_exec "$@" ;;  # internal: the half of `run` inside the private mount namespace
    *) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
}

# One line, read whole before it runs: editing this file while a build runs cannot feed it other lines.
main "$@"; exit
