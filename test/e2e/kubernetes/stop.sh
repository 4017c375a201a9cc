#!/usr/bin/env bash
# stop.sh STATEDIR: stops exactly the processes listed in STATEDIR/pids (TERM, up to
# 10 s, then KILL). Idempotent: a missing file or already-gone PIDs are fine.
set -uo pipefail

[[ $# -eq 1 ]] || { echo "usage: $0 STATEDIR" >&2; exit 2; }
pids_file=$1/pids
[[ -f $pids_file ]] || exit 0
mapfile -t pids < <(grep -E '^[0-9]+$' "$pids_file")

alive() { local p out=(); for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && out+=("$p"); done; echo "${out[@]}"; }

# Reverse start order: kwok and the controllers first, etcd last.
for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill -TERM "${pids[i]}" 2>/dev/null; done
for _ in $(seq 50); do [[ -z $(alive) ]] && break; sleep 0.2; done
left=$(alive)
if [[ -n $left ]]; then
  echo "stop.sh: still running after 10 s, killing: $left" >&2
  kill -KILL $left 2>/dev/null
fi
rm -f "$pids_file"
