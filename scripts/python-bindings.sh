#!/usr/bin/env bash
# Python bindings: builds the wheel with jsii-pacmak (dist/python/, rebuilt when older than
# the .jsii assembly) and installs it into a virtualenv outside the clone, beside the pinned
# PyPI packages a Python user installs. Prints the venv's python on stdout.
#
#   bash scripts/python-bindings.sh          # wheel (if stale) + venv
#   bash scripts/python-bindings.sh --wheel  # wheel only (the CI step that times pacmak)
#
# venv: ${XDG_CACHE_HOME:-$HOME/.cache}/oscar-blueprints/python-bindings-venv (override:
# OSCAR_PYTHON_VENV); the PyPI pins are reinstalled only when they change (a stamp file).
# Exit status 1 when python3, jsii-pacmak or pip fails: the Python test then fails, never skips.
set -euo pipefail
cd "$(dirname "$0")/.."
die() { echo "python-bindings: ERROR: $*" >&2; exit 1; }
PINS="cdktf==0.21.0 constructs==10.4.2 cdktf-cdktf-provider-vsphere==11.2.1 cdktf-cdktf-provider-kubernetes==12.1.1 cdktf-cdktf-provider-random==12.0.1"
VENV=${OSCAR_PYTHON_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/oscar-blueprints/python-bindings-venv}

[ -f .jsii ] || die ".jsii is missing: run \`npx projen compile\` first"
wheel=$(ls -t dist/python/*.whl 2>/dev/null | head -1 || true)
if [ -z "$wheel" ] || [ .jsii -nt "$wheel" ]; then
  echo "python-bindings: building the wheel with jsii-pacmak (minutes)" >&2
  start=$SECONDS
  npx --no-install jsii-pacmak --target python >&2 || die "jsii-pacmak --target python failed"
  wheel=$(ls -t dist/python/*.whl 2>/dev/null | head -1 || true)
  [ -n "$wheel" ] || die "jsii-pacmak wrote no wheel into dist/python"
  echo "python-bindings: $wheel ($((SECONDS - start))s)" >&2
fi
[ "${1:-}" = "--wheel" ] && { echo "$wheel"; exit 0; }

PYTHON=${PYTHON:-$(command -v python3 || true)}
[ -n "$PYTHON" ] || die "python3 not found (Debian: apt-get install python3 python3-venv)"
if [ "$(cat "$VENV/.oscar-pins" 2>/dev/null)" != "$PINS" ]; then
  echo "python-bindings: creating $VENV with $PINS" >&2
  if [ -e "$VENV" ]; then
    [ -f "$VENV/pyvenv.cfg" ] || die "$VENV exists and is not a virtualenv: not touching it"
    rm -rf "$VENV"
  fi
  mkdir -p "$(dirname "$VENV")"
  "$PYTHON" -m venv "$VENV" || die "python3 -m venv failed (Debian: apt-get install python3-venv)"
  # shellcheck disable=SC2086
  "$VENV/bin/pip" install --quiet --disable-pip-version-check $PINS >&2 || { rm -rf "$VENV"; die "pip install $PINS failed"; }
  echo "$PINS" > "$VENV/.oscar-pins"
fi
# Our wheel on top, without touching the pins (its own requirements are the same packages).
"$VENV/bin/pip" install --quiet --disable-pip-version-check --force-reinstall --no-deps "$wheel" >&2 || die "pip install $wheel failed"
"$VENV/bin/python" -m pip check >&2 || die "the installed packages conflict (pip check above)"
echo "$VENV/bin/python"
