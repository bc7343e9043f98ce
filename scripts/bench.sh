#!/usr/bin/env bash
# Benchmarks: criterion for the core, then the in-browser harness (flowthrough's User Status
# view against a plain JavaScript table) on the release build. Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$PWD/node_modules/.bin:$PATH"
cargo bench -p flowthrough-core
trunk build --release
node bench/harness.mjs
