#!/usr/bin/env bash
# Runs every test tier and ends with one line: "N passed, N failed".
#   1. core: native cargo test of flowthrough-core (unit, scenario, property tests)
#   2. app: wasm-bindgen-test in headless Chromium, then the same tests in headless Firefox
#   3. end-to-end: playwright-core driving Debian's Chromium against the release build
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
export PATH="$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"

logs=$(mktemp -d)
total_pass=0
total_fail=0
summary=()

# cargo's "test result: ok. 9 passed; 0 failed; ..." lines, summed.
cargo_counts() { awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed;?$/) p += $i; if ($(i+1) ~ /^failed;?$/) f += $i } } END { print p+0, f+0 }' "$1"; }
# node --test's "# pass N" / "# fail N" lines.
node_counts() { awk '/^# pass / { p = $3 } /^# fail / { f = $3 } END { print p+0, f+0 }' "$1"; }

tier() {
  local name=$1 parser=$2; shift 2
  echo
  echo "=== $name: $*"
  "$@" 2>&1 | tee "$logs/$name.log"
  local status=${PIPESTATUS[0]}
  read -r p f < <($parser "$logs/$name.log")
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1  # the tier failed before or outside its tests (a build error, a crash)
    echo "!!! $name exited with status $status"
  fi
  total_pass=$((total_pass + p))
  total_fail=$((total_fail + f))
  summary+=("$name: $p passed, $f failed")
}

tier core cargo_counts cargo test -p flowthrough-core
tier app cargo_counts cargo test -p flowthrough --target wasm32-unknown-unknown --test web
# The same browser tests in Firefox (wasm-bindgen-test-runner uses geckodriver when it is the
# driver named).
export GECKODRIVER="${GECKODRIVER:-$(command -v geckodriver)}"
tier app-firefox cargo_counts env -u CHROMEDRIVER GECKODRIVER="$GECKODRIVER" cargo test -p flowthrough --target wasm32-unknown-unknown --test web
# The site the journeys drive (a build error counts as one failure).
echo
echo "=== release build: trunk build --release"
if trunk build --release 2>&1 | tail -n 3; [ "${PIPESTATUS[0]}" -eq 0 ]; then
  summary+=("release build: ok")
else
  total_fail=$((total_fail + 1))
  summary+=("release build: FAILED")
fi
tier e2e node_counts node --test tests/e2e/

echo
printf '%s\n' "${summary[@]}"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
