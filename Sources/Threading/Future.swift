import Synchronization

/// The eventual result of a task submitted to a ``ThreadPoolExecutor`` (Python's
/// `concurrent.futures.Future`).
///
///     let future = executor.submit { 6 * 7 }
///     print(try future.result())   // 42
///
/// ``result(timeout:)`` waits for the task and rethrows its error; a future still pending can be
/// ``cancel()``led. It keeps its result until it is released: drop futures you no longer need
/// (``ThreadPoolExecutor/map(_:_:bufferSize:)`` with a `bufferSize` does this for you).
public final class Future<Value: Sendable>: @unchecked Sendable {
    private let state: Mutex<FutureState<Value>>

    /// A future for `work`, run later by ``run()``.
    init(work: sending @escaping () throws -> Value) {
        state = Mutex(FutureState(work: work))
    }

    // MARK: Status

    /// Whether the future was cancelled (Python's `cancelled()`).
    public var isCancelled: Bool { state.withLock { $0.stage == .cancelled } }

    /// Whether its task is running now (Python's `running()`).
    public var isRunning: Bool { state.withLock { $0.stage == .running } }

    /// Whether it finished or was cancelled (Python's `done()`).
    public var isDone: Bool { state.withLock { $0.isDone } }

    // MARK: Results

    /// The task's return value, waiting for it as long as needed; rethrows the task's error and
    /// throws ``CancelledError`` if the future was cancelled.
    ///
    ///     let valor = try future.result()
    public func result() throws -> Value {
        try outcome(deadline: nil).get()
    }

    /// The task's return value, waiting at most `timeout` seconds (``TimeoutError`` after that).
    ///
    ///     let valor = try future.result(timeout: 2)
    public func result(timeout: TimeInterval?) throws -> Value {
        try outcome(deadline: Deadline.from(timeout: timeout)).get()
    }

    /// The error the task threw, or `nil` if it returned normally, waiting at most `timeout`
    /// seconds (`nil`: no limit). Throws ``CancelledError`` or ``TimeoutError`` like ``result()``.
    ///
    ///     if let error = try future.exception() { print("falló: \(error)") }
    public func exception(timeout: TimeInterval? = nil) throws -> (any Error)? {
        if case .failure(let error) = try outcome(deadline: Deadline.from(timeout: timeout)) { return error }
        return nil
    }

    /// Waits for the final outcome. Throws only for cancellation and timeout.
    private func outcome(deadline: Deadline?) throws -> Result<Value, any Error> {
        if let done = try finalOutcome(registering: nil) { return done }
        let waiter = CompletionWaiter()
        if let done = try finalOutcome(registering: waiter) { return done }
        if waiter.takeCompletions(until: deadline).isEmpty {
            removeWaiter(waiter)
        }
        if let done = try finalOutcome(registering: nil) { return done }
        throw TimeoutError()
    }

    /// The outcome if the future is done (throwing ``CancelledError`` if it was cancelled);
    /// otherwise `nil`, after registering `waiter` to be told of the completion.
    private func finalOutcome(registering waiter: CompletionWaiter?) throws -> Result<Value, any Error>? {
        let snapshot: (stage: FutureStage, outcome: Result<Value, any Error>?) = state.withLock { state in
            if !state.isDone, let waiter { state.waiters.append(waiter) }
            return (state.stage, state.outcome)
        }
        switch snapshot.stage {
        case .finished: return snapshot.outcome
        case .cancelled: throw CancelledError()
        case .pending, .running: return nil
        }
    }

    // MARK: Control

    /// Cancels the task if it has not started: returns `true` if the future is (now) cancelled,
    /// `false` if the task is running or done (Python's `cancel()`).
    ///
    ///     if future.cancel() { print("no llegó a empezar") }
    @discardableResult
    public func cancel() -> Bool {
        let notify: (callbacks: [@Sendable (Future<Value>) -> Void], waiters: [CompletionWaiter])? =
            state.withLock { state in
                switch state.stage {
                case .running, .finished: return nil
                case .cancelled: return ([], [])
                case .pending: return state.complete(as: .cancelled, with: nil)
                }
            }
        guard let notify else { return false }
        announce(notify)
        return true
    }

    /// Calls `callback` with this future once it finishes or is cancelled, on the thread that
    /// completes it; at once, on the calling thread, if it is already done.
    ///
    ///     future.addDoneCallback { f in print("terminó: \(f.isDone)") }
    public func addDoneCallback(_ callback: @escaping @Sendable (Future<Value>) -> Void) {
        let alreadyDone: Bool = state.withLock { state in
            if state.isDone { return true }
            state.callbacks.append(callback)
            return false
        }
        if alreadyDone { callback(self) }
    }

    // MARK: Executor side

    /// Runs the task if it was not cancelled, storing its result or error.
    func run() {
        let work: (() throws -> Value)? = state.withLock { state in
            guard state.stage == .pending else { return nil }
            state.stage = .running
            nonisolated(unsafe) let work = state.work
            state.work = nil
            return work
        }
        guard let work else { return }
        let outcome = Result { try work() }
        announce(state.withLock { $0.complete(as: .finished, with: outcome) })
    }

    /// Registers a waiter; returns `false` (without registering) if the future is already done.
    func addWaiter(_ waiter: CompletionWaiter) -> Bool {
        state.withLock { state in
            if state.isDone { return false }
            state.waiters.append(waiter)
            return true
        }
    }

    /// Forgets a waiter that stopped waiting (a timed-out ``asCompleted(_:timeout:)``).
    func removeWaiter(_ waiter: CompletionWaiter) {
        state.withLock { $0.waiters.removeAll { $0 === waiter } }
    }

    /// Whether the task threw (for ``wait(_:timeout:returnWhen:)``'s `.firstException`).
    var failed: Bool {
        state.withLock { state in
            if case .failure = state.outcome { return true }
            return false
        }
    }

    private func announce(_ notify: (callbacks: [@Sendable (Future<Value>) -> Void], waiters: [CompletionWaiter])) {
        for waiter in notify.waiters { waiter.futureDidComplete(self) }
        for callback in notify.callbacks { callback(self) }
    }
}
