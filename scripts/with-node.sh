#!/usr/bin/env bash
# Runs a command on a pinned Node LTS line: with-node.sh LINE CMD [ARGS...]
# (LINE from scripts/node-versions.json; fetched into the cache on first use).
set -euo pipefail
bin="$(bash "$(dirname "${BASH_SOURCE[0]}")/node.sh" "$1")"
shift
PATH="$bin:$PATH" exec "$@"
