#!/usr/bin/env bash
# Everything a fresh machine needs, then every check: a browser (Debian's Chromium via apt-get when
# none is found), the locked packages, lint, types, browser tests, collector tests, build, size.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! node scripts/find-chrome.mjs >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "No Chromium found: installing Debian's chromium with apt-get."
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  fi
  node scripts/find-chrome.mjs >/dev/null # says what to install, and stops, if still none
fi
echo "Browser: $(node scripts/find-chrome.mjs)"

npm ci --no-audit --no-fund

npm run lint
npm run typecheck

# The browser, embedding and package tests use the built files.
npm run build
npm run docs:check

log=$(mktemp)
npx web-test-runner 2>&1 | tee "$log"
node --test test/collector/ test/embedding/ test/package/ test/frameworks/ 2>&1 | tee -a "$log"

npm run size
npm run build-storybook

# One closing line for all suites: web-test-runner's "N passed, N failed" plus node's "# pass N".
read -r browser_passed browser_failed < <(grep -oE '[0-9]+ passed, [0-9]+ failed' "$log" | tail -1 | grep -oE '[0-9]+' | xargs)
node_passed=$(grep -oE '^# pass [0-9]+' "$log" | grep -oE '[0-9]+$')
node_failed=$(grep -oE '^# fail [0-9]+' "$log" | grep -oE '[0-9]+$')
echo "tests: $((browser_passed + node_passed)) passed, $((browser_failed + node_failed)) failed"
