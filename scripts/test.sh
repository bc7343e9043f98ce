#!/usr/bin/env bash
# Runs every test tier and ends with one line: "N passed, N failed".
#   1. core: native cargo test of flowthrough-core (unit, scenario, property tests)
#   2. app: wasm-bindgen-test in headless Chromium, then the same tests in headless Firefox
#   3. end-to-end: playwright-core driving Debian's Chromium against the release build
# On 2 cores the work goes in three phases (BENCHMARKS.md, "The test command on a fresh
# machine"):
#   a. every build at once: the tools' install, the release build's cargo work, the core's and
#      the browser tests' test builds (each in a target folder or profile of its own, so none
#      waits for another's lock);
#   b. the site (`trunk build --release`, once its tools and cargo's wasm are there), with the
#      core tier and the browser tests beside it (none of them minds a busy machine);
#   c. the journeys alone, two files at a time (each starts its own servers on free ports), then
#      those that start NATS servers one at a time: their servers and browsers keep real
#      timeouts, so nothing else runs beside them.
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

# Runs a tier in the foreground, its output shown as it comes.
tier() {
  local name=$1 parser=$2; shift 2
  local start=$SECONDS
  echo
  echo "=== $name: $*"
  "$@" 2>&1 | tee "$logs/$name.log"
  count "$name" "$parser" "${PIPESTATUS[0]}" $((SECONDS - start))
}

# Starts a tier in the background; `finish` prints its output and counts it.
background() {
  local name=$1; shift
  ( start=$SECONDS; "$@" >"$logs/$name.log" 2>&1; echo "$? $((SECONDS - start))" >"$logs/$name.done" ) &
  eval "${name//-/_}_pid=$!"
}
finish() {
  local name=$1 parser=$2 title=$3 pid_var="${1//-/_}_pid"
  wait "${!pid_var}"
  echo
  echo "=== $name: $title"
  cat "$logs/$name.log"
  read -r status seconds <"$logs/$name.done"
  count "$name" "$parser" "$status" "$seconds"
}

# The toolchain and its wasm target first, once (rustup is not made for two installs at once).
cargo --version >/dev/null
rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

# a. Every build at once, beside the tools' install.
( cargo build --release --target wasm32-unknown-unknown --bin flowthrough --features split \
  && cargo build --release --target wasm32-unknown-unknown --bin portal --features lazy-format-2 ) >"$logs/prebuild.log" 2>&1 &
prebuild_pid=$!
CARGO_TARGET_DIR=target/core cargo test -p flowthrough-core --profile test-core --no-run >"$logs/corebuild.log" 2>&1 &
corebuild_pid=$!
cargo test -p flowthrough --profile test-web --target wasm32-unknown-unknown --test web --no-run >"$logs/appbuild.log" 2>&1 &
appbuild_pid=$!
scripts/setup.sh --browser || { echo "setup failed"; kill $(jobs -p) 2>/dev/null; wait; echo "0 passed, 1 failed"; exit 1; }
setup_seconds=$SECONDS
export PATH="$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
# Firefox through puppeteer-core over WebDriver BiDi, in geckodriver's place (the runner starts it).
GECKODRIVER="${GECKODRIVER:-$PWD/scripts/firefox-driver.mjs}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
# b. The site the journeys drive (a build error counts as one failure), as soon as its tools and
# cargo's wasm are there; then, once the tests' builds are done, the core tier and the app in
# Chromium, then in Firefox, beside it (wasm-bindgen-test-runner drives Firefox when GECKODRIVER
# names its driver). A test build that failed is reported by its tier, which runs it again.
wait "$prebuild_pid" || cat "$logs/prebuild.log"
build_start=$SECONDS
# Its whole output is kept beside the last lines shown, for a failure's first lines.
( trunk build --release 2>&1 | grep -v "unknown name subsection" | tee "$logs/release-full.log" | tail -n 12; exit "${PIPESTATUS[0]}" ) >"$logs/release.log" 2>&1 &
release_pid=$!
wait "$corebuild_pid"
wait "$appbuild_pid"
builds_seconds=$SECONDS
background core env CARGO_TARGET_DIR=target/core cargo test -p flowthrough-core --profile test-core
tier app cargo_counts env -u GECKODRIVER cargo test -p flowthrough --profile test-web --target wasm32-unknown-unknown --test web
tier app-firefox cargo_counts env -u CHROMEDRIVER GECKODRIVER="$GECKODRIVER" cargo test -p flowthrough --profile test-web --target wasm32-unknown-unknown --test web
finish core cargo_counts "cargo test -p flowthrough-core --profile test-core"
echo
echo "=== release build: trunk build --release"
if wait "$release_pid"; then
  cat "$logs/release.log"
  summary+=("release build: ok ($((SECONDS - build_start)) s, with the tiers above beside it)")
  # c. The journeys, alone: two files at a time, then the ones that start NATS servers one at a
  # time (beside another browser, a stopped and restarted server's journeys timed out).
  mapfile -t with_nats < <(grep -l 'nats\.mjs' tests/e2e/*.test.mjs)
  mapfile -t without < <(grep -L 'nats\.mjs' tests/e2e/*.test.mjs)
  tier e2e node_counts node --test --test-concurrency="$(nproc)" "${without[@]}"
  tier e2e-nats node_counts node --test --test-concurrency=1 "${with_nats[@]}"
else
  grep -m 20 -B2 -A8 -iE "panicked|error" "$logs/release-full.log" | head -n 80
  cat "$logs/release.log"
  total_fail=$((total_fail + 1))
  summary+=("release build: FAILED")
fi

echo
echo "setup: $setup_seconds s; the release build started at $build_start s; the tests' builds done at $builds_seconds s"
printf '%s\n' "${summary[@]}"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
