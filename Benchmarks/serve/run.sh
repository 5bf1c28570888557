#!/usr/bin/env bash
# The `sitegen serve` benchmark of issue 7, all in one run (release build, loopback only):
#  1. edit-to-reload latency (write a Markdown file -> SSE `reload` received) for one page of the
#     course and one page of the 1,000-page corpus (targets: <= 100 ms and <= 300 ms);
#  2. throughput with `wrk -t2 -c64 -d10s` on a page and on a stylesheet, against nginx serving
#     the same site folder on another port (issue 14: 64 connections held for 10 s with zero
#     errors; throughput reported, >= 0.2x nginx is plenty).
#
# usage: Benchmarks/serve/run.sh [RUNS] [PAGES]   (latency samples per site, default 20; corpus size, default 1000)
#        SITEGEN=path/to/sitegen skips the release build (to try the script itself).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-20}
pages=${2:-1000}
repo=$(pwd)
out=$repo/Benchmarks/out/serve
work=$(mktemp -d /tmp/sitegen-serve-bench.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -INT "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
chmod 755 "$work"   # nginx workers (user nobody) read the site from here
mkdir -p "$out"
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
for tool in wrk nginx python3; do command -v $tool >/dev/null || { echo "serve benchmark: needs $tool" >&2; exit 1; }; done
if [ -z "${SITEGEN:-}" ]; then
    swift build -c release --product sitegen >/dev/null
    sitegen=$(swift build -c release --show-bin-path)/sitegen
else
    sitegen=$(cd "$(dirname "$SITEGEN")" && pwd)/$(basename "$SITEGEN")
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Starts `sitegen serve` in project $1 on a free port; sets $port once it listens.
serve() {
    port=$(free_port)
    : >"$out/serve-$(basename "$1").log"   # empty now: a previous run's ready line must not count
    (cd "$1" && exec "$sitegen" serve --port "$port") >"$out/serve-$(basename "$1").log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 600); do
        grep -qE "(sirviendo|serving) http" "$out/serve-$(basename "$1").log" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "serve benchmark: sitegen serve did not start in $1" >&2; cat "$out/serve-$(basename "$1").log" >&2; exit 1
}

echo "== edit-to-reload latency ($runs samples each)"
course=$work/course
mkdir -p "$course"
cp -r content templates sitegen.yml "$course"/
mkdir -p "$course/Sources" && cp -r Sources/Threading "$course/Sources/"
serve "$course"
course_port=$port
printf 'course (content/concurrencia/hilos.md): '
python3 Benchmarks/serve/reload_latency.py "$course_port" "$course/content/concurrencia/hilos.md" "$runs" | tee "$out/latency-course.txt" | tail -1

corpus=$work/corpus
python3 Benchmarks/build/generate_corpus.py "$corpus" "$pages" >/dev/null   # the build benchmark's corpus
serve "$corpus"
corpus_port=$port
page=$(cd "$corpus" && find docs -name '*.md' | sort | sed -n "$((pages / 2))p")
printf 'corpus (%s pages, %s): ' "$pages" "$page"
python3 Benchmarks/serve/reload_latency.py "$corpus_port" "$corpus/$page" "$runs" | tee "$out/latency-corpus.txt" | tail -1

echo "== throughput: wrk -t2 -c64 -d10s, sitegen serve vs nginx on the same folder"
nginx_port=$(free_port)
mkdir -p "$work/nginx/logs"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    sendfile on;
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$nginx_port;
        root $course/site;
        index index.html;
        error_page 404 /404.html;
    }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" &
pids+=($!)
sleep 0.5
css=$(cd "$course/site" && find . -name '*.css' | sort | head -1 | sed 's|^\./||')
ratio_report() { python3 - "$@" <<'PY'
import re, sys
def parse(path):
    text = open(path).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    errors = 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if m: errors += sum(map(int, m.groups()))
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    if m: errors += int(m.group(1))
    return rps, errors
label, ours, theirs = sys.argv[1], parse(sys.argv[2]), parse(sys.argv[3])
print(f"{label}: sitegen {ours[0]:,.0f} req/s ({ours[1]} errors), nginx {theirs[0]:,.0f} req/s ({theirs[1]} errors), "
      f"ratio {ours[0] / theirs[0]:.2f}x (target >= 0.2x, zero errors)")
PY
}
for target in "concurrencia/hilos/" "$css"; do
    name=$(echo "${target:-index}" | tr '/.' '__')
    wrk -t2 -c64 -d10s "http://127.0.0.1:$course_port/$target" >"$out/wrk-sitegen-$name.txt"
    wrk -t2 -c64 -d10s "http://127.0.0.1:$nginx_port/$target" >"$out/wrk-nginx-$name.txt"
    ratio_report "/$target" "$out/wrk-sitegen-$name.txt" "$out/wrk-nginx-$name.txt"
done
