#!/usr/bin/env bash
# The corpus benchmark of issue 2: 1,000 seed-like pages built by `sitegen build` (release) and by
# Hugo on the same Markdown in the same run; prints times, the ratio and output sizes.
#
# usage: Benchmarks/build/run.sh [PAGES] [RUNS]
#        Benchmarks/build/run.sh scale [RUNS] [--100k]   # issue 13: 1,000 vs 10,000 pages (and 100,000)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${1:-}" = scale ]; then
    shift
    exec Benchmarks/build/scale.sh "$@"
fi
pages=${1:-1000}
runs=${2:-5}
corpus=Benchmarks/corpus/build
out=Benchmarks/out/build
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
swift build -c release --product sitegen >/dev/null
sitegen=$(swift build -c release --show-bin-path)/sitegen
python3 Benchmarks/build/generate_corpus.py "$corpus" "$pages"
mkdir -p "$out"
abs_out=$(cd "$out" && pwd)
hyperfine --warmup 1 --runs "$runs" --export-json "$out/times.json" \
    -n sitegen "cd $corpus && $sitegen build --quiet --site-dir $abs_out/sitegen-site" \
    -n hugo "hugo --quiet -s $corpus/hugo -d $abs_out/hugo-site"
python3 - "$out" <<'PY'
import json, os, sys
out = sys.argv[1]
times = {r["command"]: r for r in json.load(open(os.path.join(out, "times.json")))["results"]}
def size(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)
s, h = times["sitegen"], times["hugo"]
print(f"wall: sitegen {s['mean']:.3f} s ± {s['stddev']:.3f}   hugo {h['mean']:.3f} s ± {h['stddev']:.3f}")
print(f"cpu (user+sys): sitegen {s['user'] + s['system']:.3f} s   hugo {h['user'] + h['system']:.3f} s")
print(f"ratio (wall): sitegen is {h['mean'] / s['mean']:.1f}x faster than Hugo (target: >= 7x)")
print(f"ratio (cpu): {(h['user'] + h['system']) / (s['user'] + s['system']):.1f}x")
print(f"output: sitegen {size(os.path.join(out, 'sitegen-site')) / 1e6:.1f} MB, hugo {size(os.path.join(out, 'hugo-site')) / 1e6:.1f} MB")
PY
