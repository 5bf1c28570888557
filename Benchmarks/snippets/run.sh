#!/usr/bin/env bash
# verify-snippets benchmark (release build; run from anywhere):
#   1. 40 snippets over 8 pages: cold `verify-snippets --no-cache` vs compiling and running each snippet
#      on its own with swiftc (sequentially, and 2 at a time), in the same run. Target: >= 3x faster.
#   2. the same 40, nothing changed, cache on. Target: < 1 s.
#   3. 200 snippets cold vs one merged swiftc compile of all 200. Target: < 1.5x.
# Benchmarks/snippets/run.sh python: the Python mode instead:
#   1. 40 Python snippets over 8 pages: cold `verify-snippets --no-cache` vs running each with `python3`
#      one by one (as a shell would: through PATH, which may be a pyenv shim), and with the real interpreter.
#   2. the same 40, nothing changed, cache on. Target: < 1 s.
set -euo pipefail
mode=${1:-swift}
cd "$(dirname "$0")/../.."
root=$PWD
command -v swiftc >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
# SITEGEN=path/to/sitegen skips the release build (the runner's own CPU time is small next to swiftc's).
if [ -z "${SITEGEN:-}" ]; then
    scratch=${SCRATCH:-.build}   # SCRATCH=.build-release keeps a debug build in .build usable meanwhile
    swift build -c release --product sitegen --scratch-path "$scratch" >/dev/null
    SITEGEN=$root/$scratch/release/sitegen
fi
sitegen=$SITEGEN
out=$root/Benchmarks/out/snippets
rm -rf "$out"
mkdir -p "$out"
now() { date +%s.%N; }
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }

# extract LANGUAGE CONTENT_DIR OUT_DIR NAME: each LANGUAGE fence of the pages as OUT_DIR/<n>/NAME, n from 1.
extract() {
    python3 - "$@" <<'PY'
import os, re, sys
language, src, dst, file_name = sys.argv[1:5]
n = 0
for name in sorted(os.listdir(src)):
    for code in re.findall(rf"```{language}\n(.*?)\n```", open(os.path.join(src, name)).read(), re.S):
        n += 1
        os.makedirs(f"{dst}/{n}", exist_ok=True)
        open(f"{dst}/{n}/{file_name}", "w").write(code + "\n")
PY
}

if [ "$mode" = python ]; then
    python3 Benchmarks/snippets/make-corpus.py "$out/py" 8 5 python >/dev/null
    extract python "$out/py/content" "$out/py-alone" main.py
    real=$(python3 -c 'import sys; print(sys.executable)')
    cd "$out/py"
    t0=$(now); "$sitegen" verify-snippets --no-cache >"$out/py-cold.txt"; t1=$(now)
    cold=$(python3 -c "print($t1 - $t0)")
    t0=$(now); for f in "$out"/py-alone/*/main.py; do python3 "$f" </dev/null >/dev/null; done; t1=$(now)
    alone=$(python3 -c "print($t1 - $t0)")
    t0=$(now); for f in "$out"/py-alone/*/main.py; do "$real" "$f" </dev/null >/dev/null; done; t1=$(now)
    alone_real=$(python3 -c "print($t1 - $t0)")
    t0=$(now); "$sitegen" verify-snippets >"$out/py-warm.txt"; t1=$(now)
    warm=$(python3 -c "print($t1 - $t0)")
    echo "40 Python snippets / 8 pages ($("$real" --version)): $(tail -1 "$out/py-cold.txt")"
    echo "  cold verify-snippets --no-cache:           ${cold} s"
    echo "  each with python3 one by one ($(command -v python3)): ${alone} s  -> $(ratio "$alone" "$cold")x"
    echo "  each with $real one by one: ${alone_real} s  -> $(ratio "$alone_real" "$cold")x"
    echo "  warm re-run (cache):                       ${warm} s  (target < 1 s); $(tail -1 "$out/py-warm.txt")"
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    exit 0
fi

python3 Benchmarks/snippets/make-corpus.py "$out/small" 8 5 >/dev/null
python3 Benchmarks/snippets/make-corpus.py "$out/large" 8 25 >/dev/null

# Each snippet on its own: extract the swift blocks, one swiftc compile + run each.
extract swift "$out/small/content" "$out/alone" main.swift
alone_one() { swiftc -swift-version 6 -suppress-warnings -Onone "$1/main.swift" -o "$1/main" && "$1/main" </dev/null >/dev/null; }
export -f alone_one

cd "$out/small"
t0=$(now); "$sitegen" verify-snippets --no-cache >"$out/cold.txt"; t1=$(now)
cold=$(python3 -c "print($t1 - $t0)")
t0=$(now); for d in "$out"/alone/*/; do alone_one "$d"; done; t1=$(now)
alone=$(python3 -c "print($t1 - $t0)")
t0=$(now); ls -d "$out"/alone/*/ | xargs -P 2 -I{} bash -c 'alone_one {}'; t1=$(now)
alone2=$(python3 -c "print($t1 - $t0)")
t0=$(now); "$sitegen" verify-snippets >"$out/warm.txt"; t1=$(now)
warm=$(python3 -c "print($t1 - $t0)")

cd "$out/large"
t0=$(now); SITEGEN_KEEP_WORK=1 "$sitegen" verify-snippets --no-cache >"$out/large.txt"; t1=$(now)
large=$(python3 -c "print($t1 - $t0)")
# The baseline: the namespaced sources of all 200 (the run may compile them in several parts:
# merged-<part>-1/) with one dispatcher for all, compiled by one swiftc, as one merged build would be.
work=$(ls -d .sitegen-cache/snippets/work-* | head -1)
merged=$out/merged-all-sources
mkdir -p "$merged"
cp "$work"/merged-*-1/Snippet_*.swift "$merged"/
{
    head -2 "$(ls "$work"/merged-*-1/main.swift | head -1)"
    grep -h '^case ' "$work"/merged-*-1/main.swift
    tail -2 "$(ls "$work"/merged-*-1/main.swift | head -1)"
} >"$merged/main.swift"
t0=$(now)
swiftc -swift-version 6 -diagnostic-style llvm -suppress-warnings -Onone -module-name MergedSnippets -wmo -num-threads 2 \
    "$merged"/*.swift -o "$out/merged-all"
t1=$(now)
one_compile=$(python3 -c "print($t1 - $t0)")
rm -rf .sitegen-cache/snippets/work-*

echo "40 snippets / 8 pages: $(tail -1 "$out/cold.txt")"
echo "  cold verify-snippets --no-cache:          ${cold} s"
echo "  each on its own, sequential (swiftc+run): ${alone} s  -> $(ratio "$alone" "$cold")x faster (target >= 3x)"
echo "  each on its own, 2 at a time:             ${alone2} s  -> $(ratio "$alone2" "$cold")x faster"
echo "  warm re-run (cache):                      ${warm} s  (target < 1 s)"
echo "200 snippets / 8 pages: $(tail -1 "$out/large.txt")"
echo "  cold verify-snippets --no-cache:          ${large} s"
echo "  one merged swiftc compile of all 200:     ${one_compile} s  -> ratio $(ratio "$large" "$one_compile") (target < 1.5)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
