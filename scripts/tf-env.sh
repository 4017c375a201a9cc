# Sourced by scripts: where the offline Terraform toolchain lives. Outside the clone
# so fresh clones and CI reruns reuse the (slow to build) provider binaries.
OSCAR_TF_CACHE="${OSCAR_TF_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/oscar-blueprints/terraform}"
OSCAR_TF_MIRROR="$OSCAR_TF_CACHE/mirror"
OSCAR_TF_BIN="$OSCAR_TF_CACHE/bin"
OSCAR_TF_BINARY="${TERRAFORM_BINARY_NAME:-terraform}"
TF_CLI_CONFIG_FILE="$OSCAR_TF_CACHE/terraformrc"
PATH="$PATH:$OSCAR_TF_BIN"
export OSCAR_TF_CACHE OSCAR_TF_MIRROR OSCAR_TF_BIN OSCAR_TF_BINARY TF_CLI_CONFIG_FILE PATH
