#!/usr/bin/env bash
# The cost of the thread trace (issue 15), measured in one run: the submit benchmark built from a
# commit without recording code (BASE, default: the parent of the commit that added it) next to
# the same benchmark from HEAD with recording off, and with it on (SITEGEN_THREAD_TRACE set).
#
#   Benchmarks/threading/recording.sh                 # 100,000 submits, best of 15 alternating runs each
#   BASE=45ad0e7 SUBMIT_N=200000 RUNS=21 SHOW_RUNS=1 Benchmarks/threading/recording.sh   # and every run's figure
#
# Each side is built alone (Threading + the benchmark, release) from `git archive`, so both get
# the same flags. Reports the median and the best tasks/s of each, and HEAD off / BASE and HEAD on / HEAD off.
# The submit benchmark is noisy on a loaded machine (the collector racing the workers): read the median.
set -euo pipefail
cd "$(dirname "$0")/../.."

SUBMIT_N=${SUBMIT_N:-100000}
RUNS=${RUNS:-15}
BASE=${BASE:-$(git log --format=%h -1 --grep='^Threading: thread trace recording')~1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build() {  # build COMMIT DIR
    mkdir -p "$2"
    git archive "$1" Sources/Threading Benchmarks/threading | tar -x -C "$2"
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
value() { sed -n "s/.*swift_submit_tasks_per_s=\([0-9]*\).*/\1/p"; }
best() { sort -g | tail -1; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

: > "$work/base.txt"; : > "$work/off.txt"; : > "$work/on.txt"
for _ in $(seq "$RUNS"); do   # alternate, so background load hits all three alike
    "$base_bin" submit "$SUBMIT_N" | value >> "$work/base.txt"
    "$head_bin" submit "$SUBMIT_N" | value >> "$work/off.txt"
    SITEGEN_THREAD_TRACE="$work/trace.txt" "$head_bin" submit "$SUBMIT_N" | value >> "$work/on.txt"
done
echo "== submit $SUBMIT_N trivial tasks, then collect (2 workers, $RUNS alternating runs each; tasks/s) =="
for statistic in median best; do
    base=$($statistic < "$work/base.txt"); off=$($statistic < "$work/off.txt"); on=$($statistic < "$work/on.txt")
    echo "$statistic: base $BASE (no recording code) $base, HEAD recording off $off, HEAD recording on $on"
    awk -v s="$statistic" -v b="$base" -v f="$off" -v o="$on" \
        'BEGIN { printf "%s: off / base %.3f, on / off %.3f\n", s, f / b, o / f }'
done
if [ -n "${SHOW_RUNS:-}" ]; then paste "$work/base.txt" "$work/off.txt" "$work/on.txt"; fi
