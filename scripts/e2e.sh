#!/usr/bin/env bash
# npm run e2e [-- STACK ...]: apply, re-plan, live-check and destroy example stacks against
# real API servers started on 127.0.0.1 (test/e2e/<target>/). With stack ids, only those.
# Every passing stack runs here, including those too long for `npm test` (fullRunOnly).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/providers.sh >/dev/null
bash scripts/e2e-setup.sh
OSCAR_E2E_ALL=1 OSCAR_E2E_STACKS="$*" exec npx jest --ci --passWithNoTests=false test/e2e
