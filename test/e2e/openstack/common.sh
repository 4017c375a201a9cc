# Shared by setup.sh, start.sh and stop.sh: where the cached venv lives, keyed on the
# versions it holds, so a changed pin gets a fresh venv instead of a half-upgraded one.
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY_VERSION=3.12
RELEASE=2026.2
# The key covers every pin: a changed pin builds a new venv next to the old one.
KEY="$(cat "$HERE/requirements.txt" "$HERE/constraints.txt" 2>/dev/null | sha256sum | cut -c1-12)"
CACHE_ROOT="${OSCAR_E2E_CACHE:-$HOME/.cache/oscar-blueprints/e2e}"
VENV_DIR="$CACHE_ROOT/openstack-$RELEASE-py$PY_VERSION-$KEY/venv"
# gcc, pkg-config and libmariadb-dev build mysqlclient (PyPI ships it as source only).
APT_PACKAGES="mariadb-server rabbitmq-server memcached gcc pkg-config libmariadb-dev"

log() { printf '[openstack-e2e %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

find_python() {
  for p in "python$PY_VERSION" "$HOME/.pyenv/versions/$PY_VERSION"*/bin/python3; do
    if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' 2>/dev/null; then
      command -v "$p"; return 0
    fi
  done
  return 1
}
