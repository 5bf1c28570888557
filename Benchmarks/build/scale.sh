#!/usr/bin/env bash
# Scaling benchmark (issue 13): the same release binary builds the corpus at 1,000 and 10,000 pages
# (and 100,000 with --100k), runs interleaved side by side; reports the median wall time, peak RSS
# (/usr/bin/time -v), bytes written per page (all of site/, and the HTML pages alone), the largest
# search file, the 10k/1k time ratio (target <= 11), and search latency in headless Chromium on
# the largest site. The load average is printed before and after: compare runs on a quiet machine.
#
# usage: Benchmarks/build/scale.sh [RUNS] [--100k]     (or Benchmarks/build/run.sh scale …)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=3
sizes="1000 10000"
for arg in "$@"; do
    case "$arg" in
        --100k) sizes="$sizes 100000" ;;
        *) runs=$arg ;;
    esac
done
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
swift build -c release --product sitegen >/dev/null
sitegen=$(swift build -c release --show-bin-path)/sitegen
out=Benchmarks/out/scale
mkdir -p "$out"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)   ($(nproc) cores)"
for pages in $sizes; do
    python3 Benchmarks/build/generate_corpus.py "Benchmarks/corpus/scale-$pages" "$pages"
    # A first build fills .site.recycle/, as a user rebuilding has it.
    (cd "Benchmarks/corpus/scale-$pages" && "$sitegen" build --quiet --site-dir "$(pwd)/site")
done
: > "$out/times.tsv"
for run in $(seq "$runs"); do
    for pages in $sizes; do
        [ "$pages" = 100000 ] && [ "$run" -gt 1 ] && continue   # once is enough (minutes)
        dir="Benchmarks/corpus/scale-$pages"
        /usr/bin/time -v -o "$out/time-$pages-$run.txt" \
            sh -c "cd $dir && $sitegen build --quiet --site-dir \$(pwd)/site"
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out/time-$pages-$run.txt")
        rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time-$pages-$run.txt")
        printf '%s\t%s\t%s\t%s\n' "$pages" "$run" "$wall" "$rss" >> "$out/times.tsv"
    done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$out/times.tsv" $sizes <<'PY'
import os, statistics, sys
rows = [line.split("\t") for line in open(sys.argv[1]).read().split("\n") if line]
def seconds(text):
    parts = [float(p) for p in text.split(":")]
    return sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
medians = {}
for pages in sys.argv[2:]:
    mine = [r for r in rows if r[0] == pages]
    wall = statistics.median(seconds(r[2]) for r in mine)
    rss = max(int(r[3]) for r in mine) / 1024
    medians[pages] = wall
    site = f"Benchmarks/corpus/scale-{pages}/site"
    total = html = 0
    largest = ("", 0)
    for folder, _, files in os.walk(site):
        for name in files:
            path = os.path.join(folder, name)
            size = os.path.getsize(path)
            total += size
            if name.endswith(".html"):
                html += size
            if "/assets/search/" in path and size > largest[1]:
                largest = (os.path.relpath(path, site), size)
    n = int(pages)
    print(f"{n:>7} pages: {wall:7.2f} s (median of {len(mine)}), peak RSS {rss:7.0f} MB, "
          f"{total / n / 1024:6.1f} KB/page written ({html / n / 1024:.1f} KB/page HTML), "
          f"site {total / 1e6:.0f} MB, largest search file {largest[0]} {largest[1] / 1e6:.2f} MB")
if "1000" in medians and "10000" in medians:
    print(f"10k / 1k time: {medians['10000'] / medians['1000']:.1f}x (target <= 11x)")
PY
biggest=$(echo $sizes | tr ' ' '\n' | tail -1)
python3 Benchmarks/build/search_latency.py "Benchmarks/corpus/scale-$biggest/site" hilos semaforos ejecucion || true
