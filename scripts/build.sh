#!/usr/bin/env bash
# Builds the given presets (default: all three). Used by serve.sh and test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
presets=("$@")
[ ${#presets[@]} -gt 0 ] || presets=(native native-asan wasm)
for preset in "${presets[@]}"; do
  echo "[parvis build] $preset"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
done
