import Synchronization
import Threading

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
