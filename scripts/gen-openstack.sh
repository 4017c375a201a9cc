#!/usr/bin/env bash
# Regenerates lib/providers/openstack with cdktf's own generator (`cdktf get`), from
# the schema reported by the real terraform-provider-openstack 3.4.0 binary in the
# offline mirror (built by scripts/providers.sh). Every resource and data source is
# generated. With --check, regenerates into a temporary folder and fails if any
# committed file differs (CI uses this to prove the bindings are reproducible).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=tf-env.sh
source "$root/scripts/tf-env.sh"
target="$root/lib/providers/openstack"
provider="terraform-provider-openstack/openstack@=3.4.0"

check=false
[ "${1:-}" = "--check" ] && check=true

if [ ! -f "$TF_CLI_CONFIG_FILE" ]; then
  echo "gen-openstack: no Terraform CLI config at $TF_CLI_CONFIG_FILE; run 'npm run providers' first" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat >"$work/cdktf.json" <<JSON
{
  "language": "typescript",
  "app": "true",
  "projectId": "oscar-blueprints-bindings",
  "sendCrashReports": "false",
  "terraformProviders": ["$provider"],
  "codeMakerOutput": "gen"
}
JSON

start=$(date +%s)
(cd "$work" && CHECKPOINT_DISABLE=1 CDKTF_DISABLE_PLUGIN_CACHE_ENV=1 "$root/node_modules/.bin/cdktf" get --force >"$work/get.log" 2>&1) || {
  cat "$work/get.log" >&2
  echo "gen-openstack: cdktf get failed" >&2
  exit 1
}
generated="$work/gen/providers/openstack"
[ -f "$generated/provider/index.ts" ] || { cat "$work/get.log" >&2; echo "gen-openstack: no bindings generated" >&2; exit 1; }

if $check; then
  if diff -r -q "$generated" "$target"; then
    echo "gen-openstack: committed bindings match a fresh generation ($(( $(date +%s) - start ))s)"
  else
    echo "gen-openstack: lib/providers/openstack differs from a fresh generation; run 'npm run gen:openstack' and commit" >&2
    exit 1
  fi
else
  rm -rf "$target"
  mkdir -p "$(dirname "$target")"
  cp -R "$generated" "$target"
  echo "gen-openstack: wrote $(find "$target" -name '*.ts' | wc -l) files to lib/providers/openstack in $(( $(date +%s) - start ))s"
fi
