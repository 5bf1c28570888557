#!/usr/bin/env bash
# The cost of the thread trace (issue 15), measured in one run: the benchmark program built against
# the library of a commit without recording code (BASE, default: the parent of the commit that
# added it) next to the same program against HEAD's library with recording off, and with it on
# (SITEGEN_THREAD_TRACE set). Two measures: the submit benchmark (2 workers; noisy, read the
# median) and a single-thread loop of uncontended Lock/Semaphore pairs (four recording points each).
#
#   Benchmarks/threading/recording.sh                 # 100,000 submits, 2,000,000 lock pairs, 15 runs each
#   BASE=45ad0e7 SUBMIT_N=200000 RUNS=21 SHOW_RUNS=1 Benchmarks/threading/recording.sh   # and every run's figure
#
# Each side is built alone (Threading + the benchmark, release) from `git archive`, so both get
# the same flags. Reports the median and the best of each, and HEAD off / BASE and HEAD on / HEAD off.
set -euo pipefail
cd "$(dirname "$0")/../.."

SUBMIT_N=${SUBMIT_N:-100000}
LOCK_N=${LOCK_N:-2000000}
RUNS=${RUNS:-15}
BASE=${BASE:-$(git log --format=%h -1 --grep='^Threading: thread trace recording')~1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build() {  # build COMMIT DIR: that commit's library, HEAD's benchmark program
    mkdir -p "$2"
    git archive "$1" Sources/Threading | tar -x -C "$2"
    git archive HEAD Benchmarks/threading | tar -x -C "$2"
    local exclude=""
    [ -f "$2/Sources/Threading/Recording/README.md" ] && exclude='exclude: ["Recording/README.md"]'
    cat > "$2/Package.swift" <<SWIFT
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "bench",
    targets: [
        .target(name: "Threading"${exclude:+, $exclude}),
        .executableTarget(name: "ThreadingBenchmarks", dependencies: ["Threading"], path: "Benchmarks/threading/Sources"),
    ],
    swiftLanguageModes: [.v6]
)
SWIFT
    (cd "$2" && swift build -c release --product ThreadingBenchmarks >/dev/null)
    echo "$2/.build/release/ThreadingBenchmarks"
}

base_bin=$(build "$BASE" "$work/base")
head_bin=$(build HEAD "$work/head")
value() { sed -n "s/.*\(swift_submit_tasks_per_s\|lock_pairs_per_s\)=\([0-9]*\).*/\2/p"; }
best() { sort -g | tail -1; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

measure() {  # measure NAME ARGS…: RUNS alternating runs of base, HEAD off, HEAD on (so background load hits all three alike)
    local name=$1; shift
    : > "$work/$name-base"; : > "$work/$name-off"; : > "$work/$name-on"
    for _ in $(seq "$RUNS"); do
        "$base_bin" "$@" | value >> "$work/$name-base"
        "$head_bin" "$@" | value >> "$work/$name-off"
        SITEGEN_THREAD_TRACE="$work/trace.txt" "$head_bin" "$@" | value >> "$work/$name-on"
    done
    for statistic in median best; do
        local base off on
        base=$($statistic < "$work/$name-base"); off=$($statistic < "$work/$name-off"); on=$($statistic < "$work/$name-on")
        awk -v s="$statistic" -v b="$base" -v f="$off" -v o="$on" \
            'BEGIN { printf "  %-6s base %9d   off %9d   on %9d   off/base %.3f   on/off %.3f\n", s, b, f, o, f / b, o / f }'
    done
    if [ -n "${SHOW_RUNS:-}" ]; then paste "$work/$name-base" "$work/$name-off" "$work/$name-on"; fi
}
echo "base: $BASE (no recording code); off/on: HEAD with SITEGEN_THREAD_TRACE unset/set; $RUNS alternating runs each"
echo "== submit $SUBMIT_N trivial tasks, then collect (2 workers), tasks/s =="
measure submit submit "$SUBMIT_N"
echo "== $LOCK_N uncontended Lock.with + Semaphore.with on one thread, pairs/s =="
measure lock lock "$LOCK_N"

# Wall-clock figures move by tens of percent on a busy machine; instructions executed do not.
if command -v valgrind >/dev/null; then
    instructions() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; }
    echo "== instructions executed (valgrind callgrind; submit: median of 3 runs, threads serialized) =="
    for mode in "lock 200000" "submit 20000"; do
        : > "$work/i-base"; : > "$work/i-off"; : > "$work/i-on"
        for _ in 1 2 3; do
            # shellcheck disable=SC2086
            instructions "$base_bin" $mode >> "$work/i-base"
            # shellcheck disable=SC2086
            instructions "$head_bin" $mode >> "$work/i-off"
            # shellcheck disable=SC2086
            SITEGEN_THREAD_TRACE="$work/trace.txt" instructions "$head_bin" $mode >> "$work/i-on"
        done
        awk -v m="$mode" -v b="$(median < "$work/i-base")" -v f="$(median < "$work/i-off")" -v o="$(median < "$work/i-on")" \
            'BEGIN { printf "  %-13s base %11d   off %11d   on %11d   off/base %.4f   on/off %.2f\n", m, b, f, o, f / b, o / f }'
    done
fi
