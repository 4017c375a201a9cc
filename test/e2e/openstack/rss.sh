#!/usr/bin/env bash
# Prints the resident memory of everything start.sh started (PIDs in STATEDIR/pids and
# their descendants): the total and the five largest. For the job's cost report.
set -uo pipefail
STATE=${1:?usage: rss.sh STATEDIR}
descendants() { local c; for c in $(ps -o pid= --ppid "$1" 2>/dev/null); do echo "$c"; descendants "$c"; done; }
pids=$(while read -r p; do kill -0 "$p" 2>/dev/null && { echo "$p"; descendants "$p"; }; done <"$STATE/pids" | sort -u | paste -sd,)
[[ -n $pids ]] || { echo "rss.sh: nothing running"; exit 0; }
ps -o rss=,comm= -p "$pids" | sort -rn | awk '{t += $1; n++; if (n <= 5) top = top sprintf("  %6.0f MB %s\n", $1/1024, $2)}
  END {printf "%d processes, %.2f GB RSS\n%s", n, t/1048576, top}'
