#!/usr/bin/env bash
# start.sh STATEDIR: starts vcsim on 127.0.0.1 (a free port), waits until its
# inventory is built, and writes STATEDIR/env.json, STATEDIR/pids and
# STATEDIR/logs/. Stop it with stop.sh STATEDIR.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
[[ $# -eq 1 ]] || fail "usage: start.sh STATEDIR"
state=$(realpath -m "$1")
[[ -x "$VCSIM_BIN" && -x "$GOVC_BIN" ]] || fail "vcsim/govc not built for this source; run test/e2e/vsphere/setup.sh"
command -v node >/dev/null || fail "node is not on PATH"
# A fresh simulator each start: datastore files of an earlier run would clash.
rm -rf "$state/datastores"
mkdir -p "$state/logs" "$state/datastores"
rm -f "$state/url" "$state/env.json"
t0=$(date +%s%N)

user=terraform
password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
"$VCSIM_BIN" -listen 127.0.0.1:0 -user "$user" -password "$password" \
  -datastore-dir "$state/datastores" -url-file "$state/url" -inventory-out "$state/inventory.json" \
  >"$state/logs/vcsim.out" 2>"$state/logs/vcsim.log" &
pid=$!
echo "$pid" >>"$state/pids"
# stop.sh signals a PID only while its start time still matches this record.
echo "$pid $(awk '{print $22}' "/proc/$pid/stat")" >>"$state/pids.start"

# Ready = the URL file exists (written after the inventory is built); bounded at 60 s.
for _ in $(seq 600); do
  [[ -s "$state/url" ]] && break
  kill -0 "$pid" 2>/dev/null || fail "vcsim exited during start-up; see $state/logs/vcsim.log: $(tail -3 "$state/logs/vcsim.log")"
  sleep 0.1
done
[[ -s "$state/url" ]] || fail "vcsim not ready after 60 s; see $state/logs/vcsim.log"
url=$(cat "$state/url")

URL="$url" USER_NAME="$user" PASSWORD="$password" GOVC="$GOVC_BIN" STATE="$state" node -e '
const fs = require("fs");
const { URL: url, USER_NAME: user, PASSWORD: password, GOVC: govc, STATE: state } = process.env;
const server = new URL(url).host;
const inventory = JSON.parse(fs.readFileSync(state + "/inventory.json", "utf8"));
const out = {
  env: {
    VSPHERE_SERVER: server, VSPHERE_USER: user, VSPHERE_PASSWORD: password, VSPHERE_ALLOW_UNVERIFIED_SSL: "true",
    // The examples take the password as a sensitive input variable.
    TF_VAR_vsphere_password: password,
    GOVC_URL: url, GOVC_USERNAME: user, GOVC_PASSWORD: password, GOVC_INSECURE: "1", GOVC_BIN: govc,
  },
  providers: { vsphere: { vsphere_server: server, user, password, allow_unverified_ssl: true } },
  // The site names of the simulated inventory, for the examples (examples/README.md).
  context: inventory.context ?? {},
};
fs.writeFileSync(state + "/env.json.tmp", JSON.stringify(out, null, 2) + "\n", { mode: 0o600 });
fs.renameSync(state + "/env.json.tmp", state + "/env.json");
'
rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
echo "vsphere e2e: vcsim pid $pid at $url ready in $(( ($(date +%s%N) - t0) / 1000000 )) ms, RSS $((rss / 1024)) MiB"
