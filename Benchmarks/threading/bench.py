"""CPython baseline for Benchmarks/threading/run.sh (same workloads as the Swift benchmark).

    python3 bench.py submit N   submit N trivial tasks to 2 workers, then collect every result
    python3 bench.py map N      executor.map over N tasks returning 1 KiB (3.11 keeps every future)
"""
import sys
import time
from concurrent.futures import ThreadPoolExecutor


def identity(value):
    return value


def kibibyte(seed):
    return bytes([seed % 256]) * 1024


def peak_resident_mib():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return -1


def benchmark_submit(count):
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(identity, i) for i in range(count)]
        checksum = sum(f.result() for f in futures)
    elapsed = time.perf_counter() - start
    assert checksum == count * (count - 1) // 2
    print(f"python_submit_tasks_per_s={int(count / elapsed)} seconds={elapsed:.3f}")


def benchmark_map(count):
    start = time.perf_counter()
    total = 0
    with ThreadPoolExecutor(max_workers=2) as executor:
        for chunk in executor.map(kibibyte, range(count)):
            total += len(chunk)
    elapsed = time.perf_counter() - start
    assert total == count * 1024
    print(f"python_map_peak_mib={peak_resident_mib():.1f} seconds={elapsed:.3f} tasks_per_s={int(count / elapsed)}")


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "submit"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    {"submit": benchmark_submit, "map": benchmark_map}[mode](n)
