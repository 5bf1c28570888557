/// Something told when a future finishes or is cancelled: a thread blocked in
/// ``Future/result(timeout:)``, ``asCompleted(_:timeout:)`` or ``wait(_:timeout:returnWhen:)``.
///
/// Internal. One waiter can watch many futures; it keeps the ones that completed, in completion
/// order, until the waiting thread takes them.
final class CompletionWaiter: @unchecked Sendable {
    private let mutex = SystemMutex()
    private let completed = SystemCondition()
    private var pending: [AnyObject] = []

    /// Called by a future (from any thread) when it is done.
    func futureDidComplete(_ future: AnyObject) {
        mutex.withLock {
            pending.append(future)
            completed.signal()
        }
    }

    /// Waits until at least one watched future completed or the deadline passed, then returns
    /// (and forgets) the completions seen so far: empty means the deadline passed. When it has to
    /// sleep, the trace records a wait on `subject` (`nil`: the caller records its own).
    func takeCompletions(until deadline: Deadline?, tracedAs subject: TraceSubject? = nil) -> [AnyObject] {
        var blocking = TracedBlocking(subject ?? .wait)
        let taken: [AnyObject] = mutex.withLock {
            while pending.isEmpty {
                if subject != nil { blocking.begin() }
                if !completed.wait(mutex, until: deadline) { break }
            }
            defer { pending.removeAll() }
            return pending
        }
        blocking.end(timedOut: taken.isEmpty)
        return taken
    }
}
