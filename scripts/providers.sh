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

# One line per provider: source version module rev sub_version sub_rev unavailable(0/1).
mapfile -t PROVIDERS < <(node -e '
  for (const x of require(process.argv[1]).providers) {
    const sub = x.substitute || {};
    console.log([x.source, x.version, x.module, x.rev, sub.version || "-", sub.rev || "-", x.unavailable ? 1 : 0].join(" "));
  }' "$here/providers.json")
tf_module_rev="$(node -e 'const t = require(process.argv[1]).terraform; console.log(t.module + "@" + t.rev)' "$here/providers.json")"

# Builds module@rev's main package from its own module root, so replace
# directives in the provider's go.mod are honoured (`go install m@v` refuses them).
build_module() {
  local module="$1" rev="$2" out="$3"
  local json dir
  json="$(GOFLAGS=-mod=mod go mod download -json "$module@$rev" 2>&1 || true)"
  dir="$(printf '%s' "$json" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  if [ -z "$dir" ]; then
    echo "providers: could not download $module@$rev from the Go module proxy:" >&2
    printf '%s\n' "$json" >&2
    return 1
  fi
  mkdir -p "$(dirname "$out")"
  (cd "$dir" && GOFLAGS=-buildvcs=false go build -trimpath -ldflags='-s -w' -o "$out.tmp" .)
  mv "$out.tmp" "$out"
}

mkdir -p "$OSCAR_TF_MIRROR" "$OSCAR_TF_BIN"
failed=()
mirror_bin() { echo "$OSCAR_TF_MIRROR/registry.terraform.io/$1/$2/$os_arch/terraform-provider-${1#*/}_v$2"; }
for entry in "${PROVIDERS[@]}"; do
  read -r source version module rev sub_version sub_rev unavailable <<<"$entry"
  bin="$(mirror_bin "$source" "$version")"
  if [ -x "$bin" ]; then
    echo "providers: $source $version cached"
    continue
  fi
  # Always try the exact target first: it costs a fraction of a second when the proxy
  # refuses it, and picks the target up as soon as the proxy serves it.
  echo "providers: building $source $version from $module@$rev"
  start=$(date +%s)
  if build_module "$module" "$rev" "$bin" 2>"$OSCAR_TF_CACHE/last-error.log"; then
    echo "providers: built $source $version in $(( $(date +%s) - start ))s"
    continue
  fi
  if [ "$sub_version" != "-" ]; then
    echo "providers: WARNING: $source $version cannot be built here ($(grep -m1 -o 'server response:.*\|403[^"]*' "$OSCAR_TF_CACHE/last-error.log" || echo 'see above'));" >&2
    echo "providers: WARNING: using the declared substitute $source $sub_version (scripts/providers.json says why)" >&2
    sub_bin="$(mirror_bin "$source" "$sub_version")"
    if [ -x "$sub_bin" ]; then
      echo "providers: $source $sub_version (substitute) cached"
    elif build_module "$module" "$sub_rev" "$sub_bin"; then
      echo "providers: built $source $sub_version (substitute) in $(( $(date +%s) - start ))s"
    else
      failed+=("$source $sub_version (substitute)")
    fi
  elif [ "$unavailable" = "1" ]; then
    echo "providers: WARNING: $source $version is unavailable here and declared so in scripts/providers.json; its stacks are reported as NOT validated" >&2
  else
    cat "$OSCAR_TF_CACHE/last-error.log" >&2
    failed+=("$source $version")
  fi
done

# Terraform CLI: use one already on PATH, else build 1.8.5 (the last that builds from the proxy).
if ! command -v "$OSCAR_TF_BINARY" >/dev/null 2>&1; then
  echo "providers: no terraform on PATH; building terraform v1.8.5 into $OSCAR_TF_BIN"
  start=$(date +%s)
  GOBIN="$OSCAR_TF_BIN" GOFLAGS=-buildvcs=false go install -trimpath -ldflags='-s -w' "$tf_module_rev"
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
if [ "${#failed[@]}" -gt 0 ]; then
  printf 'providers: FAILED to build: %s\n' "${failed[@]}" >&2
  exit 1
fi
