// Benchmarks for the Threading library, run by Benchmarks/threading/run.sh next to CPython.
//
//   ThreadingBenchmarks submit N   submit N trivial tasks to 2 workers, then collect every result
//   ThreadingBenchmarks map N      map N tasks returning 1 KiB each with bufferSize 64
//   ThreadingBenchmarks gcd N      reference: N blocks on a concurrent DispatchQueue + DispatchGroup
//   ThreadingBenchmarks lock N     N uncontended Lock.with + Semaphore.with on one thread (the primitives' fast path)
//
// Each prints one `key=value` line: tasks per second and the peak resident memory (VmHWM).
import Dispatch
import Threading

@Sendable func identity(_ value: Int) -> Int { value }

@Sendable func kibibyte(_ seed: Int) -> [UInt8] { [UInt8](repeating: UInt8(truncatingIfNeeded: seed), count: 1024) }

/// Peak resident set size of this process in MiB, from /proc/self/status.
func peakResidentMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kib = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return -1 }
    return kib / 1024
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func benchmarkSubmit(_ count: Int) throws {
    var checksum = 0
    let elapsed = try seconds {
        try ThreadPoolExecutor.with(maxWorkers: 2) { executor in
            var futures: [Future<Int>] = []
            futures.reserveCapacity(count)
            for i in 0..<count { futures.append(executor.submit(identity, i)) }
            for future in futures { checksum &+= try future.result() }
        }
    }
    precondition(checksum == count * (count - 1) / 2, "wrong results")
    print("swift_submit_tasks_per_s=\(Int(Double(count) / elapsed)) seconds=\(elapsed)")
}

func benchmarkMap(_ count: Int) {
    var bytes = 0
    let elapsed = seconds {
        ThreadPoolExecutor.with(maxWorkers: 2) { executor in
            for chunk in executor.map(kibibyte, 0..<count, bufferSize: 64) { bytes += chunk.count }
        }
    }
    precondition(bytes == count * 1024, "wrong results")
    print("swift_map_peak_mib=\(peakResidentMiB()) seconds=\(elapsed) tasks_per_s=\(Int(Double(count) / elapsed))")
}

func benchmarkDispatch(_ count: Int) {
    let queue = DispatchQueue(label: "bench", attributes: .concurrent)
    let group = DispatchGroup()
    let results = UnsafeMutableBufferPointer<Int>.allocate(capacity: count)
    defer { results.deallocate() }
    nonisolated(unsafe) let shared = results
    let elapsed = seconds {
        for i in 0..<count { queue.async(group: group) { shared[i] = identity(i) } }
        group.wait()
    }
    print("gcd_tasks_per_s=\(Int(Double(count) / elapsed)) seconds=\(elapsed)")
}

func benchmarkLock(_ count: Int) {
    let lock = Lock()
    let semaphore = Semaphore(1)
    var total = 0
    let elapsed = seconds {
        for i in 0..<count {
            lock.with { total &+= i }
            semaphore.with { total &+= 1 }
        }
    }
    precondition(total == count * (count - 1) / 2 + count, "wrong results")
    print("lock_pairs_per_s=\(Int(Double(count) / elapsed)) seconds=\(elapsed)")
}

let arguments = CommandLine.arguments
let mode = arguments.count > 1 ? arguments[1] : "submit"
let count = arguments.count > 2 ? Int(arguments[2]) ?? 100_000 : 100_000
switch mode {
case "submit": try benchmarkSubmit(count)
case "map": benchmarkMap(count)
case "gcd": benchmarkDispatch(count)
case "lock": benchmarkLock(count)
default: print("usage: ThreadingBenchmarks submit|map|gcd|lock N")
}
