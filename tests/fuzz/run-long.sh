#!/usr/bin/env bash
# Fuzzes every harness for hours, keeping what it learns between runs.
#   tests/fuzz/run-long.sh [HOURS]        (default 4; fractions such as 0.5 work)
# Builds the fuzz preset, then gives each harness an equal share of HOURS of wall time, FUZZ_JOBS
# harnesses at a time (default 1: each libFuzzer process uses one core). The corpus of each
# harness lives in FUZZ_WORK_DIR/<harness>/corpus (default ~/.cache/hangar-fuzz), outside the
# source tree, and grows from run to run; crashes are written beside it. Prints the executions
# per harness at the end and exits non-zero if any harness found a problem.
set -euo pipefail
cd "$(dirname "$0")/../.."

hours=${1:-4}
jobs=${FUZZ_JOBS:-1}
work=${FUZZ_WORK_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/hangar-fuzz}
build=build/fuzz

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

mapfile -t fuzzers < <(find "$build/tests/fuzz" -maxdepth 1 -type f -executable -name 'fuzz_*' | sort)
if [ ${#fuzzers[@]} -eq 0 ]; then
  echo "run-long: no fuzzers in $build/tests/fuzz" >&2
  exit 1
fi
seconds=$(awk -v h="$hours" -v j="$jobs" -v n="${#fuzzers[@]}" 'BEGIN { s = int(h * 3600 * j / n); print (s < 1 ? 1 : s) }')
echo "run-long: ${#fuzzers[@]} fuzzers, ${seconds} s each, ${jobs} at a time, corpus in $work"

mkdir -p "$work"
summary="$work/summary-$(date -u +%Y%m%dT%H%M%SZ).txt"
status=0
printf '%s\n' "${fuzzers[@]}" |
  xargs -P "$jobs" -I{} sh -c 'tests/fuzz/run-fuzzer.sh "$1" "$2" "$3/$(basename "$1")"' _ {} "$seconds" "$work" \
  >"$summary" || status=$?

echo "run-long: executions per fuzzer (also in $summary)"
sort "$summary"
if [ "$status" -ne 0 ]; then
  echo "run-long: some fuzzer found a problem; inputs are in $work/<fuzzer>/crash-* (or leak-, timeout-, oom-)" >&2
fi
exit "$status"
