/// A flag threads can wait for (Python's `threading.Event`): ``wait(timeout:)`` blocks until
/// another thread calls ``set()``.
///
///     let listo = Event()
///     let t = Thread { listo.wait(); print("¡adelante!") }
///     t.start()
///     listo.set()
public final class Event: @unchecked Sendable {
    private let mutex = SystemMutex()
    private let flagSet = SystemCondition()
    private var flag = false

    /// Creates an event whose flag is not set.
    public init() {}

    /// Whether the flag is set (Python's `is_set()`).
    public var isSet: Bool { mutex.withLock { flag } }

    /// Sets the flag and wakes every waiting thread.
    public func set() {
        mutex.withLock {
            flag = true
            flagSet.broadcast()
        }
        if _slowPath(tracingMayBeOn) { TracePoint.mark("set", .event) }
    }

    /// Clears the flag; later ``wait(timeout:)`` calls block again.
    public func clear() { mutex.withLock { flag = false } }

    /// Blocks until the flag is set or `timeout` seconds passed (`nil`: no limit).
    /// Returns the flag: `false` only when the wait timed out.
    ///
    ///     if !listo.wait(timeout: 2) { print("nadie avisó") }
    @discardableResult
    public func wait(timeout: TimeInterval? = nil) -> Bool {
        let deadline = Deadline.from(timeout: timeout)
        var blocking = TracedBlocking(.event)
        let isSet: Bool = mutex.withLock {
            while !flag {
                blocking.begin()
                if !flagSet.wait(mutex, until: deadline) { break }
            }
            return flag
        }
        blocking.end(timedOut: !isSet)
        return isSet
    }
}
