/// A re-entrant lock (Python's `threading.RLock`): the thread holding it may acquire it again, and
/// must release it as many times. Only the holder may release it.
///
///     let lock = RLock()
///     lock.with { lock.with { print("dos niveles") } }
public final class RLock: Acquirable, @unchecked Sendable {
    private let mutex = SystemMutex()
    private let unlocked = SystemCondition()
    private var owner: UInt?
    private var depth = 0
    /// How the trace names it: `RLock`, or `Condition` for a condition's own lock.
    private let traceSubject: TraceSubject

    /// Creates an unlocked re-entrant lock.
    public init() { traceSubject = .rlock }

    /// A re-entrant lock the trace names `subject`.
    init(tracedAs subject: TraceSubject) { traceSubject = subject }

    /// Takes the lock (again, if the calling thread holds it). `blocking: false` returns at once;
    /// `timeout` (seconds) bounds the wait. Returns whether the lock was taken.
    @discardableResult
    public func acquire(blocking: Bool = true, timeout: TimeInterval? = nil) -> Bool {
        let me = ThreadStarter.currentIdent
        let deadline = acquireDeadline(blocking: blocking, timeout: timeout)
        var blocking = TracedBlocking(traceSubject)
        var firstLevel = false
        let acquired: Bool = mutex.withLock {
            if owner == me {
                depth += 1
                return true
            }
            while owner != nil {
                blocking.begin()
                if !unlocked.wait(mutex, until: deadline) && owner != nil { return false }
            }
            owner = me
            depth = 1
            firstLevel = true
            return true
        }
        blocking.end(timedOut: !acquired)
        if _slowPath(tracingMayBeOn), firstLevel { TracePoint.mark("acquire", traceSubject) }
        return acquired
    }

    /// Releases one level; a thread that does not hold the lock may not release it
    /// ("cannot release un-acquired lock").
    public func release() {
        let released: Bool = mutex.withLock {
            if owner != ThreadStarter.currentIdent { programmerError("cannot release un-acquired lock") }
            depth -= 1
            if depth == 0 {
                owner = nil
                unlocked.signal()
            }
            return depth == 0
        }
        if _slowPath(tracingMayBeOn), released { TracePoint.mark("release", traceSubject) }
    }

    /// Whether the calling thread holds the lock.
    var isOwnedByCurrentThread: Bool { mutex.withLock { owner == ThreadStarter.currentIdent } }

    /// Releases every level at once, returning how many there were (for ``Condition/wait(timeout:)``).
    func releaseAll() -> Int {
        let levels: Int = mutex.withLock {
            if owner != ThreadStarter.currentIdent { programmerError("cannot release un-acquired lock") }
            let levels = depth
            owner = nil
            depth = 0
            unlocked.signal()
            return levels
        }
        if _slowPath(tracingMayBeOn) { TracePoint.mark("release", traceSubject) }
        return levels
    }

    /// Re-acquires `levels` levels after ``releaseAll()``.
    func acquireRestoring(levels: Int) {
        acquire()
        mutex.withLock { depth = levels }
    }
}
