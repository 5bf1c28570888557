#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A one-byte lock for tiny critical sections (a future's state): spins briefly, then yields the
/// processor while another thread holds it.
///
/// Internal. Measured here, `Synchronization.Mutex` costs ~0.5 µs per lock/unlock and a pthread
/// mutex needs its own allocation, both too much for one future per task.
struct SpinLock: ~Copyable, @unchecked Sendable {
    private let held = Atomic<Bool>(false)

    init() {}

    func lock() {
        var attempts = 0
        while !held.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged {
            attempts += 1
            if attempts > 32 { sched_yield() }
            while held.load(ordering: .relaxed) {
                attempts += 1
                if attempts > 32 { sched_yield() }
            }
        }
    }

    func unlock() { held.store(false, ordering: .releasing) }

    @inline(__always)
    func withLock<R>(_ body: () throws -> R) rethrows -> R {
        lock()
        defer { unlock() }
        return try body()
    }
}
