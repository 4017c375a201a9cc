#!/usr/bin/env bash
# Builds or installs every end-to-end environment (test/e2e/<target>/setup.sh), each cached
# outside the clone: the first run on a machine takes a while (the Kubernetes control plane
# is built from source), later runs take seconds. Usage: e2e-setup.sh [TARGET ...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  # Targets with a suite; an environment still being built (no suite yet) is not set up.
  for d in test/e2e/*.e2e.test.ts; do targets+=("$(basename "$d" .e2e.test.ts)"); done
fi
for t in "${targets[@]}"; do
  [ -f "test/e2e/$t/setup.sh" ] || { echo "e2e-setup: no test/e2e/$t/setup.sh" >&2; exit 2; }
  start=$SECONDS
  bash "test/e2e/$t/setup.sh"
  echo "e2e-setup: $t ready in $((SECONDS - start))s"
done
