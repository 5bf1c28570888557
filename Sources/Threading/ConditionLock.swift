/// A lock a ``Condition`` can be built on: it must tell whether the calling thread holds it, and
/// release it completely while the thread waits (every level of an ``RLock``).
///
/// Internal; ``Lock`` and ``RLock`` conform.
protocol ConditionLock: Acquirable {
    /// Whether the calling thread holds the lock (for a ``Lock``: whether anyone does, as Python).
    var isHeldForCondition: Bool { get }
    /// Releases the lock fully, returning what ``restoreAfterWait(_:)`` needs.
    func releaseForWait() -> Int
    /// Takes the lock back as it was before ``releaseForWait()``.
    func restoreAfterWait(_ saved: Int)
}

extension Lock: ConditionLock {
    var isHeldForCondition: Bool { isLocked }

    func releaseForWait() -> Int {
        release()
        return 0
    }

    func restoreAfterWait(_ saved: Int) { acquire() }
}

extension RLock: ConditionLock {
    var isHeldForCondition: Bool { isOwnedByCurrentThread }

    func releaseForWait() -> Int { releaseAll() }

    func restoreAfterWait(_ saved: Int) { acquireRestoring(levels: saved) }
}
