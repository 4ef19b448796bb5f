#!/usr/bin/env bash
# Sets up, builds everything and runs every test:
#   1. unit tests of core/ and CLI tests under AddressSanitizer + UndefinedBehaviorSanitizer (ctest,
#      preset native-asan, clang-14; the plain `native` preset runs the same tests, faster, for
#      day-to-day work, and is not built here: CI time goes to the sanitizer run);
#   2. every fuzz target for a few seconds (scripts/fuzz.sh with the harnesses of that same build;
#      PARVIS_CI_FUZZ_SECONDS);
#   3. the web app's end-to-end tests in headless Chromium (preset wasm, node --test).
# Exits non-zero at the first failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
start=$(date +%s)
bash scripts/setup.sh
bash scripts/build.sh native-asan wasm
echo "[parvis test] build done in $(( $(date +%s) - start )) s"
ctest --preset native-asan
fuzz_start=$(date +%s)
PARVIS_FUZZ_PRESET=native-asan bash scripts/fuzz.sh "${PARVIS_CI_FUZZ_SECONDS:-5}"
echo "[parvis test] fuzzing done in $(( $(date +%s) - fuzz_start )) s"
# The kill test (kill.test.mjs) kills Chromium PARVIS_KILLS times, ~15 s each; scripts/kill.sh runs more.
# A test stuck on a widget that never comes fails after 10 minutes instead of holding CI.
PARVIS_BIN="$PWD/build/native-asan/parvis" && export PARVIS_BIN
(cd tests/e2e && PARVIS_KILLS="${PARVIS_KILLS:-10}" node --test --test-concurrency=1 --test-timeout=600000 ./*.test.mjs)
