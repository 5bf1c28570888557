#!/usr/bin/env python3
"""Edit-to-reload latency of `sitegen serve`: time from writing a Markdown file to receiving the
server's SSE `reload` event, as a browser page would.

usage: reload_latency.py PORT FILE [RUNS]

Each run rewrites FILE with a different paragraph appended (a real edit the builder must
re-render), then waits for the next `reload` (a `failed` event aborts). Prints every sample and
the median / p90 / max in milliseconds.
"""
import socket
import statistics
import sys
import time


def connect(port):
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.sendall(b"GET /__sitegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
    return sock


def next_event(sock, pending):
    """Returns (name, data, pending) for the next event with data, reading from sock as needed."""
    while True:
        while b"\n\n" in pending:
            block, pending = pending.split(b"\n\n", 1)
            name, data = None, None
            for line in block.split(b"\n"):
                if line.startswith(b"event: "):
                    name = line[7:].decode()
                elif line.startswith(b"data: "):
                    data = line[6:].decode()
            if name and data is not None:
                return name, data, pending
        chunk = sock.recv(65536)
        if not chunk:
            raise SystemExit("event stream closed")
        pending += chunk.replace(b"\r\n", b"\n")


def main():
    port, path = int(sys.argv[1]), sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    original = open(path, encoding="utf-8").read()
    sock = connect(port)
    name, _, pending = next_event(sock, b"")
    assert name == "hello", name
    samples = []
    try:
        for run in range(runs):
            text = original + f"\n\nPárrafo de prueba número {run} para medir la recarga.\n"
            start = time.perf_counter()
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
            name, data, pending = next_event(sock, pending)
            elapsed = (time.perf_counter() - start) * 1000
            if name != "reload":
                raise SystemExit(f"expected reload, got {name}: {data}")
            samples.append(elapsed)
            time.sleep(0.3)
    finally:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(original)
    samples.sort()
    p90 = samples[min(len(samples) - 1, int(round(0.9 * (len(samples) - 1))))]
    print("samples_ms " + " ".join(f"{s:.1f}" for s in samples))
    print(f"median_ms {statistics.median(samples):.1f} p90_ms {p90:.1f} max_ms {samples[-1]:.1f}")


if __name__ == "__main__":
    main()
