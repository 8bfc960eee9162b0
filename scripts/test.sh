#!/usr/bin/env bash
# Everything a fresh machine needs, then every check: the browsers (Debian's Chromium, Firefox ESR,
# WebKitGTK's driver and Xvfb via apt-get when missing), the locked packages, lint, types, browser
# tests in each engine, collector tests, build, size.
# PALAUTE_BROWSERS=chromium,firefox,webkit (any subset) selects the engines; all three when unset.
set -euo pipefail
cd "$(dirname "$0")/.."

engines="${PALAUTE_BROWSERS:-chromium,firefox,webkit}"
export PALAUTE_BROWSERS="$engines"
engine_args=${engines//,/ }

# shellcheck disable=SC2086 # one argument per engine
missing=$(node scripts/find-browsers.mjs --missing-packages $engine_args)
if [ -n "$missing" ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "Installing what the browser tests need with apt-get: $(echo $missing)"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
  fi
fi
# shellcheck disable=SC2086 # says what to install, and stops, if something is still missing
node scripts/find-browsers.mjs $engine_args

# WebKitGTK draws into an X display even when nobody looks: an Xvfb for the whole run.
xvfb_pid=""
stop_xvfb() { if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi; }
trap stop_xvfb EXIT
if [[ ",$engines," == *",webkit,"* ]] && [ -z "${DISPLAY:-}" ]; then
  display=99
  while [ -e "/tmp/.X${display}-lock" ] || [ -e "/tmp/.X11-unix/X${display}" ]; do display=$((display + 1)); done
  "${XVFB_PATH:-Xvfb}" ":${display}" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display}" ] && break; sleep 0.1; done
  [ -e "/tmp/.X11-unix/X${display}" ] || { echo "Xvfb did not start on :${display}" >&2; exit 1; }
  export DISPLAY=":${display}"
  echo "Xvfb on $DISPLAY"
fi

npm ci --no-audit --no-fund

# The package builds and packs on a fresh clone, before anything has built palaute-collector (the
# README's `npm ci && npm pack`). The browser, embedding and package tests use these built files.
npm run build
npm pack --dry-run --ignore-scripts >/dev/null

npm run lint
# The demo's types include palaute-collector's, which exist once it is built.
npm run build --workspace palaute-collector
npm run check:packages
npm run check:release
npm run typecheck
npm run docs:check

log=$(mktemp)
status=0
npx web-test-runner 2>&1 | tee "$log" || status=1
# Files, not folders (only Node 20 looks inside a folder); TAP, which the count below reads; one
# file at a time, since several of them drive Chromium.
node --test --test-reporter=tap --test-concurrency=1 test/{embedding,package,frameworks,results,report-inbox,deviation-form,dashboard}/*.node.test.mjs 2>&1 |
  tee -a "$log" || status=1
# palaute-collector on both databases: embedded PGlite, then Debian's PostgreSQL (installed and
# started by collector/scripts/with-postgres.sh when missing).
npm run test:pglite --workspace palaute-collector 2>&1 | tee -a "$log" || status=1
npm run test:postgres --workspace palaute-collector 2>&1 | tee -a "$log" || status=1

node scripts/size.mjs || status=1
npm run build-storybook

# One closing line for all suites: web-test-runner's "N passed, N failed" of each engine (the last
# line per engine is its total) plus node's "# pass N".
read -r browser_passed browser_failed < <(
  grep -aoE '(Chromium|Firefox|WebKit): *\|[^|]*\|[^|]*\| [0-9]+ passed, [0-9]+ failed' "$log" |
    awk -F: '{ last[$1] = $0 }
      END { for (e in last) { s = last[e]; sub(/.*\| /, "", s); split(s, c, /[^0-9]+/); p += c[1]; f += c[2] }
            print p + 0, f + 0 }'
)
node_passed=$(grep -oE '^# pass [0-9]+' "$log" | grep -oE '[0-9]+$' | awk '{ s += $1 } END { print s + 0 }')
node_failed=$(grep -oE '^# fail [0-9]+' "$log" | grep -oE '[0-9]+$' | awk '{ s += $1 } END { print s + 0 }')
echo "tests: $((browser_passed + node_passed)) passed, $((browser_failed + node_failed)) failed"
exit "$status"
