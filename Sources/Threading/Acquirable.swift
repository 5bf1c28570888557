/// Something acquired and released around a piece of work: ``Lock``, ``RLock``, ``Semaphore``,
/// ``BoundedSemaphore``, ``Condition``. Gives them the `with` form, Swift's spelling of Python's
/// `with lock:` block.
///
///     let lock = Lock()
///     lock.with { contador += 1 }
public protocol Acquirable: AnyObject, Sendable {
    /// Acquires, waiting if needed; `blocking: false` returns at once, `timeout` (seconds)
    /// bounds the wait. Returns whether it was acquired.
    @discardableResult
    func acquire(blocking: Bool, timeout: TimeInterval?) -> Bool

    /// Releases what ``acquire(blocking:timeout:)`` took.
    func release()
}

extension Acquirable {
    /// Acquires, waiting as long as needed (Python's `acquire()`).
    ///
    ///     semaphore.acquire(); defer { semaphore.release() }
    @discardableResult
    public func acquire() -> Bool { acquire(blocking: true, timeout: nil) }

    /// Acquires within `timeout` seconds; returns `false` if that was not possible.
    ///
    ///     if lock.acquire(timeout: 0.5) { defer { lock.release() }; … }
    @discardableResult
    public func acquire(timeout: TimeInterval) -> Bool { acquire(blocking: true, timeout: timeout) }

    /// Runs `body` while holding this object and releases it however `body` exits
    /// (returning, throwing): Python's `with semaphore:`.
    ///
    ///     let total = try semaphore.with { try descargar(url) }
    public func with<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        acquire(blocking: true, timeout: nil)
        defer { release() }
        return try body()
    }
}

/// Python's rule for timed acquires: a non-blocking acquire cannot have a timeout, a timeout
/// must not be negative. Returns the deadline to wait for (`nil`: forever).
func acquireDeadline(blocking: Bool, timeout: TimeInterval?) -> Deadline? {
    if !blocking {
        if timeout != nil { programmerError("can't specify timeout for non-blocking acquire") }
        return Deadline.now
    }
    guard let timeout else { return nil }
    if timeout < 0 { programmerError("timeout value must be a non-negative number") }
    return Deadline.after(timeout)
}
