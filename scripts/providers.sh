#!/usr/bin/env bash
# Builds the exact Terraform providers of scripts/providers.json (and a Terraform CLI when
# none is on PATH) into a filesystem mirror outside the clone, then writes a Terraform CLI
# config that installs providers only from that mirror: an offline, reproducible toolchain.
#
# Each provider comes from the Go module proxy (module@rev) when the proxy serves that
# exact release, else from its pinned release-source archive (OSCAR_PROVIDERS_SRC, default
# ../shared/providers-src beside the clone), whose sha256 is checked before extraction.
# No other version is ever built.
#
# Usage: providers.sh [SOURCE ...]   (default: every provider; e.g. `providers.sh hashicorp/random`)
# OSCAR_PROVIDERS_FROM=archive skips the proxy for providers that pin an archive (a site
# whose Go proxy is an internal mirror that lacks them); the default, auto, tries the proxy first.
# Idempotent: binaries already in the mirror are kept; a rerun takes seconds.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=tf-env.sh
source "$here/tf-env.sh"
OSCAR_PROVIDERS_SRC="${OSCAR_PROVIDERS_SRC:-$(cd "$here/../.." && pwd)/shared/providers-src}"
OSCAR_PROVIDERS_FROM="${OSCAR_PROVIDERS_FROM:-auto}"
case "$OSCAR_PROVIDERS_FROM" in auto|archive) ;; *) echo "providers: OSCAR_PROVIDERS_FROM must be auto or archive, not '$OSCAR_PROVIDERS_FROM'" >&2; exit 2 ;; esac

os_arch="$(go env GOOS)_$(go env GOARCH)"

# One line per provider: source version module rev archive-file archive-sha256 ('-' when none).
list="$(node -e '
  const only = process.argv.slice(2);
  const all = require(process.argv[1]).providers;
  for (const s of only) if (!all.some((x) => x.source === s)) { console.error(`providers: unknown provider ${s}; scripts/providers.json lists ${all.map((x) => x.source).join(", ")}`); process.exit(2); }
  for (const x of all) {
    if (only.length && !only.includes(x.source)) continue;
    const a = x.archive || {};
    console.log([x.source, x.version, x.module, x.rev, a.file || "-", a.sha256 || "-"].join(" "));
  }' "$here/providers.json" "$@")"
mapfile -t PROVIDERS <<<"$list"
tf_module_rev="$(node -e 'const t = require(process.argv[1]).terraform; console.log(t.module + "@" + t.rev)' "$here/providers.json")"

# Builds module@rev's main package from its own module root, so replace
# directives in the provider's go.mod are honoured (`go install m@v` refuses them).
build_from_proxy() {
  local module="$1" rev="$2" out="$3"
  local json dir
  json="$(GOFLAGS=-mod=mod go mod download -json "$module@$rev" 2>&1 || true)"
  dir="$(printf '%s' "$json" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  if [ -z "$dir" ]; then
    printf '%s\n' "$json" | grep -m1 -o '"Error": *"[^"]*"' | sed 's/"Error": *//' >&2 || true
    return 1
  fi
  (cd "$dir" && GOFLAGS=-buildvcs=false go build -trimpath -ldflags='-s -w' -o "$out.tmp" .)
  mv "$out.tmp" "$out"
}

# Verifies the archive's sha256, extracts it into a temporary folder and builds it there.
build_from_archive() {
  local file="$1" sha="$2" out="$3"
  local archive="$OSCAR_PROVIDERS_SRC/$file"
  if [ ! -f "$archive" ]; then
    echo "providers: missing release-source archive $archive (expected sha256 $sha)." >&2
    echo "providers: put the pinned archive there, or point OSCAR_PROVIDERS_SRC at the folder that holds it." >&2
    return 1
  fi
  local actual
  actual="$(sha256sum "$archive" | cut -d' ' -f1)"
  if [ "$actual" != "$sha" ]; then
    echo "providers: checksum mismatch for $archive: expected sha256 $sha, got $actual." >&2
    echo "providers: the archive is corrupt or not the pinned release; replace it with the one scripts/providers.json pins." >&2
    return 1
  fi
  local tmp
  tmp="$(mktemp -d)"
  # shellcheck disable=SC2064
  trap "rm -rf '$tmp'" RETURN
  tar -xzf "$archive" -C "$tmp"
  local top
  top="$(find "$tmp" -mindepth 1 -maxdepth 1 -type d | head -1)"
  (cd "$top" && GOFLAGS=-buildvcs=false go build -trimpath -ldflags='-s -w' -o "$out.tmp" .)
  mv "$out.tmp" "$out"
}

mkdir -p "$OSCAR_TF_MIRROR" "$OSCAR_TF_BIN"
failed=()
for entry in "${PROVIDERS[@]}"; do
  read -r source version module rev archive sha <<<"$entry"
  bin="$OSCAR_TF_MIRROR/registry.terraform.io/$source/$version/$os_arch/terraform-provider-${source#*/}_v$version"
  if [ -x "$bin" ]; then
    echo "providers: $source $version cached"
    continue
  fi
  mkdir -p "$(dirname "$bin")"
  start=$SECONDS
  # The proxy first: a refusal costs a fraction of a second.
  if [ "$OSCAR_PROVIDERS_FROM" = archive ] && [ "$archive" != "-" ]; then
    echo "module proxy skipped (OSCAR_PROVIDERS_FROM=archive)" >"$OSCAR_TF_CACHE/last-error.log"
  elif build_from_proxy "$module" "$rev" "$bin" 2>"$OSCAR_TF_CACHE/last-error.log"; then
    echo "providers: built $source $version from the module proxy in $((SECONDS - start))s"
    continue
  fi
  if [ "$archive" = "-" ]; then
    cat "$OSCAR_TF_CACHE/last-error.log" >&2
    echo "providers: $source $version: the module proxy refused $module@$rev and scripts/providers.json pins no archive for it" >&2
    failed+=("$source $version")
    continue
  fi
  echo "providers: $source $version: building from $archive ($(head -c 160 "$OSCAR_TF_CACHE/last-error.log" | tr '\n' ' '))"
  if build_from_archive "$archive" "$sha" "$bin"; then
    echo "providers: built $source $version from $archive in $((SECONDS - start))s"
  else
    failed+=("$source $version")
  fi
done

# Terraform CLI: use one already on PATH, else build 1.8.5 (the last that builds from the proxy).
if ! command -v "$OSCAR_TF_BINARY" >/dev/null 2>&1; then
  echo "providers: no terraform on PATH; building terraform v1.8.5 into $OSCAR_TF_BIN"
  start=$SECONDS
  GOBIN="$OSCAR_TF_BIN" GOFLAGS=-buildvcs=false go install -trimpath -ldflags='-s -w' "$tf_module_rev"
  echo "providers: built terraform in $((SECONDS - start))s"
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
