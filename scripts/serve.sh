#!/usr/bin/env bash
# Sets up (Debian packages, ImGui sources), builds the web app and serves it on
# http://127.0.0.1:8080 (override with PORT=…). Stop with Ctrl+C.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
bash scripts/build.sh wasm
exec node scripts/static-server.mjs --root build/wasm/dist --host 127.0.0.1 --port "${PORT:-8080}"
