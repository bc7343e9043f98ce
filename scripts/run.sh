#!/usr/bin/env bash
# Builds flowthrough and serves it at http://127.0.0.1:8080 (rebuilding on change).
# Set PORT to use another port.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"   # binaryen's wasm-opt, version-pinned in Trunk.toml
echo "flowthrough: serving at http://127.0.0.1:${PORT:-8080}/"
exec trunk serve --release --port "${PORT:-8080}"
