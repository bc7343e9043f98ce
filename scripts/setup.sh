#!/usr/bin/env bash
# Installs what flowthrough needs to build (and, with --browser, to test), and only what is
# missing, so a second run takes seconds. Works on a fresh Debian machine with rustup.
#   scripts/setup.sh            Rust wasm target, trunk, wasm-bindgen-cli, wasm-split-cli,
#                               npm packages
#   scripts/setup.sh --browser  the same, plus Debian's chromium, chromium-driver, firefox-esr
#                               and nats-server (the shared-workspace tests start one); Firefox
#                               is driven by puppeteer-core, an npm package
#                               (scripts/firefox-driver.mjs), so no geckodriver is built
#   scripts/setup.sh --shared   the build's tools, plus Debian's nats-server (run.sh --shared)
# The installs run side by side (Debian's packages download while the Rust tools compile), and
# the Rust tools are compiled for a short build rather than for speed: cargo's
# CARGO_PROFILE_RELEASE_* variables override an installed package's profile (no fat LTO, 16
# codegen units, no optimization), and only the crates that do a tool's real work, reading and
# rewriting wasm in wasm-bindgen and the splitter, are optimized (level 1, through cargo's
# --config per package). A fresh machine's time goes mostly to these builds (BENCHMARKS.md,
# "The test command on a fresh machine").
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_SPLIT_VERSION=0.2.4
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
browser=false
[ "${1:-}" = "--browser" ] && browser=true
shared=$browser
[ "${1:-}" = "--shared" ] && shared=true

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

export CARGO_PROFILE_RELEASE_LTO=false
export CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
export CARGO_PROFILE_RELEASE_DEBUG=false
export CARGO_PROFILE_RELEASE_STRIP=true
export CARGO_PROFILE_RELEASE_OPT_LEVEL=0
# cargo --config arguments that optimize these crates (where a tool spends its run).
optimized() { for p in "$@"; do printf -- '--config\nprofile.release.package.%s.opt-level=1\n' "$p"; done; }
mapfile -t wasm_crates < <(optimized walrus wasmparser wasm-encoder id-arena leb128 gimli)
mapfile -t bindgen_crates < <(optimized wasm-bindgen-cli wasm-bindgen-cli-support wasm-bindgen-wasm-interpreter \
  wasm-bindgen-wasm-conventions wasm-bindgen-threads-xform wasm-bindgen-externref-xform wasm-bindgen-multi-value-xform)
mapfile -t split_crates < <(optimized wasm_split_cli_support)

logs=$(mktemp -d)
pids=()
names=()
# Runs one install in the background, its output in a log printed if it fails.
background() {
  local name=$1; shift
  (start=$SECONDS; "$@"; status=$?; echo "$((SECONDS - start))" >"$logs/$name.seconds"; exit $status) >"$logs/$name.log" 2>&1 &
  pids+=($!)
  names+=("$name")
}

apt_packages=()
command -v node >/dev/null 2>&1 || apt_packages+=(nodejs npm)
if $shared; then
  command -v nats-server >/dev/null 2>&1 || [ -x /usr/sbin/nats-server ] || apt_packages+=(nats-server)
fi
if $browser; then
  command -v chromium >/dev/null 2>&1 || apt_packages+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || apt_packages+=(chromium-driver)
  command -v firefox-esr >/dev/null 2>&1 || apt_packages+=(firefox-esr)
fi
install_apt() {
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt_packages[@]}"
}
if [ ${#apt_packages[@]} -gt 0 ]; then
  say "installing ${apt_packages[*]} (Debian packages)"
  background apt install_apt
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (builds from source, once)"
  # Without its default features: no TLS stack (it serves and builds on this machine over plain
  # HTTP, and downloads no tools: they are all installed here) and no check for a newer trunk.
  background trunk cargo install --locked trunk --version "$TRUNK_VERSION" --no-default-features
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] \
  || [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (matches Cargo.lock)"
  # Without --locked: one of its locked dependencies is missing from the registry here. Without
  # its default features (a TLS stack: the test runner talks to the browsers' drivers over plain
  # HTTP on this machine), and only the two programs used (not wasm2es6js).
  background wasm-bindgen cargo "${wasm_crates[@]}" "${bindgen_crates[@]}" install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" \
    --no-default-features --bin wasm-bindgen --bin wasm-bindgen-test-runner
fi

# The splitter that cuts the release wasm into lazily loaded chunks (scripts/split.mjs).
# It prints no version of its own: cargo's list of installed packages says which it is.
if ! command -v wasm-split-cli >/dev/null 2>&1 \
  || ! cargo install --list 2>/dev/null | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (wasm_split_cli_support, once)"
  background wasm-split cargo "${wasm_crates[@]}" "${split_crates[@]}" install --locked --force wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

# npm packages: Momentum Design assets, binaryen's wasm-opt, playwright-core and puppeteer-core
# (no browser download).
install_npm() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}
if command -v node >/dev/null 2>&1; then
  install_npm
fi

failed=0
for i in "${!pids[@]}"; do
  if wait "${pids[$i]}"; then
    say "${names[$i]}: installed in $(cat "$logs/${names[$i]}.seconds" 2>/dev/null || echo '?') s"
  else
    say "${names[$i]}: FAILED"; tail -n 40 "$logs/${names[$i]}.log"; failed=1
  fi
done
[ "$failed" -eq 0 ] || exit 1
# Node came from Debian's packages just now: the npm packages follow it.
command -v node >/dev/null 2>&1 && install_npm
exit 0
