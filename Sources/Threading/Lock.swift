/// A mutual-exclusion lock (Python's `threading.Lock`): one holder at a time. Any thread may
/// release it, like in Python. Prefer ``Acquirable/with(_:)`` so it is always released.
///
///     let lock = Lock()
///     lock.with { saldo += 10 }
public final class Lock: Acquirable, @unchecked Sendable {
    private let mutex = SystemMutex()
    private let unlocked = SystemCondition()
    private var held = false
    /// Whether the trace records it (not a ``Condition``'s private waiter locks).
    private let traced: Bool

    /// Creates an unlocked lock.
    public init() { traced = true }

    /// A lock the trace records, or leaves out (`traced: false`).
    init(traced: Bool) { self.traced = traced }

    /// Whether some thread holds the lock now (Python's `locked()`).
    public var isLocked: Bool { mutex.withLock { held } }

    /// Takes the lock, waiting while another holder has it. `blocking: false` returns at once;
    /// `timeout` (seconds) bounds the wait. Returns whether the lock was taken.
    ///
    ///     if lock.acquire(timeout: 1) { defer { lock.release() }; … }
    @discardableResult
    public func acquire(blocking: Bool = true, timeout: TimeInterval? = nil) -> Bool {
        let deadline = acquireDeadline(blocking: blocking, timeout: timeout)
        let acquired: Bool = mutex.withLock {
            if held { return takeAfterWaiting(until: deadline) }
            held = true
            return true
        }
        if _slowPath(tracingMayBeOn), acquired, traced { TracePoint.mark("acquire", .lock) }
        return acquired
    }

    /// With the mutex held and the lock taken by someone: waits until it is free, then takes it;
    /// `false` if the deadline passed first. Apart, so the uncontended path stays as short as it was.
    @inline(never)
    private func takeAfterWaiting(until deadline: Deadline?) -> Bool {
        var blocking = TracedBlocking(.lock)
        while held {
            if traced { blocking.begin() }
            if !unlocked.wait(mutex, until: deadline) && held {
                blocking.end(timedOut: true)
                return false
            }
        }
        blocking.end()
        held = true
        return true
    }

    /// Releases the lock; releasing an unlocked lock is a programmer error ("release unlocked lock").
    public func release() {
        mutex.withLock {
            if !held { programmerError("release unlocked lock") }
            held = false
            unlocked.signal()
        }
        if _slowPath(tracingMayBeOn), traced { TracePoint.mark("release", .lock) }
    }
}
