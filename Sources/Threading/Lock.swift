/// A mutual-exclusion lock (Python's `threading.Lock`): one holder at a time. Any thread may
/// release it, like in Python. Prefer ``Acquirable/with(_:)`` so it is always released.
///
///     let lock = Lock()
///     lock.with { saldo += 10 }
public final class Lock: Acquirable, @unchecked Sendable {
    private let mutex = SystemMutex()
    private let unlocked = SystemCondition()
    private var held = false

    /// Creates an unlocked lock.
    public init() {}

    /// Whether some thread holds the lock now (Python's `locked()`).
    public var isLocked: Bool { mutex.withLock { held } }

    /// Takes the lock, waiting while another holder has it. `blocking: false` returns at once;
    /// `timeout` (seconds) bounds the wait. Returns whether the lock was taken.
    ///
    ///     if lock.acquire(timeout: 1) { defer { lock.release() }; … }
    @discardableResult
    public func acquire(blocking: Bool = true, timeout: TimeInterval? = nil) -> Bool {
        let deadline = acquireDeadline(blocking: blocking, timeout: timeout)
        return mutex.withLock {
            while held {
                if !unlocked.wait(mutex, until: deadline) && held { return false }
            }
            held = true
            return true
        }
    }

    /// Releases the lock; releasing an unlocked lock is a programmer error ("release unlocked lock").
    public func release() {
        mutex.withLock {
            if !held { programmerError("release unlocked lock") }
            held = false
            unlocked.signal()
        }
    }
}
