#!/usr/bin/env bash
# Builds or installs every end-to-end environment (test/e2e/<target>/setup.sh), each cached
# outside the clone: the first run on a machine takes a while (the Kubernetes control plane
# is built from source), later runs take seconds. Usage: e2e-setup.sh [TARGET ...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(kubernetes vsphere openstack)
for t in "${targets[@]}"; do
  [ -f "test/e2e/$t/setup.sh" ] || { echo "e2e-setup: no test/e2e/$t/setup.sh" >&2; exit 2; }
  start=$SECONDS
  bash "test/e2e/$t/setup.sh"
  echo "e2e-setup: $t ready in $((SECONDS - start))s"
done
