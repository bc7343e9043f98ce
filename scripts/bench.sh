#!/usr/bin/env bash
# Benchmarks: the stored size part by part (and the largest workspace localStorage holds), the
# codecs compared, criterion for the core, then the in-browser harness (flowthrough's User Status
# view against a plain JavaScript table, cold load, persisting an action) on the release build,
# Lighthouse, and shared workspaces under load (bench/share.mjs).
# Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$PWD/node_modules/.bin:$PATH"
cargo run --release -p flowthrough-bench --example sizes -- 100000
cargo run --release -p flowthrough-bench --example codecs -- 1000 10000 100000
cargo bench -p flowthrough-bench
# The benchmark page and its hooks exist only in this build (the `bench` feature), in its own
# folder: the release in dist/ has none of them.
trunk build --release --features bench --dist dist-bench
node bench/harness.mjs
# Where one interaction's time goes (script, style, layout, paint), from a Chromium trace.
node bench/trace.mjs 100000
TRACE_LIST=ch node bench/trace.mjs 100000
node bench/cold.mjs 100000
# The wasm's decode alone: the first call and the next ones in one page, then in cold loads.
node bench/decode.mjs 100000
node bench/decode.mjs 100000 cold
# Lighthouse on the release the README serves (its own npm folder: the test command never
# installs it).
trunk build --release
node bench/sizes.mjs dist
node bench/navigation.mjs dist
(cd bench/lighthouse && { [ -f node_modules/.package-lock.json ] || npm ci --no-audit --no-fund --loglevel=error; })
node bench/lighthouse/run.mjs dist
# Shared workspaces: the load tool (its own cargo workspace: tokio and the NATS Rust client are
# compiled only here) on one server and a 3-node cluster, then sharing and joining 100,000
# subscribers in the browser.
cargo build --release --manifest-path tools/load/Cargo.toml
node bench/share.mjs dist
