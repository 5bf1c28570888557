/// Thrown by ``Barrier/wait(timeout:)`` when the barrier is broken: a waiter timed out, the
/// action threw, or ``Barrier/abort()``/``Barrier/reset()`` was called (Python's
/// `threading.BrokenBarrierError`).
public struct BrokenBarrierError: Error, Equatable, CustomStringConvertible {
    /// Creates the error (thrown by the library; create one yourself in tests).
    public init() {}
    /// The Python exception name, as printed in reports.
    public var description: String { "BrokenBarrierError" }
}

/// A meeting point for a fixed number of threads (Python's `threading.Barrier`): each calls
/// ``wait(timeout:)`` and all continue together once `parties` threads have arrived.
///
///     let barrier = Barrier(3)
///     let threads = (0..<3).map { i in Thread { prepare(i); try? barrier.wait(); go(i) } }
public final class Barrier: @unchecked Sendable {
    /// How many threads must arrive before they all continue.
    public let parties: Int
    private let action: (@Sendable () throws -> Void)?
    private let defaultTimeout: TimeInterval?
    private let mutex = SystemMutex()
    private let released = SystemCondition()
    private var arrived = 0
    private var generation = 0
    private var broken = false
    /// Rounds ended by ``reset()`` while threads waited: those threads throw.
    private var resetRounds = Set<Int>()

    /// Creates a barrier for `parties` threads; `action` runs once per round, on the last
    /// thread to arrive, before they are released. `timeout` is the default for ``wait(timeout:)``.
    public init(_ parties: Int, action: (@Sendable () throws -> Void)? = nil, timeout: TimeInterval? = nil) {
        if parties < 1 { programmerError("parties must be >= 1") }
        self.parties = parties
        self.action = action
        self.defaultTimeout = timeout
    }

    /// Threads waiting at the barrier now.
    public var nWaiting: Int { mutex.withLock { arrived } }

    /// Whether the barrier is broken.
    public var isBroken: Bool { mutex.withLock { broken } }

    /// Waits until `parties` threads have called it, then returns this thread's arrival index
    /// (`0..<parties`). Throws ``BrokenBarrierError`` if the barrier breaks meanwhile, including
    /// when this wait times out (which breaks it for everyone, as in Python).
    @discardableResult
    public func wait(timeout: TimeInterval? = nil) throws(BrokenBarrierError) -> Int {
        let deadline = Deadline.from(timeout: timeout ?? defaultTimeout)
        var blocking = TracedBlocking(.barrier)
        mutex.lock()
        defer {
            let timedOut = broken
            mutex.unlock()
            blocking.end(timedOut: timedOut)
        }
        if broken { throw BrokenBarrierError() }
        let round = generation
        let index = arrived
        arrived += 1
        if arrived == parties {
            do {
                try action?()
            } catch {
                breakLocked()
                throw BrokenBarrierError()
            }
            arrived = 0
            generation += 1
            released.broadcast()
            return index
        }
        while round == generation && !broken {
            blocking.begin()
            if !released.wait(mutex, until: deadline) && round == generation && !broken {
                breakLocked()
            }
        }
        if round == generation || resetRounds.remove(round) != nil { throw BrokenBarrierError() }
        return index
    }

    /// Breaks the barrier: current and future waiters throw ``BrokenBarrierError``.
    public func abort() { mutex.withLock { breakLocked() } }

    /// Returns the barrier to its empty state; threads waiting now throw ``BrokenBarrierError``.
    public func reset() {
        mutex.withLock {
            if arrived > 0 { resetRounds.insert(generation) }
            generation += 1
            arrived = 0
            broken = false
            released.broadcast()
        }
    }

    private func breakLocked() {
        broken = true
        released.broadcast()
    }
}
