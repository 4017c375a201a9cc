#!/usr/bin/env bash
# Builds everything the Kubernetes e2e target needs, from the Go module proxy only:
# etcd, kube-apiserver/controller-manager/scheduler, kubectl, kwok (+ its stage
# configs) and the Gateway API standard CRDs. Each piece is cached under
# $OSCAR_E2E_CACHE/kubernetes/<piece>-<version>-<hash of its go.mod/go.sum>/ and
# rebuilt only when that key changes: a cold run takes ~15 min on 2 cores, a warm one
# seconds. Prints the cache directory (the last line) for start.sh.
set -euo pipefail

K8S_VERSION=v1.34.4
ETCD_VERSION=v3.6.4
KWOK_VERSION=v0.8.0
GATEWAY_API_VERSION=v1.5.1

here=$(cd "$(dirname "$0")" && pwd)
root=${OSCAR_E2E_CACHE:-$HOME/.cache/oscar-blueprints/e2e}/kubernetes
t0=$SECONDS

die() { echo "kubernetes/setup.sh: $*" >&2; exit 1; }
log() { echo "kubernetes/setup.sh: $*" >&2; }

command -v go >/dev/null || die "go is not on PATH (need Go >= 1.26 for kwok $KWOK_VERSION)"
for tool in openssl curl node; do
  command -v $tool >/dev/null || die "$tool is not on PATH (start.sh needs it)"
done
gover=$(go env GOVERSION | sed 's/^go//')
[[ $(printf '%s\n' 1.26 "$gover" | sort -V | head -1) == 1.26 ]] || die "Go $gover is too old: kwok $KWOK_VERSION needs Go >= 1.26"

# Cache key of a build: its go.mod, go.sum and ldflags (a pin or flag change rebuilds).
key() { { cat "$here/build/$1/go.mod" "$here/build/$1/go.sum"; echo "$2"; } | sha256sum | cut -c1-12; }

# build NAME VERSION LDFLAGS OUTPUT=PACKAGE...: go build into a temp dir, then rename
# it into place, so an interrupted build never leaves a half-filled cache dir.
build() {
  local name=$1 version=$2 ldflags=$3; shift 3
  local dir="$root/$name-$version-$(key "$name" "$ldflags")"
  if [[ -f $dir/.complete ]]; then log "$name $version: cached in $dir"; echo "$dir"; return; fi
  log "$name $version: building (the Kubernetes binaries take ~14 min cold on 2 cores)"
  local s=$SECONDS tmp="$dir.tmp.$$"
  rm -rf "$tmp" && mkdir -p "$tmp/bin"
  local spec
  for spec in "$@"; do
    (cd "$here/build/$name" && go build -mod=readonly -trimpath -ldflags="-s -w $ldflags" -o "$tmp/bin/${spec%%=*}" "${spec#*=}") \
      || die "building ${spec#*=} failed (see above)"
  done
  touch "$tmp/.complete" && rm -rf "$dir" && mv "$tmp" "$dir"
  log "$name $version: built in $((SECONDS - s)) s"
  echo "$dir"
}

# The version the binaries report (kubectl version, /version): without these they say
# v0.0.0-master, which clients that parse the server version refuse.
kv=k8s.io/component-base/version cv=k8s.io/client-go/pkg/version
minor=$(echo "$K8S_VERSION" | cut -d. -f2)
k8s_ldflags=""
for p in $kv $cv; do
  k8s_ldflags+=" -X $p.gitVersion=$K8S_VERSION -X $p.gitMajor=1 -X $p.gitMinor=$minor -X $p.gitTreeState=clean"
done

etcd_dir=$(build etcd "$ETCD_VERSION" "" etcd=go.etcd.io/etcd/server/v3)
kwok_dir=$(build kwok "$KWOK_VERSION" "" kwok=sigs.k8s.io/kwok/cmd/kwok)
k8s_dir=$(build k8s "$K8S_VERSION" "$k8s_ldflags" \
  kube-apiserver=k8s.io/kubernetes/cmd/kube-apiserver \
  kube-controller-manager=k8s.io/kubernetes/cmd/kube-controller-manager \
  kube-scheduler=k8s.io/kubernetes/cmd/kube-scheduler \
  kubectl=k8s.io/kubernetes/cmd/kubectl)

# Manifests from module zips (checksummed by the Go toolchain): kwok's stage configs
# (without them kwok exits "no stages found") and the Gateway API standard channel CRDs
# (v1.5+: Gateway.spec.tls, which finance-cicd-k8s uses). The pod stages' random
# delays (1 s + up to 5 s jitter per step, four steps) are cut to 0.2 s + 0.3 s so a
# rollout takes seconds, not half a minute.
manifests="$root/manifests-kwok$KWOK_VERSION-gatewayapi$GATEWAY_API_VERSION-2"
if [[ ! -f $manifests/.complete ]]; then
  kwok_src=$(cd "$here/build/kwok" && go list -m -f '{{.Dir}}' sigs.k8s.io/kwok)
  gw_src=$(cd "$here/build/kwok" && GOFLAGS=-mod=mod go mod download -json "sigs.k8s.io/gateway-api@$GATEWAY_API_VERSION" \
    | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')
  [[ -d $gw_src/config/crd/standard ]] || die "no config/crd/standard in sigs.k8s.io/gateway-api@$GATEWAY_API_VERSION"
  rm -rf "$manifests.tmp" && mkdir -p "$manifests.tmp/stages" "$manifests.tmp/gateway-api"
  for s in node/fast/node-initialize node/heartbeat-with-lease/node-heartbeat-with-lease pod/general/pod-create \
           pod/general/pod-init-container-running pod/general/pod-init-container-completed \
           pod/general/pod-ready pod/general/pod-complete pod/general/pod-delete; do
    [[ -f $kwok_src/kustomize/stage/$s.yaml ]] || die "kwok stage $s.yaml missing from sigs.k8s.io/kwok@$KWOK_VERSION"
    sed -e 's/durationMilliseconds: 1000$/durationMilliseconds: 200/' -e 's/jitterDurationMilliseconds: 5000$/jitterDurationMilliseconds: 300/' \
      "$kwok_src/kustomize/stage/$s.yaml" >"$manifests.tmp/stages/${s##*/}.yaml"
  done
  cp "$gw_src"/config/crd/standard/*.yaml "$manifests.tmp/gateway-api/"
  chmod -R u+w "$manifests.tmp" && touch "$manifests.tmp/.complete"
  rm -rf "$manifests" && mv "$manifests.tmp" "$manifests"
  log "manifests: copied into $manifests"
else
  log "manifests: cached in $manifests"
fi

# One stable entry point for start.sh: bin/ links into the keyed dirs.
mkdir -p "$root/current/bin"
for b in "$etcd_dir"/bin/* "$kwok_dir"/bin/* "$k8s_dir"/bin/*; do ln -sfn "$b" "$root/current/bin/"; done
ln -sfn "$manifests" "$root/current/manifests"
for b in etcd kwok kube-apiserver kube-controller-manager kube-scheduler kubectl; do
  [[ -x $root/current/bin/$b ]] || die "$b missing from $root/current/bin"
done
log "ready in $((SECONDS - t0)) s"
echo "$root/current"
