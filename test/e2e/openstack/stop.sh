#!/usr/bin/env bash
# Stops exactly what start.sh started: the PIDs in STATEDIR/pids and their descendants
# (runuser, gunicorn and cinder-volume fork children). TERM, a bounded wait, then KILL.
# Idempotent: a second run finds nothing alive and says so.
set -uo pipefail
STATE=${1:?usage: stop.sh STATEDIR}
[[ -f "$STATE/pids" ]] || { echo "stop.sh: no $STATE/pids, nothing to stop"; exit 0; }

descendants() { local c; for c in $(ps -o pid= --ppid "$1" 2>/dev/null); do echo "$c"; descendants "$c"; done; }
all=()
while read -r pid; do
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || continue
  all+=("$pid" $(descendants "$pid"))
done <"$STATE/pids"
((${#all[@]})) || { echo "stop.sh: nothing running"; exit 0; }

kill -TERM "${all[@]}" 2>/dev/null
for _ in $(seq 1 40); do  # up to 20 s
  alive=(); for p in "${all[@]}"; do kill -0 "$p" 2>/dev/null && alive+=("$p"); done
  ((${#alive[@]})) || break
  sleep 0.5
done
if ((${#alive[@]})); then echo "stop.sh: KILL ${alive[*]}"; kill -KILL "${alive[@]}" 2>/dev/null; fi
echo "stop.sh: stopped ${#all[@]} processes"
