/// A condition variable (Python's `threading.Condition`): threads holding its lock ``wait(timeout:)``
/// until another thread changes shared state and calls ``notify(_:)`` or ``notifyAll()``.
///
///     let condition = Condition()
///     let items = Queue<Int>()
///     // consumer
///     condition.with { _ = condition.waitFor({ !items.isEmpty }) }
///     // producer
///     condition.with { items.put(1); condition.notify() }
///
/// Built on an ``RLock`` by default, or on the ``Lock`` or ``RLock`` you pass.
public final class Condition: Acquirable, @unchecked Sendable {
    private let lock: any ConditionLock
    /// One binary lock per waiting thread, released by `notify` (guarded by `lock`), as in CPython.
    private var waiters: [Lock] = []

    /// Creates a condition with its own ``RLock``.
    public init() { lock = RLock(tracedAs: .condition) }

    /// Creates a condition on an existing ``Lock``.
    public init(_ lock: Lock) { self.lock = lock }

    /// Creates a condition on an existing ``RLock``.
    public init(_ lock: RLock) { self.lock = lock }

    /// Acquires the underlying lock.
    @discardableResult
    public func acquire(blocking: Bool = true, timeout: TimeInterval? = nil) -> Bool {
        lock.acquire(blocking: blocking, timeout: timeout)
    }

    /// Releases the underlying lock.
    public func release() { lock.release() }

    /// Releases the lock, waits until notified or `timeout` seconds passed (`nil`: no limit),
    /// and takes the lock back. Returns `false` on timeout. The caller must hold the lock.
    ///
    ///     condition.with { while !ready { condition.wait() } }
    @discardableResult
    public func wait(timeout: TimeInterval? = nil) -> Bool {
        if !lock.isHeldForCondition { programmerError("cannot wait on un-acquired lock") }
        let waiter = Lock(traced: false)
        waiter.acquire()
        waiters.append(waiter)
        let saved = lock.releaseForWait()
        var blocking = TracedBlocking(.condition)
        blocking.begin()
        let notified = waiter.acquire(blocking: true, timeout: timeout.map { max(0, $0) })
        blocking.end(timedOut: !notified)
        lock.restoreAfterWait(saved)
        if !notified { waiters.removeAll { $0 === waiter } }
        return notified
    }

    /// Waits until `predicate` is true (checking it first, then after every notification), or until
    /// `timeout` seconds passed. Returns the last value of `predicate`. The caller must hold the lock.
    ///
    ///     condition.with { condition.waitFor { !items.isEmpty } }
    @discardableResult
    public func waitFor(_ predicate: () -> Bool, timeout: TimeInterval? = nil) -> Bool {
        let deadline = Deadline.from(timeout: timeout)
        var result = predicate()
        while !result {
            if let deadline, deadline.hasPassed { break }
            wait(timeout: deadline?.remaining)
            result = predicate()
        }
        return result
    }

    /// Wakes up to `n` threads waiting on this condition. The caller must hold the lock.
    public func notify(_ n: Int = 1) {
        if !lock.isHeldForCondition { programmerError("cannot notify on un-acquired lock") }
        let woken = waiters.prefix(n)
        waiters.removeFirst(woken.count)
        for waiter in woken { waiter.release() }
        if _slowPath(tracingMayBeOn) { TracePoint.mark("notify", .condition, woken.count == 1 ? "" : String(woken.count)) }
    }

    /// Wakes every thread waiting on this condition. The caller must hold the lock.
    public func notifyAll() { notify(waiters.count) }
}
