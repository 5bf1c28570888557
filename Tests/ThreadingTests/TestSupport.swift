import Synchronization
@testable import Threading
#if canImport(Glibc)
import Glibc
#endif

/// Tracks how many threads are inside a region at once, and the most ever seen.
final class ConcurrencyGauge: Sendable {
    private let counts = Mutex((current: 0, peak: 0))

    func enter() {
        counts.withLock {
            $0.current += 1
            $0.peak = max($0.peak, $0.current)
        }
    }

    func leave() { counts.withLock { $0.current -= 1 } }

    var peak: Int { counts.withLock { $0.peak } }
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
