#!/usr/bin/env bash
# Builds the vCenter simulator and govc from govmomi v0.56.0 (Go module proxy)
# into the e2e cache. vcsim lacks a few things terraform-provider-vsphere 2.15.0
# needs, and some cannot be added from outside the simulator package, so the
# module source is copied, extended (vcsim/govmomi-ext/ files plus the small
# vcsim/govmomi-v0.56.0.patch) and built through a `replace`. The extensions'
# Go tests run as part of the build. Idempotent: a second run checks the cache.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
start=$(date +%s)

if [[ -f "$VCSIM_DONE" && -x "$VCSIM_BIN" && -x "$GOVC_BIN" ]]; then
  echo "vsphere e2e: vcsim and govc cached in $VCSIM_HOME ($(( $(date +%s) - start ))s)"
  exit 0
fi
command -v go >/dev/null || fail "go is not on PATH; Go 1.25+ is needed to build govmomi $GOVMOMI_VERSION"
command -v git >/dev/null || fail "git is not on PATH (used to apply the simulator patch)"
# govmomi v0.56.0 needs Go 1.25; never let the go command fetch a toolchain.
export GOTOOLCHAIN=local GOFLAGS="-mod=readonly -buildvcs=false"
go_minor=$(go env GOVERSION | sed -E 's/^go1\.([0-9]+).*/\1/')
(( go_minor >= 25 )) || fail "$(go env GOVERSION) is too old; govmomi $GOVMOMI_VERSION needs Go 1.25+"

echo "vsphere e2e: building vcsim and govc (govmomi $GOVMOMI_VERSION + extensions) into $VCSIM_HOME"
rm -rf "$VCSIM_HOME"
mkdir -p "$VCSIM_HOME/bin"
src=$(go mod download -json "github.com/vmware/govmomi@$GOVMOMI_VERSION" | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')
[[ -d "$src" ]] || fail "go mod download github.com/vmware/govmomi@$GOVMOMI_VERSION gave no source directory"
cp -r "$src" "$VCSIM_HOME/govmomi"
chmod -R u+w "$VCSIM_HOME/govmomi"
cp "$E2E_VSPHERE_DIR"/vcsim/govmomi-ext/simulator/*.go "$VCSIM_HOME/govmomi/simulator/"
# The ceiling keeps git from treating an enclosing repository as the patch root.
(cd "$VCSIM_HOME/govmomi" && GIT_CEILING_DIRECTORIES="$VCSIM_HOME" git apply -p1 "$E2E_VSPHERE_DIR/vcsim/govmomi-v0.56.0.patch") \
  || fail "applying vcsim/govmomi-v0.56.0.patch failed"

# A go.mod of our module that points govmomi at the extended copy.
cp "$E2E_VSPHERE_DIR/vcsim/go.mod" "$VCSIM_HOME/go.mod"
cp "$E2E_VSPHERE_DIR/vcsim/go.sum" "$VCSIM_HOME/go.sum"
echo "replace github.com/vmware/govmomi => $VCSIM_HOME/govmomi" >>"$VCSIM_HOME/go.mod"
cd "$E2E_VSPHERE_DIR/vcsim"
mf=(-modfile "$VCSIM_HOME/go.mod")
go build "${mf[@]}" -trimpath -o "$VCSIM_BIN" . || fail "building vcsim failed"
go build "${mf[@]}" -trimpath -o "$GOVC_BIN" ./govc || fail "building govc failed"
go test "${mf[@]}" -trimpath -count=1 ./simext/ || fail "the simulator extensions' tests failed"
"$GOVC_BIN" version >/dev/null || fail "the built govc does not run"
touch "$VCSIM_DONE"
echo "vsphere e2e: built in $(( $(date +%s) - start ))s"
