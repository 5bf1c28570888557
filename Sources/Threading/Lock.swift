/// A mutual-exclusion lock (Python's `threading.Lock`): one holder at a time. Any thread may
/// release it, like in Python. Prefer ``Acquirable/with(_:)`` so it is always released.
///
///     let lock = Lock()
///     lock.with { saldo += 10 }
public final class Lock: Acquirable, @unchecked Sendable {
    private let mutex = SystemMutex()
    private let unlocked = SystemCondition()
    private var held = false
    /// How the trace names it (`nil`: not recorded, for a ``Condition``'s private waiter locks).
    private let traceSubject: TraceSubject?

    /// Creates an unlocked lock.
    public init() { traceSubject = .lock }

    /// A lock the trace names `subject`, or leaves out (`nil`).
    init(tracedAs subject: TraceSubject?) { traceSubject = subject }

    /// Whether some thread holds the lock now (Python's `locked()`).
    public var isLocked: Bool { mutex.withLock { held } }

    /// Takes the lock, waiting while another holder has it. `blocking: false` returns at once;
    /// `timeout` (seconds) bounds the wait. Returns whether the lock was taken.
    ///
    ///     if lock.acquire(timeout: 1) { defer { lock.release() }; … }
    @discardableResult
    public func acquire(blocking: Bool = true, timeout: TimeInterval? = nil) -> Bool {
        let deadline = acquireDeadline(blocking: blocking, timeout: timeout)
        var blocking = TracedBlocking(traceSubject ?? .lock)
        let acquired: Bool = mutex.withLock {
            while held {
                if traceSubject != nil { blocking.begin() }
                if !unlocked.wait(mutex, until: deadline) && held { return false }
            }
            held = true
            return true
        }
        blocking.end(timedOut: !acquired)
        if _slowPath(tracingMayBeOn), acquired, let traceSubject { TracePoint.mark("acquire", traceSubject) }
        return acquired
    }

    /// Releases the lock; releasing an unlocked lock is a programmer error ("release unlocked lock").
    public func release() {
        mutex.withLock {
            if !held { programmerError("release unlocked lock") }
            held = false
            unlocked.signal()
        }
        if _slowPath(tracingMayBeOn), let traceSubject { TracePoint.mark("release", traceSubject) }
    }
}
