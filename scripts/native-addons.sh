#!/usr/bin/env bash
# Builds the one native addon the cdktf CLI loads (@cdktf/node-pty-prebuilt-multiarch) for
# the running Node when the package ships no prebuild for its ABI (it has none for Node 24).
# npm 11 blocks dependency install scripts by default, so nothing else would build it.
# Headers come from the running Node's include/ (scripts/node.sh keeps them), so no download.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
pkg=node_modules/@cdktf/node-pty-prebuilt-multiarch
[ -d "$pkg" ] || exit 0 # not installed (e.g. a production install)
abi="$(node -p process.versions.modules)"
if [ -f "$pkg/prebuilds/linux-$(node -p process.arch)/node.abi$abi.node" ] || (cd "$pkg" && node -e "require('./build/Release/pty.node')" 2>/dev/null); then
  exit 0
fi
gyp="$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js"
nodedir="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
args=(rebuild)
# A distribution's npm may set nodedir to its own Node's headers (Debian: /usr); those are
# the wrong ABI for another Node, so point node-gyp at the running Node's own headers.
if [ -d "$nodedir/include/node" ]; then export npm_config_nodedir="$nodedir"; else unset npm_config_nodedir; fi
echo "native-addons: building $pkg for Node $(node --version) (ABI $abi)"
log="$(mktemp)"
(cd "$pkg" && node "$gyp" "${args[@]}" >"$log" 2>&1) || { cat "$log" >&2; echo "native-addons: node-gyp failed (needs python3, make and a C++ compiler)" >&2; exit 1; }
rm -f "$log"
(cd "$pkg" && node -e "require('./build/Release/pty.node')")
