#!/usr/bin/env bash
# stop.sh STATEDIR: stops exactly the processes listed in STATEDIR/pids
# (TERM, up to 10 s, then KILL). Idempotent. A PID is only signalled while it
# still is the process start.sh started (same start time, recorded in
# STATEDIR/pids.start), so a PID recycled by another process is left alone.
set -uo pipefail
[[ $# -eq 1 ]] || { echo "usage: stop.sh STATEDIR" >&2; exit 1; }
state=$1
[[ -f "$state/pids" ]] || exit 0
starttime() { awk '{print $22}' "/proc/$1/stat" 2>/dev/null; }
ours() {
  [[ -d /proc/$1 ]] && ! grep -q '^State:.*Z' "/proc/$1/status" 2>/dev/null &&
    grep -qx "$1 $(starttime "$1")" "$state/pids.start" 2>/dev/null
}
while read -r pid; do
  [[ "$pid" =~ ^[0-9]+$ ]] || continue
  ours "$pid" || continue
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 100); do ours "$pid" || break; sleep 0.1; done
  if ours "$pid"; then
    echo "vsphere e2e: pid $pid ignored TERM for 10 s; killing" >&2
    kill -KILL "$pid" 2>/dev/null
  fi
done <"$state/pids"
rm -f "$state/pids" "$state/pids.start"
