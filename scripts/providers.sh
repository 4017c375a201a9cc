#!/usr/bin/env bash
# Builds the real Terraform providers (and a Terraform CLI when none is on PATH)
# from the Go module proxy into a filesystem mirror outside the clone, then writes
# a Terraform CLI config that installs providers only from that mirror.
# The registry is unreachable here, so this is the only way to get real binaries.
#
# Idempotent: binaries already in the mirror are kept; a rerun takes seconds.
# Prints the CLI config path last; `scripts/tf-env.sh` exports it for other tools.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=tf-env.sh
source "$here/tf-env.sh"

os_arch="$(go env GOOS)_$(go env GOARCH)"

# namespace type version go-module version-or-commit
PROVIDERS=(
  "terraform-provider-openstack openstack 3.4.0 github.com/terraform-provider-openstack/terraform-provider-openstack/v3 v3.4.0"
  "vmware vsphere 2.15.0 github.com/hashicorp/terraform-provider-vsphere 0aab07b95f220f447e994d028a52ed50d4264166"
  "hashicorp kubernetes 2.38.0 github.com/hashicorp/terraform-provider-kubernetes be88f44271050f69d52f410bca388834afedfe71"
  "hashicorp random 3.7.2 github.com/terraform-providers/terraform-provider-random bc2ddb552b4676d16997987a9bf2875c7b98d342"
)

# Builds module@rev's main package from its own module root, so replace
# directives in the provider's go.mod are honoured (`go install m@v` refuses them).
build_module() {
  local module="$1" rev="$2" out="$3"
  local dir
  dir="$(GOFLAGS=-mod=mod go mod download -json "$module@$rev" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  if [ -z "$dir" ]; then
    echo "providers: could not download $module@$rev from the Go module proxy" >&2
    return 1
  fi
  mkdir -p "$(dirname "$out")"
  (cd "$dir" && GOFLAGS=-buildvcs=false go build -trimpath -ldflags='-s -w' -o "$out.tmp" .)
  mv "$out.tmp" "$out"
}

mkdir -p "$OSCAR_TF_MIRROR" "$OSCAR_TF_BIN"
for entry in "${PROVIDERS[@]}"; do
  read -r ns type version module rev <<<"$entry"
  bin="$OSCAR_TF_MIRROR/registry.terraform.io/$ns/$type/$version/$os_arch/terraform-provider-${type}_v$version"
  if [ -x "$bin" ]; then
    echo "providers: $ns/$type $version cached"
    continue
  fi
  echo "providers: building $ns/$type $version from $module@$rev (first run only)"
  start=$(date +%s)
  build_module "$module" "$rev" "$bin"
  echo "providers: built $ns/$type $version in $(( $(date +%s) - start ))s"
done

# Terraform CLI: use one already on PATH, else build 1.8.5 (the last that builds from the proxy).
if ! command -v "$OSCAR_TF_BINARY" >/dev/null 2>&1; then
  echo "providers: no terraform on PATH; building terraform v1.8.5 into $OSCAR_TF_BIN"
  start=$(date +%s)
  GOBIN="$OSCAR_TF_BIN" GOFLAGS=-buildvcs=false go install -trimpath -ldflags='-s -w' github.com/hashicorp/terraform@v1.8.5
  echo "providers: built terraform in $(( $(date +%s) - start ))s"
fi

cat >"$TF_CLI_CONFIG_FILE.tmp" <<CFG
# Written by scripts/providers.sh. Providers install only from the local mirror.
provider_installation {
  filesystem_mirror {
    path    = "$OSCAR_TF_MIRROR"
    include = ["registry.terraform.io/*/*"]
  }
}
CFG
mv "$TF_CLI_CONFIG_FILE.tmp" "$TF_CLI_CONFIG_FILE"
echo "providers: terraform $("$OSCAR_TF_BINARY" version -json 2>/dev/null | sed -n 's/.*"terraform_version": *"\([^"]*\)".*/\1/p') at $(command -v "$OSCAR_TF_BINARY")"
echo "providers: CLI config $TF_CLI_CONFIG_FILE"
