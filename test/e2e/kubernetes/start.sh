#!/usr/bin/env bash
# start.sh STATEDIR: two real Kubernetes control planes on 127.0.0.1 sharing one etcd
# (cluster "a" under /registry-a, "b" under /registry-b), each with its own
# controller-manager, scheduler and kwok (three fake nodes in three zones). Writes
# STATEDIR/env.json, STATEDIR/kubeconfig, STATEDIR/pids and STATEDIR/logs/.
set -euo pipefail

[[ $# -eq 1 ]] || { echo "usage: $0 STATEDIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$1" && state=$(cd "$1" && pwd)
[[ -s $state/pids ]] && { echo "start.sh: $state/pids exists: run stop.sh $state first" >&2; exit 1; }
ms() { date +%s%3N; }
t0=$(ms)
cache=$("$here/setup.sh" 2>"$state/setup.log" | tail -1) || { cat "$state/setup.log" >&2; exit 1; }
bin=$cache/bin manifests=$cache/manifests
pki=$state/pki logs=$state/logs
mkdir -p "$pki" "$logs" && : >"$state/pids"
die() { echo "start.sh: $*" >&2; exit 1; }
# Any failure past this point stops what was already started.
trap 'rc=$?; [[ $rc -ne 0 ]] && { echo "start.sh: failed; logs in $logs" >&2; "$here/stop.sh" "$state" >&2; }; exit $rc' EXIT

# Timeouts are generous: on a busy 2-core machine an apiserver took 42 s to get ready.
# Free ports, all chosen at once (held open together, so they are distinct).
read -r etcd_port peer_port port_a port_b < <(node -e '
  const net = require("net"); const ss = [0, 1, 2, 3].map(() => net.createServer());
  Promise.all(ss.map((s) => new Promise((ok) => s.listen(0, "127.0.0.1", ok))))
    .then(() => { console.log(ss.map((s) => s.address().port).join(" ")); ss.forEach((s) => s.close()); });')

# --- PKI: a CA, a serving cert for 127.0.0.1 and the first service IP, the SA key pair.
ossl() { openssl "$@" 2>>"$logs/openssl.log" >/dev/null || die "openssl $1 failed (see $logs/openssl.log)"; }
ossl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=oscar-e2e-ca \
  -keyout "$pki/ca.key" -out "$pki/ca.crt"
ossl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj /CN=kube-apiserver \
  -keyout "$pki/apiserver.key" -out "$pki/apiserver.csr"
printf 'subjectAltName=IP:127.0.0.1,IP:10.96.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc\n' >"$pki/san.ext"
ossl x509 -req -in "$pki/apiserver.csr" -CA "$pki/ca.crt" -CAkey "$pki/ca.key" -CAcreateserial -days 2 \
  -extfile "$pki/san.ext" -out "$pki/apiserver.crt"
ossl genpkey -algorithm ec -pkeyopt ec_paramgen_curve:prime256v1 -out "$pki/sa.key"
ossl pkey -in "$pki/sa.key" -pubout -out "$pki/sa.pub"
token=$(openssl rand -hex 24)
echo "$token,e2e-admin,e2e-admin,\"system:masters\"" >"$pki/tokens.csv"
chmod 600 "$pki"/*.key "$pki/tokens.csv"

# spawn NAME CMD...: background process, output to logs/NAME.log, PID recorded.
spawn() { local n=$1; shift; "$@" >"$logs/$n.log" 2>&1 & echo $! >>"$state/pids"; }
# wait_for WHAT SECONDS CMD...: poll CMD every 0.2 s until it succeeds.
wait_for() {
  local what=$1 secs=$2 deadline=$(($(date +%s) + $2)); shift 2
  until "$@" >/dev/null 2>&1; do
    (($(date +%s) < deadline)) || die "$what not ready after $secs s; see $logs"
    sleep 0.2
  done
}

spawn etcd "$bin/etcd" --name e2e --data-dir "$state/etcd" --unsafe-no-fsync --log-level warn \
  --listen-client-urls "http://127.0.0.1:$etcd_port" --advertise-client-urls "http://127.0.0.1:$etcd_port" \
  --listen-peer-urls "http://127.0.0.1:$peer_port" --initial-advertise-peer-urls "http://127.0.0.1:$peer_port" \
  --initial-cluster "e2e=http://127.0.0.1:$peer_port"
wait_for etcd 60 curl -sf "http://127.0.0.1:$etcd_port/health"

kubeconfig() { # kubeconfig FILE PORT: a one-cluster kubeconfig for the components
  cat >"$1" <<EOF
apiVersion: v1
kind: Config
clusters: [{name: c, cluster: {server: "https://127.0.0.1:$2", certificate-authority: "$pki/ca.crt"}}]
users: [{name: u, user: {token: "$token"}}]
contexts: [{name: c, context: {cluster: c, user: u}}]
current-context: c
EOF
}

for c in a b; do
  port_var=port_$c && port=${!port_var}
  # --endpoint-reconciler-type=none: Endpoints may not hold a loopback address.
  spawn "apiserver-$c" "$bin/kube-apiserver" --bind-address 127.0.0.1 --advertise-address 127.0.0.1 \
    --secure-port "$port" --etcd-servers "http://127.0.0.1:$etcd_port" --etcd-prefix "/registry-$c" \
    --tls-cert-file "$pki/apiserver.crt" --tls-private-key-file "$pki/apiserver.key" --client-ca-file "$pki/ca.crt" \
    --token-auth-file "$pki/tokens.csv" --authorization-mode Node,RBAC --endpoint-reconciler-type none \
    --service-account-issuer https://kubernetes.default.svc --service-account-key-file "$pki/sa.pub" \
    --service-account-signing-key-file "$pki/sa.key" --service-cluster-ip-range 10.96.0.0/16 --profiling=false
  kubeconfig "$state/kubeconfig-$c" "$port"
done
for c in a b; do
  port_var=port_$c
  wait_for "kube-apiserver $c" 180 curl -sf --cacert "$pki/ca.crt" -H "Authorization: Bearer $token" \
    "https://127.0.0.1:${!port_var}/readyz"
done
t_api=$(ms)

for c in a b; do
  kc=$state/kubeconfig-$c
  # The in-tree hostPath provisioner binds StatefulSet volume claims (the default
  # StorageClass below names it); it creates and deletes dirs under /tmp/hostpath_pv.
  # The class waits for the first consumer: with Immediate binding a pod scheduled
  # before its claim was bound stayed Pending past the 90 s apply timeout.
  spawn "controller-manager-$c" "$bin/kube-controller-manager" --kubeconfig "$kc" --leader-elect=false \
    --secure-port 0 --enable-hostpath-provisioner --root-ca-file "$pki/ca.crt" \
    --service-account-private-key-file "$pki/sa.key" --profiling=false
  spawn "scheduler-$c" "$bin/kube-scheduler" --kubeconfig "$kc" --leader-elect=false --secure-port 0 --profiling=false
  stages=() && for f in "$manifests"/stages/*.yaml; do stages+=(--config "$f"); done
  # Without an explicit lease duration kwok (given only stage configs) renews no node
  # leases, and after 50 s the node lifecycle controller marks nodes and pods NotReady.
  spawn "kwok-$c" "$bin/kwok" --kubeconfig "$kc" --manage-all-nodes=true --node-lease-duration-seconds 40 "${stages[@]}"
done

# Cluster contents: three fake nodes (one per zone), the default StorageClass, the
# Gateway API CRDs and the namespaces a site's platform team provides (the Gateway's).
nodes() {
  local c=$1 i
  for i in 1 2 3; do cat <<EOF
apiVersion: v1
kind: Node
metadata:
  name: $c-node-$i
  annotations: {kwok.x-k8s.io/node: fake, node.alpha.kubernetes.io/ttl: "0"}
  labels: {kubernetes.io/hostname: $c-node-$i, kubernetes.io/os: linux, kubernetes.io/arch: amd64, type: kwok,
           topology.kubernetes.io/region: region-$c, topology.kubernetes.io/zone: zone-$i}
status:
  allocatable: {cpu: "16", memory: 64Gi, pods: "110", ephemeral-storage: 200Gi}
  capacity: {cpu: "16", memory: 64Gi, pods: "110", ephemeral-storage: 200Gi}
  nodeInfo: {kubeletVersion: v1.34.4, operatingSystem: linux, architecture: amd64}
---
EOF
  done
  cat <<EOF
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: {name: standard, annotations: {storageclass.kubernetes.io/is-default-class: "true"}}
provisioner: kubernetes.io/host-path
reclaimPolicy: Delete
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: Namespace
metadata: {name: gateway-system}
---
apiVersion: v1
kind: Namespace
metadata: {name: envoy-gateway-system}
EOF
}
for c in a b; do
  kc=$state/kubeconfig-$c
  nodes "$c" | "$bin/kubectl" --kubeconfig "$kc" apply -f - >>"$logs/bootstrap.log" 2>&1 || die "cluster $c: apply nodes failed"
  "$bin/kubectl" --kubeconfig "$kc" apply --server-side -f "$manifests/gateway-api" >>"$logs/bootstrap.log" 2>&1 \
    || die "cluster $c: apply Gateway API CRDs failed"
done
for c in a b; do
  k=("$bin/kubectl" --kubeconfig "$state/kubeconfig-$c")
  "${k[@]}" wait --for condition=Established crd --all --timeout 120s >>"$logs/bootstrap.log" 2>&1 || die "cluster $c: CRDs not established"
  "${k[@]}" wait --for condition=Ready node --all --timeout 120s >>"$logs/bootstrap.log" 2>&1 || die "cluster $c: kwok nodes not Ready"
  # The controller-manager is up once it has given the default namespace its ServiceAccount.
  wait_for "cluster $c controller-manager" 120 "${k[@]}" get serviceaccount default -n default
done

# One kubeconfig for Terraform and the checks: a context per cluster. The examples'
# default context names (site-a, site-b, media-processing) are deliberately absent:
# env.json's context tells the examples to use these.
cat >"$state/kubeconfig" <<EOF
apiVersion: v1
kind: Config
clusters:
- {name: cluster-a, cluster: {server: "https://127.0.0.1:$port_a", certificate-authority: "$pki/ca.crt"}}
- {name: cluster-b, cluster: {server: "https://127.0.0.1:$port_b", certificate-authority: "$pki/ca.crt"}}
users: [{name: e2e-admin, user: {token: "$token"}}]
contexts:
- {name: cluster-a, context: {cluster: cluster-a, user: e2e-admin}}
- {name: cluster-b, context: {cluster: cluster-b, user: e2e-admin}}
current-context: cluster-a
EOF
chmod 600 "$state/kubeconfig"

# Context for the examples. The transcoders' drain is 30 s, not the example's 30 min:
# kube finalizes a deleted namespace only after the longest grace period of its pods
# (measured here: 60 s grace, 73 s delete), and the fake pods have no job to finish.
cat >"$state/env.json" <<EOF
{
  "env": {
    "KUBECONFIG": "$state/kubeconfig",
    "E2E_K8S_KUBECTL": "$bin/kubectl",
    "E2E_K8S_CA": "$pki/ca.crt",
    "E2E_K8S_TOKEN": "$token",
    "E2E_K8S_SERVER_A": "https://127.0.0.1:$port_a",
    "E2E_K8S_SERVER_B": "https://127.0.0.1:$port_b"
  },
  "providers": { "kubernetes": { "config_path": "$state/kubeconfig" } },
  "context": {
    "financeCicdK8s.primaryContext": "cluster-a",
    "financeCicdK8s.drContext": "cluster-b",
    "broadcastVideoK8s.kubeContext": "cluster-a",
    "broadcastVideoK8s.drainSeconds": "30"
  }
}
EOF

rss=$(ps -o rss= -p "$(paste -sd, "$state/pids")" | awk '{s += $1} END {printf "%.0f", s / 1024}')
secs() { awk -v d="$1" 'BEGIN {printf "%.1f", d / 1000}'; }
echo "start.sh: ready: apiservers in $(secs $((t_api - t0))) s, clusters in $(secs $(($(ms) - t0))) s;" \
  "$(wc -l <"$state/pids") processes, ${rss} MiB RSS; KUBECONFIG=$state/kubeconfig"
