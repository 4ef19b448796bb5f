#!/usr/bin/env bash
# Installs everything Parvis needs on Debian 12, from Debian's packages and the npm registry only.
# Idempotent: run it as often as you like. Needs root (or sudo) for apt-get.
#   - Debian packages: compilers, CMake/Ninja, Emscripten, nlohmann/json, date, doctest, fonts,
#     Chromium (browser tests), dpkg-dev (to unpack Debian source packages), clang-14 with
#     libclang-rt-14-dev (libFuzzer and the sanitizers' runtimes, for scripts/fuzz.sh), librsvg2-bin
#     (rsvg-convert: the installable app's PNG icons from shell/icon.svg).
#   - Dear ImGui 1.86 sources from Debian's *source* package (the binary package has no .cpp),
#     unpacked once into .deps/imgui (git-ignored).
#   - Hunspell 1.7 sources, likewise into .deps/hunspell (built for native and WebAssembly), and
#     the French dictionary hunspell-fr (/usr/share/hunspell/fr_FR.aff/.dic).
#   - zlib sources, likewise into .deps/zlib (for WebAssembly; natively zlib1g-dev): .xlsx is a ZIP.
#   - tests/e2e's npm packages (playwright-core, which never downloads a browser; twitter-text, the
#     reference X counter) into tests/e2e/node_modules, at the exact versions of its package.json.
#   - tests/pds's npm packages: a real Bluesky PDS (@atproto/pds 0.4, which runs on Node 20, and the
#     PLC directory @did-plc/server) for publish_bluesky.test.mjs, at the versions of its
#     package-lock.json; better-sqlite3 compiles from source (build-essential, python3): about
#     3 minutes the first time on 2 cores.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

say() { printf '\033[1m[parvis setup]\033[0m %s\n' "$*"; }

# --- 1. deb-src entry so that `apt-get source imgui` (and hunspell) works ----------------------
SRC_LIST=/etc/apt/sources.list.d/parvis-deb-src.sources
if [ ! -f "$SRC_LIST" ]; then
  say "Ajout de l'entrée deb-src (bookworm main) : $SRC_LIST"
  $SUDO tee "$SRC_LIST" >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi

# --- 2. Debian packages -------------------------------------------------------------------------
PACKAGES=(
  build-essential cmake ninja-build pkg-config dpkg-dev
  emscripten
  nlohmann-json3-dev libhowardhinnant-date-dev doctest-dev
  fonts-dejavu-core fonts-symbola python3-fonttools
  chromium nodejs npm python3 unicode-data publicsuffix bzip2
  hunspell-fr zlib1g-dev
  librsvg2-bin
  clang-14 libclang-rt-14-dev
)
say "apt-get update"
$SUDO apt-get update -q
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# nodejs/npm may come from another vendor (NodeSource); keep an existing node if it works.
if command -v node >/dev/null && command -v npm >/dev/null; then
  tmp=(); for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || tmp+=("$p"); done
  missing=("${tmp[@]}")
fi
if [ ${#missing[@]} -gt 0 ]; then
  say "apt-get install ${missing[*]}"
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# --- 3. Sources from Debian's source packages ---------------------------------------------------
# Dear ImGui (the app's UI), Hunspell (core/spell on both targets) and zlib (reading .xlsx in the
# WebAssembly build; natively Parvis links Debian's zlib1g-dev, and Emscripten's zlib port would
# download from the internet). Each is unpacked once into .deps/PACKAGE (git-ignored).
# debian_source PACKAGE MARKER: MARKER is a file of the sources' top folder, as a relative path;
# the shallowest match in the unpacked tree gives that folder.
debian_source() {
  local package=$1 marker=$2 dir="$ROOT/.deps/$1" tmp="$ROOT/.deps/$1-src" found
  [ -f "$dir/$marker" ] && return 0
  say "apt-get source $package → $dir"
  rm -rf "$tmp" && mkdir -p "$tmp"
  (cd "$tmp" && apt-get source -q "$package")
  found=$(find "$tmp" -maxdepth 6 -path "*/$marker" | awk '{ print length($0) " " $0 }' | sort -n | head -n1 | cut -d' ' -f2-)
  [ -n "$found" ] || { echo "Sources de $package introuvables après apt-get source" >&2; exit 1; }
  rm -rf "$dir" && mv "${found%/"$marker"}" "$dir" && rm -rf "$tmp"
}
debian_source imgui imgui.cpp
debian_source hunspell src/hunspell/hunspell.cxx
debian_source zlib inflate.c

# --- 4. npm packages for the browser tests -------------------------------------------------------
# Reinstalls when a dependency of DIR/package.json is missing or not at its pinned version, or when
# a package they need (transitively) is missing; no network is used when all are in place.
npm_deps_installed() {
  node - "$1" <<'NODE'
const fs = require('fs'), path = require('path');
const root = process.argv[2];
const read = (file) => { try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) { return null; } };
// The folder of package `name` as Node resolves it from `from` (node_modules up the tree).
const find = (name, from) => {
  for (let dir = from; dir.startsWith(root); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (read(path.join(candidate, 'package.json'))) return candidate;
    if (dir === root) break;
  }
  return null;
};
const pinned = (read(path.join(root, 'package.json')) || {}).dependencies || {};
const seen = new Set();
const walk = (name, from, want) => {
  const dir = find(name, from);
  const version = dir && read(path.join(dir, 'package.json')).version;
  if (!dir || (want && version !== want)) {
    console.log(`npm : ${name} ${version || 'absent'}${want ? ` (attendu ${want})` : ''}`);
    process.exit(1);
  }
  if (seen.has(dir)) return;
  seen.add(dir);
  const meta = read(path.join(dir, 'package.json'));
  for (const dep of Object.keys(meta.dependencies || {})) walk(dep, dir, null);
};
for (const [name, want] of Object.entries(pinned)) walk(name, root, want);
NODE
}
for dir in tests/e2e tests/pds; do
  if ! npm_deps_installed "$ROOT/$dir"; then
    say "npm install ($dir)"
    (cd "$ROOT/$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund)
    npm_deps_installed "$ROOT/$dir" || { echo "Dépendances npm de $dir incomplètes après npm install" >&2; exit 1; }
  fi
done
say "Installation terminée."
