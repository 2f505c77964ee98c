#!/usr/bin/env bash
# Runs one libFuzzer harness for a fixed time and prints one line of figures.
#   run-fuzzer.sh [--fresh] FUZZER SECONDS WORKDIR
# Seeds: tests/data and tests/fuzz/seeds/<fuzzer name>, read but never written. New inputs go
# to WORKDIR/corpus (emptied first with --fresh), crashes to WORKDIR/crash-*, the log to
# WORKDIR/fuzz.log. Exits non-zero when the fuzzer found a crash, leak, timeout or contract break.
set -euo pipefail

fresh=0
flags=()
if [ "${1:-}" = "--fresh" ]; then
  fresh=1
  shift
fi
if [ $# -ne 3 ]; then
  echo "usage: $0 [--fresh] FUZZER SECONDS WORKDIR" >&2
  exit 2
fi
fuzzer=$1
seconds=$2
workdir=$3
name=$(basename "$fuzzer")
here=$(cd "$(dirname "$0")" && pwd)

if [ "$fresh" -eq 1 ]; then
  rm -rf "$workdir/corpus"
  # A fresh (CI) run starts from a fixed seed, so the same tree walks the same inputs and a
  # failure can be repeated; long runs draw a new seed every time.
  flags+=(-seed="${FUZZ_SEED:-4711}")
fi
mkdir -p "$workdir/corpus"
seeds=("$here/../data")
if [ -d "$here/seeds/$name" ]; then
  seeds+=("$here/seeds/$name")
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/../support/lsan.supp:print_suppressions=0}

# Harnesses that keep an engine between inputs allocate on behalf of later inputs: libFuzzer's
# leak check after each such input would run it again and scan the heap (60 instead of 2,000
# inputs/s). Their leaks are still reported when the process exits.
case "$name" in
  fuzz_coap_datagram | fuzz_api_request) flags+=(-detect_leaks=0) ;;
esac

if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ] && command -v llvm-symbolizer-16 >/dev/null; then
  export ASAN_SYMBOLIZER_PATH=$(command -v llvm-symbolizer-16)
fi

status=0
started=$SECONDS
"$fuzzer" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 "${flags[@]}" \
  -print_final_stats=1 -artifact_prefix="$workdir/" "$workdir/corpus" "${seeds[@]}" \
  >"$workdir/fuzz.log" 2>&1 || status=$?

stat() { awk -v key="stat::$1:" '$1 == key { print $2 }' "$workdir/fuzz.log" | tail -n 1; }
execs=$(stat number_of_executed_units)
rate=$(stat average_exec_per_sec)
rss=$(stat peak_rss_mb)
corpus=$(find "$workdir/corpus" -type f | wc -l)
echo "$name: ${execs:-?} execs in $((SECONDS - started)) s (${rate:-?}/s), corpus ${corpus} inputs, peak RSS ${rss:-?} MB"
if [ "$status" -ne 0 ]; then
  echo "$name: FAILED (exit $status); the log ends:" >&2
  tail -n 60 "$workdir/fuzz.log" >&2
  ls "$workdir"/crash-* "$workdir"/leak-* "$workdir"/timeout-* "$workdir"/oom-* 2>/dev/null >&2 || true
fi
exit "$status"
