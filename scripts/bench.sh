#!/usr/bin/env bash
# npm run bench [-- --sizes ... --repeat N --national]: the benchmark on a pinned Node line
# (OSCAR_BENCH_NODE, default 24). A script, because projen's task runner passes
# "${OSCAR_BENCH_NODE:-24}" to the command unexpanded.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# As the package ships it (post-compile): the OpenStack bindings' index loads each module on
# first use. A bare `compile` leaves jsii's eager index, which loads all of them up front.
cp lib/providers/openstack/lazy-index.ts dist/providers/openstack/index.js
exec bash scripts/with-node.sh "${OSCAR_BENCH_NODE:-24}" tsx --tsconfig test/tsconfig.json bench/bench.ts "$@"
