#!/usr/bin/env bash
# Installs the tools the review-kit tests drive, from the project's own files (CI runs on a
# fresh machine): Debian's chromium (browser test of the HTML review page) and actionlint
# (lints examples/ci/github-actions.yml), built with `go install` into a cache outside the clone.
#
#   bash scripts/review-tools.sh            # both
#   bash scripts/review-tools.sh chromium   # or: actionlint
#
# Prints the path of each tool. Idempotent: a rerun takes a second when both are present.
# Exit status 1 when an install fails (the tests then fail too: they never skip).
set -euo pipefail
ACTIONLINT_VERSION=v1.7.12
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/oscar-blueprints
want=("$@"); [ ${#want[@]} -gt 0 ] || want=(chromium actionlint)

for tool in "${want[@]}"; do
  case "$tool" in
    chromium)
      if ! [ -x /usr/bin/chromium ]; then
        echo "review-tools: installing chromium (Debian package)" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >&2
        apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >&2
      fi
      /usr/bin/chromium --version >&2
      echo /usr/bin/chromium ;;
    actionlint)
      bin=$CACHE/go-tools/actionlint-$ACTIONLINT_VERSION/actionlint
      if ! [ -x "$bin" ]; then
        echo "review-tools: building actionlint $ACTIONLINT_VERSION (go install)" >&2
        GOBIN=$(dirname "$bin") go install "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION" >&2
      fi
      echo "$bin" ;;
    *) echo "review-tools: unknown tool '$tool' (chromium or actionlint)" >&2; exit 2 ;;
  esac
done
