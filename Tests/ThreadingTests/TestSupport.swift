import Synchronization
@testable import Threading
#if canImport(Glibc)
import Glibc
#endif

/// Tracks how many threads are inside a region at once, and the most ever seen. Atomics, not a
/// `Mutex`: Thread Sanitizer cannot see Synchronization's `Mutex` on Linux (this target does not
/// get SiteGen's sanitizer-visible one) and would report the gauge itself as a race.
final class ConcurrencyGauge: Sendable {
    private let current = Atomic<Int>(0)
    private let highest = Atomic<Int>(0)

    func enter() {
        let now = current.add(1, ordering: .sequentiallyConsistent).newValue
        var seen = highest.load(ordering: .sequentiallyConsistent)
        while now > seen {
            let (exchanged, original) = highest.compareExchange(expected: seen, desired: now, ordering: .sequentiallyConsistent)
            if exchanged { break }
            seen = original
        }
    }

    func leave() { current.subtract(1, ordering: .sequentiallyConsistent) }

    var peak: Int { highest.load(ordering: .sequentiallyConsistent) }
}

/// Seconds taken by `body`, on the monotonic clock.
func secondsTaken(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// A thread error used by tests.
struct TaskFailure: Error, Equatable {
    var code = 1
}

/// Waits until `state` holds, looking every millisecond; `false` if it still does not after
/// `seconds`. The bound is generous: only a bug reaches it, the test relies on the state.
func waitUntil(seconds: Double = 10, _ state: () -> Bool) -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: .milliseconds(Int(seconds * 1000)))
    while !state() {
        if clock.now >= deadline { return false }
        usleep(1_000)
    }
    return true
}

/// Threads blocked on `condition`, read under the `mutex` it is used with.
func waiters(on condition: SystemCondition, guardedBy mutex: SystemMutex) -> Int {
    mutex.withLock { condition.waiting }
}
