#!/usr/bin/env bash
# Installs what the OpenStack e2e target needs: MariaDB, RabbitMQ and memcached from
# Debian, and one Python 3.12 venv (cached outside the clone, keyed on the pins) with the
# 2026.2 services and the test-only plugins. Idempotent: a warm second run takes seconds.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
t0=$SECONDS

# --- Debian packages (not auto-started: start.sh runs them with data dirs it owns) ---
missing=()
for p in $APT_PACKAGES; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p"); done
if ((${#missing[@]})); then
  [[ $(id -u) == 0 ]] || die "apt packages missing (${missing[*]}) and not root: install them first"
  log "apt: installing ${missing[*]}"
  ta=$SECONDS
  # policy-rc.d 101 keeps the packages' own services from starting on install.
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  rm -f /usr/sbin/policy-rc.d
  log "apt: done in $((SECONDS - ta)) s"
else
  log "apt: ${APT_PACKAGES} already installed"
fi
for b in mariadbd mariadb-install-db rabbitmq-server memcached; do
  command -v "$b" >/dev/null || [[ -x /usr/sbin/$b ]] || die "$b not found after apt install"
done

# --- the venv ---
PY="$(find_python)" || die "Python $PY_VERSION not found (looked for python$PY_VERSION and pyenv)"
if [[ ! -f "$VENV_DIR/.complete" ]]; then
  log "pip: building $VENV_DIR (about 3 min cold)"
  tp=$SECONDS
  rm -rf "$VENV_DIR" && mkdir -p "$(dirname "$VENV_DIR")"
  "$PY" -m venv "$VENV_DIR"
  "$VENV_DIR/bin/pip" install -q -r "$HERE/requirements.txt" -c "$HERE/constraints.txt"
  touch "$VENV_DIR/.complete"
  log "pip: done in $((SECONDS - tp)) s"
else
  log "pip: venv up to date ($VENV_DIR)"
fi

# --- the plugins: reinstalled whenever their sources change (a few seconds) ---
plugin_hash="$(cd "$HERE/oscar_e2e_plugins" && find . -name '*.py' -o -name '*.toml' | LC_ALL=C sort | xargs cat | sha256sum | cut -c1-16)"
if [[ "$(cat "$VENV_DIR/.plugins" 2>/dev/null)" != "$plugin_hash" ]]; then
  log "pip: installing oscar_e2e_plugins"
  # Built from a copy: pip must not leave build/ and egg-info droppings in the clone.
  tmp="$(mktemp -d)"; cp -r "$HERE/oscar_e2e_plugins" "$tmp/"
  "$VENV_DIR/bin/pip" install -q --no-deps --no-build-isolation "$tmp/oscar_e2e_plugins"
  rm -rf "$tmp"
  echo "$plugin_hash" > "$VENV_DIR/.plugins"
fi
"$VENV_DIR/bin/python" -c 'import keystone, nova, neutron, placement, glance, cinder, octavia, designate, neutron_fwaas, neutron_vpnaas, neutron_taas, swift, heat, trove, manila, pyeclib, MySQLdb, oscar_e2e_plugins' \
  || die "the venv at $VENV_DIR is incomplete: delete it and re-run setup.sh"
# The plugins' own tests (no cloud needed): a broken fake fails here, not as a puzzling
# scheduling error an hour into the suite. -p no:cacheprovider: no .pytest_cache in the clone.
# One interpreter per file: the services register the same options on oslo.config's global CONF.
for f in "$HERE"/oscar_e2e_plugins/tests/test_*.py; do
  "$VENV_DIR/bin/python" -m pytest -q -p no:cacheprovider "$f" \
    || die "the e2e plugins' tests failed ($f)"
done
log "setup: done in $((SECONDS - t0)) s"
