#!/usr/bin/env bash
# Crash test of the storage: kills Chromium N times (SIGKILL) at random moments while Parvis
# saves, relaunches it on the same profile each time, and prints the figures (kills, intact,
# torn, lost acknowledged edits, median relaunch time). See tests/e2e/kill_cycle.mjs.
#   scripts/kill.sh [N]        (default 100; PARVIS_KILL_SEED=… replays a run)
# Needs the web build (cmake --build --preset wasm) and the test dependencies (tests/e2e).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../tests/e2e"
exec node kill_cycle.mjs "${1:-100}"
