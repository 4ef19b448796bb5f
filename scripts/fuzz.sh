#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang-14, ASan + UBSan) and runs each for SECONDS (default 3600:
# the long run; CI runs a few seconds each), then prints, per target, the CPU time, the executions
# and the findings. Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
# The harnesses come from the preset PARVIS_FUZZ_PRESET: `fuzz` by default (optimised, checksums
# skipped: for long runs); scripts/test.sh uses `native-asan`, already built for the unit tests.
#
# Seeds come from tests/fixtures (and tests/fuzz/seeds); the growing corpus stays in
# build/PRESET/corpus/TARGET between runs. A finding (crash, sanitizer report, an input slower than
# -timeout or using more than -rss_limit_mb) is saved in build/PRESET/findings/TARGET/ and the target
# starts again until its time is spent. Exit status 1 when anything was found: each finding
# becomes a fixture (tests/fixtures/hostile/) and a fix.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-3600}
shift || true
# Limits: an input that takes longer than TIMEOUT seconds or more than RSS_MB of memory (with the
# sanitizers' overhead: a release build is several times faster) is a finding like a crash.
TIMEOUT=${PARVIS_FUZZ_TIMEOUT:-5}
RSS_MB=${PARVIS_FUZZ_RSS_MB:-1024}

preset=${PARVIS_FUZZ_PRESET:-fuzz}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" >/dev/null

F=tests/fixtures
declare -A SEEDS=(
  [fuzz_workspace_json]="$F/valid $F/bad $F/schema-v1 $F/schema-v4"
  [fuzz_planning_csv]="$F/interop/*.csv $F/hostile/control-characters.csv"
  [fuzz_import_meta]="$F/imports/meta-*.csv $F/imports/not-an-export.csv"
  [fuzz_import_x]="$F/imports/x-*.csv $F/hostile/counts-2e64.csv"
  [fuzz_import_linkedin]="$F/imports/linkedin-* $F/imports/broken $F/hostile/*.xlsx"
  [fuzz_import_mastodon]="$F/imports/mastodon-outbox.json $F/hostile/mastodon-huge-counts.json"
  [fuzz_xlsx]="$F/imports/*.xlsx $F/imports/broken $F/hostile/*.xlsx"
  [fuzz_zip]="$F/imports/*.xlsx $F/imports/broken"
  [fuzz_xml]="tests/fuzz/seeds/xml"
  [fuzz_ics]="$F/interop/*.ics $F/hostile/*.ics"
  [fuzz_school_calendar]="assets/calendar/school_holidays.json"
  [fuzz_tone_check]="tests/fuzz/seeds/text"
  [fuzz_platform_answers]="tests/fuzz/seeds/platform"
)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_workspace_json fuzz_planning_csv fuzz_import_meta fuzz_import_x
  fuzz_import_linkedin fuzz_import_mastodon fuzz_xlsx fuzz_zip fuzz_xml fuzz_ics fuzz_school_calendar fuzz_tone_check
  fuzz_platform_answers)

out=build/$preset
# CPU seconds (user + system) of the processes this shell has waited for, in $children_cpu: bash's
# `times`, whose second line is the children's. Run in this shell (a $(…) subshell starts from 0).
children_cpu=0
read_children_cpu() {
  times >"$out/times"
  children_cpu=$(tail -1 "$out/times" | awk '{ n = 0; for (i = 1; i <= 2; ++i) { split($i, p, "m"); sub("s", "", p[2]); n += p[1] * 60 + p[2] } print n }')
}
total_findings=0
report=$(mktemp)
printf '%-22s %10s %12s %9s\n' target cpu_s executions findings >"$report"
for t in "${targets[@]}"; do
  corpus=$out/corpus/$t findings=$out/findings/$t
  mkdir -p "$corpus" "$findings"
  # shellcheck disable=SC2086  # the seed globs expand here
  for s in ${SEEDS[$t]}; do
    if [ -d "$s" ]; then cp -n "$s"/* "$corpus"/ 2>/dev/null || true; else cp -n "$s" "$corpus"/; fi
  done
  before=$(ls "$findings" | wc -l)
  execs=0 cpu=0 left=$seconds
  while [ "$left" -gt 0 ]; do
    log=$(mktemp)
    t0=$(date +%s)
    read_children_cpu
    c0=$children_cpu
    "$out/fuzz/$t" -max_total_time="$left" -timeout="$TIMEOUT" -rss_limit_mb="$RSS_MB" -malloc_limit_mb="$RSS_MB" \
      -artifact_prefix="$findings/" -print_final_stats=1 "$corpus" >"$log" 2>&1 || true
    read_children_cpu
    cpu=$(awk -v a="$cpu" -v b="$c0" -v c="$children_cpu" 'BEGIN{printf "%.1f", a + c - b}')
    n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    execs=$((execs + ${n:-0}))
    left=$((left - ($(date +%s) - t0)))
    if grep -q "^==[0-9]*==ERROR\|^SUMMARY: \|ALARM: working on the last Unit\|out-of-memory\|deadly signal" "$log"; then
      echo "[parvis fuzz] $t: finding" >&2
      grep -m3 "^==[0-9]*==ERROR\|^SUMMARY: \|ALARM\|out-of-memory\|Test unit written" "$log" >&2 || true
    fi
    rm -f "$log"
    [ "$left" -le 1 ] && break
  done
  found=$(( $(ls "$findings" | wc -l) - before ))
  total_findings=$((total_findings + found))
  printf '%-22s %10s %12s %9s\n' "$t" "$cpu" "$execs" "$found" >>"$report"
done
cat "$report"
rm -f "$report"
[ "$total_findings" -eq 0 ]
