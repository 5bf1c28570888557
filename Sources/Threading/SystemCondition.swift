#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A pthread condition variable whose timed waits use the monotonic clock.
///
/// Internal: always used with the ``SystemMutex`` it guards, in a `while !predicate { wait }` loop
/// (wake-ups may be spurious).
final class SystemCondition: @unchecked Sendable {
    private let pointer: UnsafeMutablePointer<pthread_cond_t>
    /// Threads blocked in `wait` right now; read and written with the guarded mutex held. Tests read
    /// it to know, by state rather than by a delay, that a thread is waiting.
    private(set) var waiting = 0

    init() {
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: pthread_cond_t())
        #if os(Linux)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        let status = pthread_cond_init(pointer, &attributes)
        pthread_condattr_destroy(&attributes)
        #else
        let status = pthread_cond_init(pointer, nil)
        #endif
        precondition(status == 0, "pthread_cond_init failed: \(status)")
    }

    deinit {
        pthread_cond_destroy(pointer)
        pointer.deinitialize(count: 1)
        pointer.deallocate()
    }

    /// Blocks until signalled; `mutex` must be held and is held again on return.
    func wait(_ mutex: SystemMutex) {
        waiting += 1
        defer { waiting -= 1 }
        pthread_cond_wait(pointer, mutex.pointer)
    }

    /// Blocks until signalled or until `deadline` (`nil`: no limit).
    /// Returns `false` when the deadline passed; the caller re-checks its predicate either way.
    @discardableResult
    func wait(_ mutex: SystemMutex, until deadline: Deadline?) -> Bool {
        guard let deadline else {
            wait(mutex)
            return true
        }
        if deadline.hasPassed { return false }
        waiting += 1
        defer { waiting -= 1 }
        #if os(Linux)
        var spec = deadline.timespecValue
        return pthread_cond_timedwait(pointer, mutex.pointer, &spec) != ETIMEDOUT
        #else
        let remaining = deadline.remaining
        var spec = timespec(tv_sec: Int(remaining), tv_nsec: Int((remaining - remaining.rounded(.down)) * 1e9))
        return pthread_cond_timedwait_relative_np(pointer, mutex.pointer, &spec) != ETIMEDOUT
        #endif
    }

    /// Wakes one waiter.
    func signal() { pthread_cond_signal(pointer) }

    /// Wakes every waiter.
    func broadcast() { pthread_cond_broadcast(pointer) }
}
