#!/usr/bin/env bash
# Starts the local OpenStack (2026.2, all on 127.0.0.1) from empty databases, waits until
# it is ready, bootstraps what the examples reference, and writes STATEDIR/env.json,
# STATEDIR/pids and STATEDIR/logs/. Run setup.sh first; stop with stop.sh STATEDIR.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
STATE=${1:?usage: start.sh STATEDIR}
mkdir -p "$STATE" && STATE=$(cd "$STATE" && pwd)
t0=$SECONDS
[[ -f "$VENV_DIR/.complete" ]] || die "no venv at $VENV_DIR: run test/e2e/openstack/setup.sh first"
if [[ -f "$STATE/pids" ]]; then
  while read -r p; do kill -0 "$p" 2>/dev/null && die "$STATE already has running processes: stop.sh $STATE first"; done <"$STATE/pids"
fi
# Fresh every start: a fake compute restarted on an old DB fails its node-identity check.
rm -rf "$STATE"/{mysql,rabbitmq,etc,lib,lock,run,logs,env.json,processes.json,launched.json}
mkdir -p "$STATE/logs" && : >"$STATE/pids"
source "$HERE/infra.sh"
PY="$VENV_DIR/bin/python"; BIN="$VENV_DIR/bin"

log "infra: MariaDB, RabbitMQ, memcached"
start_infra
add_vhosts $("$PY" -c 'import sys; sys.path.insert(0, "'"$HERE"'"); import topology as t; print(*(f"set_{c["name"]}" for c in t.COMPUTE_SETS))')
log "infra: up after $((SECONDS - t0)) s"

"$PY" "$HERE/configure.py" "$STATE" "$VENV_DIR"
"$PY" "$HERE/configure_swift.py" "$STATE" "$VENV_DIR"
DBS="keystone glance neutron octavia designate heat trove manila $("$PY" -c 'import sys; sys.path.insert(0, "'"$HERE"'"); import topology as t
for c in t.COMPUTE_SETS: print(*(f"{d}_{c["name"]}" for d in ("placement", "nova_api", "nova_cell0", "nova_cell1", "cinder")))')"
# The synced, still empty schemas are cached next to the venv (same versions, same key):
# restoring them takes seconds, the syncs take minutes (nova's most). The dump holds more
# than tables: Nova's cell mappings carry the RabbitMQ URL (vhost) of each cell, written by
# create_cell from the config of the day. So the key covers every file that decides what
# the syncs write (a dump made before the per-set vhosts sent every build to a vhost no
# compute listens on: servers hung in "scheduling" forever).
SCHEMA="$(dirname "$VENV_DIR")/schema-$(cat "$HERE/topology.py" "$HERE/configure.py" "$HERE/start.sh" | sha256sum | cut -c1-8).sql"
E="$STATE/etc"; ts=$SECONDS
if [[ -s "$SCHEMA" ]]; then
  log "db: restoring cached schemas"
  mariadb --no-defaults -uroot -S "$STATE/run/mysql.sock" <"$SCHEMA" || die "restoring $SCHEMA failed: delete it to re-sync"
else
  log "db: schema syncs (cached afterwards)"
  create_dbs $DBS
  pids=()
  sync() { local name=$1; shift; ( "$@" >>"$STATE/logs/db-$name.log" 2>&1 || { echo "FAILED: $*" >>"$STATE/logs/db-$name.log"; exit 1; } ) & pids+=($!); }
  sync keystone "$BIN/keystone-manage" --config-file "$E/keystone/keystone.conf" db_sync
  sync glance "$BIN/glance-manage" --config-file "$E/glance/glance-api.conf" db_sync
  sync neutron "$BIN/neutron-db-manage" --config-file "$E/neutron/neutron.conf" --config-file "$E/neutron/ml2_conf.ini" upgrade heads
  sync octavia "$BIN/octavia-db-manage" --config-file "$E/octavia/octavia.conf" upgrade head
  sync designate "$BIN/designate-manage" --config-file "$E/designate/designate.conf" database sync
  sync heat "$BIN/heat-manage" --config-file "$E/heat/heat.conf" db_sync
  sync trove "$BIN/trove-manage" --config-file "$E/trove/trove.conf" db_sync
  sync manila "$BIN/manila-manage" --config-file "$E/manila/manila.conf" db sync
  for s in $("$PY" -c 'import sys; sys.path.insert(0, "'"$HERE"'"); import topology as t; print(*(c["name"] for c in t.COMPUTE_SETS))'); do
    nc="$E/nova-$s/nova.conf"
    sync "placement-$s" "$BIN/placement-manage" --config-file "$E/placement-$s/placement.conf" db sync
    sync "cinder-$s" "$BIN/cinder-manage" --config-file "$E/cinder-$s/cinder.conf" db sync
    sync "nova-$s" bash -c "'$BIN/nova-manage' --config-file '$nc' api_db sync &&
      '$BIN/nova-manage' --config-file '$nc' cell_v2 map_cell0 --database_connection 'mysql+pymysql://os:os@127.0.0.1:13306/nova_cell0_$s?charset=utf8mb4' &&
      '$BIN/nova-manage' --config-file '$nc' cell_v2 create_cell --name cell1 &&
      '$BIN/nova-manage' --config-file '$nc' db sync"
  done
  for p in "${pids[@]}"; do wait "$p" || die "a schema sync failed: $(grep -l FAILED "$STATE"/logs/db-*.log | tr '\n' ' ')"; done
  mariadb-dump --no-defaults -uroot -S "$STATE/run/mysql.sock" --databases $DBS >"$SCHEMA.tmp" && mv "$SCHEMA.tmp" "$SCHEMA"
fi
# Each set's cell1 must point at the vhost its computes listen on (nova.conf's transport_url):
# the conductor casts builds to the cell mapping's URL, and a cast nobody consumes is dropped
# without an error.
for s in $("$PY" -c 'import sys; sys.path.insert(0, "'"$HERE"'"); import topology as t; print(*(c["name"] for c in t.COMPUTE_SETS))'); do
  want="$(sed -n 's/^transport_url = //p' "$E/nova-$s/nova.conf")"
  have="$(mariadb --no-defaults -uroot -S "$STATE/run/mysql.sock" -N -e "SELECT transport_url FROM nova_api_$s.cell_mappings WHERE name = 'cell1'")"
  [[ "$have" == "$want" ]] || die "set $s: cell1 maps to '$have', but its computes listen on '$want' (stale $SCHEMA? delete it to re-sync)"
done
# Fernet and credential keys are 32 random bytes, urlsafe-base64 (what fernet_setup and
# credential_setup write); two CLI start-ups saved. Key 1 is the primary one.
for repo in fernet-keys credential-keys; do
  mkdir -p "$E/keystone/$repo" && chmod 700 "$E/keystone/$repo"
  for k in 0 1; do openssl rand 32 | base64 | tr '+/' '-_' >"$E/keystone/$repo/$k"; done
done
"$BIN/keystone-manage" --config-file "$E/keystone/keystone.conf" bootstrap --bootstrap-password oscar-e2e \
  --bootstrap-admin-url http://127.0.0.1:5000/v3 --bootstrap-public-url http://127.0.0.1:5000/v3 \
  --bootstrap-internal-url http://127.0.0.1:5000/v3 --bootstrap-region-id RegionOne \
  >>"$STATE/logs/db-keystone.log" 2>&1 || die "keystone-manage bootstrap failed (logs/db-keystone.log)"
log "db: synced in $((SECONDS - ts)) s"

# --- CA for Octavia's (unused, but required) certificate generator ---
mkdir -p "$E/octavia/ca"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=oscar-e2e-octavia -keyout "$E/octavia/ca/ca.key" \
  -out "$E/octavia/ca/ca.pem" >/dev/null 2>&1 || die "openssl could not make Octavia's CA"

# Keystone first: the other services log in with their service users at start-up and
# exit on a 401, so those users and the catalog must exist before they start.
"$PY" "$HERE/launch.py" "$STATE" +keystone
wait_for keystone 180 curl -sf http://127.0.0.1:5000/v3
( cd "$HERE" && "$PY" bootstrap.py "$STATE" identity ) 2>&1 | tee -a "$STATE/logs/bootstrap.log" >&2
[[ ${PIPESTATUS[0]} == 0 ]] || die "bootstrap (identity) failed (logs/bootstrap.log)"
log "services: Keystone ready after $((SECONDS - t0)) s; starting $("$PY" -c "import json; print(len(json.load(open('$STATE/processes.json'))))") processes"
"$PY" "$HERE/launch.py" "$STATE" -keystone
( cd "$HERE" && "$PY" bootstrap.py "$STATE" cloud ) 2>&1 | tee -a "$STATE/logs/bootstrap.log" >&2
[[ ${PIPESTATUS[0]} == 0 ]] || die "bootstrap failed (logs/bootstrap.log)"
log "start: ready in $((SECONDS - t0)) s; env in $STATE/env.json"
