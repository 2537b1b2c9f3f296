#!/usr/bin/env bash
# Checks docker/ without a Docker engine: runs the Dockerfile's build stage for real, starts the published
# server as the image and compose.yaml would (loopback only), and checks compose.yaml and the Caddyfile.
# Ends with "N passed, N failed". See tests/docker/README.md.
#
# Environment: MUTUALAID_DOCKER_CHECK_WAIT (seconds the server may take to come up, default 60),
# MUTUALAID_DOCKER_CHECK_LOGS (where logs go; default a temp dir, kept only on failure).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Tools from Debian packages, installed when missing and running as root (as tests/e2e does).
missing() { echo "FAIL: $1 is required (install the '$2' package)"; echo "0 passed, 1 failed"; exit 1; }
install() {
  [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1 || return 1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$1" >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$1" >/dev/null; }
}
# The first python3 on PATH may be a pyenv one that cannot see Debian's python3-yaml: fall back to /usr/bin/python3.
python=""
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import yaml' 2>/dev/null; then python=$candidate; break; fi
done
if [ -z "$python" ]; then
  install python3-yaml && /usr/bin/python3 -c 'import yaml' 2>/dev/null && python=/usr/bin/python3 || missing "python3 with PyYAML" python3-yaml
fi
command -v caddy >/dev/null 2>&1 || install caddy || missing caddy caddy
command -v dotnet >/dev/null 2>&1 || missing dotnet "the .NET SDK pinned in global.json"

exec "$python" "$here/check_docker_files.py"
