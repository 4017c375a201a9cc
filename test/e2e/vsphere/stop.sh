#!/usr/bin/env bash
# stop.sh STATEDIR: stops exactly the processes listed in STATEDIR/pids
# (TERM, up to 10 s, then KILL). Idempotent.
set -uo pipefail
[[ $# -eq 1 ]] || { echo "usage: stop.sh STATEDIR" >&2; exit 1; }
pids_file="$1/pids"
[[ -f "$pids_file" ]] || exit 0
alive() { [[ -d /proc/$1 ]] && ! grep -q '^State:.*Z' "/proc/$1/status" 2>/dev/null; }
while read -r pid; do
  [[ "$pid" =~ ^[0-9]+$ ]] || continue
  alive "$pid" || continue
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 100); do alive "$pid" || break; sleep 0.1; done
  if alive "$pid"; then
    echo "vsphere e2e: pid $pid ignored TERM for 10 s; killing" >&2
    kill -KILL "$pid" 2>/dev/null
  fi
done <"$pids_file"
rm -f "$pids_file"
