#!/usr/bin/env bash
# Builds flowthrough and serves it at http://127.0.0.1:8080 (rebuilding on change).
# Set PORT to use another port.
#   scripts/run.sh --shared   also starts a NATS server for shared workspaces
#                             (scripts/share.sh: ws://127.0.0.1:9222, an administrator and a
#                             trainee with passwords it prints; stopped with the site)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--shared" ]; then
  scripts/setup.sh --shared
  scripts/share.sh &
  share_pid=$!
  trap 'kill $share_pid 2>/dev/null' EXIT INT TERM
else
  scripts/setup.sh
fi
export PATH="$PWD/node_modules/.bin:$PATH"   # binaryen's wasm-opt, version-pinned in Trunk.toml
echo "flowthrough: serving at http://127.0.0.1:${PORT:-8080}/"
trunk serve --release --port "${PORT:-8080}"
