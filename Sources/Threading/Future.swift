/// The eventual result of a task submitted to a ``ThreadPoolExecutor`` (Python's
/// `concurrent.futures.Future`).
///
///     let future = executor.submit { 6 * 7 }
///     print(try future.result())   // 42
///
/// ``result(timeout:)`` waits for the task and rethrows its error; a future still pending can be
/// ``AnyFuture/cancel()``led. It keeps its result until it is released: drop futures you no
/// longer need (``ThreadPoolExecutor/map(_:_:bufferSize:)`` with a `bufferSize` does this for you).
public final class Future<Value: Sendable>: AnyFuture, @unchecked Sendable {
    /// Written once by the worker before `markFinished()`; read only after seeing `.finished`.
    @usableFromInline @exclusivity(unchecked)
    var outcome: Result<Value, any Error>?

    /// A future whose job runs `work` and stores its outcome.
    @inlinable
    convenience init(work: sending @escaping () throws -> Value) {
        self.init(job: { future in
            unsafeDowncast(future, to: Future<Value>.self).finish(Result { try work() })
        })
    }

    @inlinable
    override init(job: sending @escaping (AnyFuture) -> Void) {
        super.init(job: job)
    }

    /// Stores the outcome, then publishes completion.
    @inlinable
    final func finish(_ result: Result<Value, any Error>) {
        outcome = result
        markFinished()
    }

    // MARK: Results

    /// The task's return value, waiting for it as long as needed; rethrows the task's error and
    /// throws ``CancelledError`` if the future was cancelled.
    ///
    ///     let valor = try future.result()
    @inlinable
    public func result() throws -> Value {
        try finalOutcome(deadline: nil).get()
    }

    /// The task's return value, waiting at most `timeout` seconds (``TimeoutError`` after that).
    ///
    ///     let valor = try future.result(timeout: 2)
    public func result(timeout: TimeInterval?) throws -> Value {
        try finalOutcome(deadline: Deadline.from(timeout: timeout)).get()
    }

    /// The error the task threw, or `nil` if it returned normally, waiting at most `timeout`
    /// seconds (`nil`: no limit). Throws ``CancelledError`` or ``TimeoutError`` like ``result()``.
    ///
    ///     if let error = try future.exception() { print("falló: \(error)") }
    public func exception(timeout: TimeInterval? = nil) throws -> (any Error)? {
        if case .failure(let error) = try finalOutcome(deadline: Deadline.from(timeout: timeout)) { return error }
        return nil
    }

    /// Calls `callback` with this future once it finishes or is cancelled, on the thread that
    /// completes it; at once, on the calling thread, if it is already done.
    ///
    ///     future.addDoneCallback { f in print("terminó: \(f.isDone)") }
    public func addDoneCallback(_ callback: @escaping @Sendable (Future<Value>) -> Void) {
        let registered = addCallback { callback(unsafeDowncast($0, to: Future<Value>.self)) }
        if !registered { callback(self) }
    }

    /// Whether the task threw (for ``wait(_:timeout:returnWhen:)``'s `.firstException`).
    var failed: Bool {
        guard waitForCompletion(deadline: Deadline.now) == .finished, case .failure = outcome else { return false }
        return true
    }

    /// Waits for the outcome. Throws only for cancellation and timeout.
    @inlinable
    func finalOutcome(deadline: Deadline?) throws -> Result<Value, any Error> {
        switch waitForCompletion(deadline: deadline) {
        case .finished: return outcome!
        case .cancelled: throw CancelledError()
        case .pending, .running: throw TimeoutError()
        }
    }
}
