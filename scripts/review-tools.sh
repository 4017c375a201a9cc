#!/usr/bin/env bash
# Installs the tools the review-kit tests drive, from the project's own files (CI runs on a
# fresh machine): Debian's chromium (browser test of the HTML review page) and actionlint
# (lints examples/ci/github-actions.yml), built with `go install` into a cache outside the clone,
# and check-jsonschema (PyPI; it ships GitLab's published CI JSON schema as vendor.gitlab-ci)
# in a virtualenv outside the clone, to validate examples/ci/gitlab-ci.yml.
#
#   bash scripts/review-tools.sh            # all three
#   bash scripts/review-tools.sh chromium   # or: actionlint, check-jsonschema
#
# Prints the path of each tool. Idempotent: a rerun takes a second when both are present.
# Exit status 1 when an install fails (the tests then fail too: they never skip).
set -euo pipefail
ACTIONLINT_VERSION=v1.7.12
CHECK_JSONSCHEMA_VERSION=0.39.0
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/oscar-blueprints
want=("$@"); [ ${#want[@]} -gt 0 ] || want=(chromium actionlint check-jsonschema)

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
    check-jsonschema)
      venv=$CACHE/check-jsonschema-$CHECK_JSONSCHEMA_VERSION
      if ! [ -x "$venv/bin/check-jsonschema" ]; then
        echo "review-tools: installing check-jsonschema $CHECK_JSONSCHEMA_VERSION (PyPI)" >&2
        rm -rf "$venv"
        python3 -m venv "$venv" >&2
        "$venv/bin/pip" install --quiet --disable-pip-version-check "check-jsonschema==$CHECK_JSONSCHEMA_VERSION" >&2 || { rm -rf "$venv"; exit 1; }
      fi
      echo "$venv/bin/check-jsonschema" ;;
    *) echo "review-tools: unknown tool '$tool' (chromium, actionlint or check-jsonschema)" >&2; exit 2 ;;
  esac
done
