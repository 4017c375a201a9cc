# Shared by setup.sh and start.sh: where the vcsim/govc build for this source lives.
# The key covers the govmomi version and our own sources (Go files, the patch),
# so editing an extension rebuilds and an unchanged tree reuses the cache.
GOVMOMI_VERSION=v0.56.0
E2E_VSPHERE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
E2E_CACHE=${OSCAR_E2E_CACHE:-$HOME/.cache/oscar-blueprints/e2e}
src_key() {
  (cd "$E2E_VSPHERE_DIR/vcsim" && find . -type f \( -name '*.go' -o -name '*.patch' -o -name go.mod -o -name go.sum \) | LC_ALL=C sort | xargs sha256sum) | sha256sum | cut -c1-12
}
VCSIM_HOME="$E2E_CACHE/vcsim-govmomi-$GOVMOMI_VERSION-$(src_key)"
VCSIM_BIN="$VCSIM_HOME/bin/vcsim"
GOVC_BIN="$VCSIM_HOME/bin/govc"
VCSIM_DONE="$VCSIM_HOME/.complete"
fail() { echo "vsphere e2e: $*" >&2; exit 1; }
