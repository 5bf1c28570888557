/// A counter of permits (Python's `threading.Semaphore`): ``acquire()`` takes one, waiting while
/// none is left; ``release(_:)`` gives permits back. Use it to limit how many threads do something
/// at once.
///
///     let semaphore = Semaphore(2)          // at most two downloads at a time
///     semaphore.with { descargar(url) }
public class Semaphore: Acquirable, @unchecked Sendable {
    let mutex = SystemMutex()
    let permitAvailable = SystemCondition()
    /// Permits currently available.
    private(set) var value: Int

    /// Creates a semaphore with `value` permits (Python's default is 1); a negative value is a
    /// programmer error.
    public init(_ value: Int = 1) {
        if value < 0 { programmerError("semaphore initial value must be >= 0") }
        self.value = value
    }

    /// Takes a permit, waiting while there is none. `blocking: false` returns at once;
    /// `timeout` (seconds) bounds the wait. Returns whether a permit was taken.
    ///
    ///     if semaphore.acquire(blocking: false) { … }
    @discardableResult
    public func acquire(blocking: Bool = true, timeout: TimeInterval? = nil) -> Bool {
        let deadline = acquireDeadline(blocking: blocking, timeout: timeout)
        var blocking = TracedBlocking(traceSubject)
        let acquired: Bool = mutex.withLock {
            while value == 0 {
                blocking.begin()
                if !permitAvailable.wait(mutex, until: deadline) && value == 0 { return false }
            }
            value -= 1
            return true
        }
        blocking.end(timedOut: !acquired)
        if _slowPath(tracingMayBeOn), acquired { TracePoint.mark("acquire", traceSubject) }
        return acquired
    }

    /// Gives one permit back, waking a waiting thread.
    ///
    ///     semaphore.release()
    public func release() { release(1) }

    /// Gives `n` permits back, waking up to `n` waiting threads. `n` must be one or more.
    ///
    ///     semaphore.release(3)
    public func release(_ n: Int) {
        if n < 1 { programmerError("n must be one or more") }
        mutex.withLock {
            checkRelease(adding: n)
            value += n
            for _ in 0..<n { permitAvailable.signal() }
        }
        if _slowPath(tracingMayBeOn) { TracePoint.mark("release", traceSubject, n == 1 ? "" : String(n)) }
    }

    /// Hook for ``BoundedSemaphore``; called with the mutex held before permits are added.
    func checkRelease(adding n: Int) {}

    /// How the trace names it (stored: read on every acquire, where a virtual call would cost more).
    var traceSubject = TraceSubject.semaphore
}

/// A ``Semaphore`` that refuses to hold more permits than it started with (Python's
/// `threading.BoundedSemaphore`): releasing too often is a programmer error that stops the program
/// with "Semaphore released too many times", catching unbalanced acquire/release pairs early.
///
///     let semaphore = BoundedSemaphore(2)
///     semaphore.with { trabajar() }
public final class BoundedSemaphore: Semaphore, @unchecked Sendable {
    /// The number of permits the semaphore started with, its ceiling.
    public let initialValue: Int

    /// Creates a bounded semaphore with `value` permits, also its maximum.
    public override init(_ value: Int = 1) {
        initialValue = value
        super.init(value)
        traceSubject = .boundedSemaphore
    }

    override func checkRelease(adding n: Int) {
        if value + n > initialValue { programmerError("Semaphore released too many times") }
    }
}
