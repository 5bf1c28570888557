#!/usr/bin/env bash
# Threading benchmarks, Swift next to CPython 3.11's concurrent.futures in the same run (2 workers).
#
#   Benchmarks/threading/run.sh                  # 100,000 submits; map over 1,000,000 tasks
#   SUBMIT_N=200000 MAP_N=1000000 PYTHON_MAP_N=1000000 Benchmarks/threading/run.sh
#
# (1) submit N trivial tasks, then collect every result: tasks/s, ratio Swift / CPython.
# (2) map over MAP_N tasks returning 1 KiB each with bufferSize 64: peak RSS (VmHWM), ratio
#     CPython / Swift. CPython 3.11 has no buffersize and keeps every future: at 1,000,000 tasks it
#     needs ~2.7 GB and a while; PYTHON_MAP_N=0 skips it.
set -euo pipefail
cd "$(dirname "$0")/../.."

SUBMIT_N=${SUBMIT_N:-100000}
MAP_N=${MAP_N:-1000000}
PYTHON_MAP_N=${PYTHON_MAP_N:-$MAP_N}
RUNS=${RUNS:-5}

swift build -c release --product ThreadingBenchmarks >/dev/null
BIN=$(swift build -c release --show-bin-path)/ThreadingBenchmarks
PY="python3 Benchmarks/threading/bench.py"

value() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }
best() { sort -g | tail -1; }

echo "== submit $SUBMIT_N trivial tasks, then collect (2 workers, best of $RUNS) =="
swift_rate=$(for _ in $(seq "$RUNS"); do "$BIN" submit "$SUBMIT_N"; done | value swift_submit_tasks_per_s | best)
python_rate=$(for _ in $(seq "$RUNS"); do $PY submit "$SUBMIT_N"; done | value python_submit_tasks_per_s | best)
gcd_rate=$(for _ in $(seq "$RUNS"); do "$BIN" gcd "$SUBMIT_N"; done | value gcd_tasks_per_s | best)
echo "Threading.ThreadPoolExecutor: $swift_rate tasks/s"
echo "CPython 3.11 ThreadPoolExecutor: $python_rate tasks/s"
echo "GCD DispatchGroup (reference): $gcd_rate tasks/s"
awk -v s="$swift_rate" -v p="$python_rate" -v g="$gcd_rate" \
    'BEGIN { printf "ratio Swift/CPython: %.1fx   Swift/GCD: %.2fx\n", s / p, s / g }'

echo "== map over $MAP_N tasks returning 1 KiB, bufferSize 64 (2 workers) =="
swift_map=$("$BIN" map "$MAP_N")
swift_mib=$(echo "$swift_map" | value swift_map_peak_mib)
echo "Threading map(bufferSize: 64): peak RSS $swift_mib MiB ($swift_map)"
if [ "$PYTHON_MAP_N" -gt 0 ]; then
    python_map=$($PY map "$PYTHON_MAP_N")
    python_mib=$(echo "$python_map" | value python_map_peak_mib)
    echo "CPython 3.11 map (every future kept), $PYTHON_MAP_N tasks: peak RSS $python_mib MiB ($python_map)"
    awk -v s="$swift_mib" -v p="$python_mib" 'BEGIN { printf "ratio CPython/Swift peak memory: %.0fx\n", p / s }'
fi
