#!/usr/bin/env bash
# Runs every test tier and ends with one line: "N passed, N failed".
#   1. core: native cargo test of flowthrough-core (unit, scenario, property tests)
#   2. app: wasm-bindgen-test in headless Chromium, then the same tests in headless Firefox
#   3. end-to-end: playwright-core driving Debian's Chromium against the release build
# On 2 cores the work overlaps where it can (BENCHMARKS.md, "The test command"): the core tier
# runs while the tools install (it needs only rustc, and has a target folder of its own so
# that neither waits for the other's lock), and the release build's cargo work runs while the
# app's browser tests (a debug build) compile and run.
set -uo pipefail
cd "$(dirname "$0")/.."
logs=$(mktemp -d)
total_pass=0
total_fail=0
summary=()

# cargo's "test result: ok. 9 passed; 0 failed; ..." lines, summed.
cargo_counts() { awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed;?$/) p += $i; if ($(i+1) ~ /^failed;?$/) f += $i } } END { print p+0, f+0 }' "$1"; }
# node --test's "# pass N" / "# fail N" lines.
node_counts() { awk '/^# pass / { p = $3 } /^# fail / { f = $3 } END { print p+0, f+0 }' "$1"; }

# Counts a finished tier: its log, its exit status, the seconds it took.
count() {
  local name=$1 parser=$2 status=$3 seconds=$4
  read -r p f < <($parser "$logs/$name.log")
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1  # the tier failed before or outside its tests (a build error, a crash)
    echo "!!! $name exited with status $status"
  fi
  total_pass=$((total_pass + p))
  total_fail=$((total_fail + f))
  summary+=("$name: $p passed, $f failed ($seconds s)")
}

tier() {
  local name=$1 parser=$2; shift 2
  local start=$SECONDS
  echo
  echo "=== $name: $*"
  "$@" 2>&1 | tee "$logs/$name.log"
  count "$name" "$parser" "${PIPESTATUS[0]}" $((SECONDS - start))
}

# The toolchain and its wasm target first, once (rustup is not made for two installs at once).
cargo --version >/dev/null
rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

# 1. The core tier, in the background from the start (its output is printed when it ends).
( start=$SECONDS; CARGO_TARGET_DIR=target/core cargo test -p flowthrough-core >"$logs/core.log" 2>&1; echo "$? $((SECONDS - start))" >"$logs/core.done" ) &
core_pid=$!

scripts/setup.sh --browser || { echo "setup failed"; wait "$core_pid"; echo "0 passed, 1 failed"; exit 1; }
setup_seconds=$SECONDS
export PATH="$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"

# The release build's cargo work (both apps, as `trunk build --release` and scripts/split.mjs ask
# for them), in the background beside the app's browser tests.
( cargo build --release --target wasm32-unknown-unknown --bin flowthrough --features split \
  && cargo build --release --target wasm32-unknown-unknown --bin portal --features lazy-format-2 ) >"$logs/prebuild.log" 2>&1 &
prebuild_pid=$!

# 2. The app in Chromium, then in Firefox (wasm-bindgen-test-runner uses geckodriver when it is
# the driver named).
tier app cargo_counts cargo test -p flowthrough --target wasm32-unknown-unknown --test web
export GECKODRIVER="${GECKODRIVER:-$(command -v geckodriver)}"
tier app-firefox cargo_counts env -u CHROMEDRIVER GECKODRIVER="$GECKODRIVER" cargo test -p flowthrough --target wasm32-unknown-unknown --test web

# The core tier's result, once it ended (printed here, after the browser tests' output).
wait "$core_pid"
echo
echo "=== core: cargo test -p flowthrough-core"
cat "$logs/core.log"
read -r core_status core_seconds <"$logs/core.done"
count core cargo_counts "$core_status" "$core_seconds"

# 3. The site the journeys drive (a build error counts as one failure), then the journeys.
wait "$prebuild_pid" || cat "$logs/prebuild.log"
echo
echo "=== release build: trunk build --release"
build_start=$SECONDS
if trunk build --release 2>&1 | tail -n 3; [ "${PIPESTATUS[0]}" -eq 0 ]; then
  summary+=("release build: ok ($((SECONDS - build_start)) s)")
else
  total_fail=$((total_fail + 1))
  summary+=("release build: FAILED")
fi
tier e2e node_counts node --test tests/e2e/

echo
echo "setup: $setup_seconds s (with the core tier beside it)"
printf '%s\n' "${summary[@]}"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
