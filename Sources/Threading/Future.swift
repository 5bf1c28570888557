#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The stages of a ``Future``, as in Python's `concurrent.futures._base`.
enum FutureStage: UInt8, Sendable {
    case pending, running, cancelled, finished
}

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
    /// Guards every stored property below.
    private let lock = SpinLock()
    private var stage = FutureStage.pending
    /// The work to run, until a worker takes it (or the future is cancelled).
    private var work: (() throws -> Value)?
    private var outcome: Result<Value, any Error>?
    /// Who to tell on completion; allocated only when someone waits or adds a callback.
    private var observers: FutureObservers<Value>?

    /// A future for `work`, run later by ``run()``.
    init(work: sending @escaping () throws -> Value) {
        self.work = work
    }

    private var isDoneLocked: Bool { stage == .cancelled || stage == .finished }

    // MARK: Status

    /// Whether the future was cancelled (Python's `cancelled()`).
    public var isCancelled: Bool { lock.withLock { stage == .cancelled } }

    /// Whether its task is running now (Python's `running()`).
    public var isRunning: Bool { lock.withLock { stage == .running } }

    /// Whether it finished or was cancelled (Python's `done()`).
    public var isDone: Bool { lock.withLock { isDoneLocked } }

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
        // Collecting right behind the workers is common: give them the processor a few times
        // before paying for a sleep and a wake-up.
        for _ in 0..<Future.yieldsBeforeSleeping where deadline.map({ !$0.hasPassed }) ?? true {
            sched_yield()
            if let done = try finalOutcome(registering: nil) { return done }
        }
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
        let snapshot: (stage: FutureStage, outcome: Result<Value, any Error>?) = lock.withLock {
            if !isDoneLocked, let waiter { observersLocked.waiters.append(waiter) }
            return (stage, outcome)
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
        let (cancelled, observers): (Bool, FutureObservers<Value>?) = lock.withLock {
            switch stage {
            case .running, .finished: return (false, nil)
            case .cancelled: return (true, nil)
            case .pending: return (true, completeLocked(as: .cancelled, with: nil))
            }
        }
        observers?.announce(self)
        return cancelled
    }

    /// Calls `callback` with this future once it finishes or is cancelled, on the thread that
    /// completes it; at once, on the calling thread, if it is already done.
    ///
    ///     future.addDoneCallback { f in print("terminó: \(f.isDone)") }
    public func addDoneCallback(_ callback: @escaping @Sendable (Future<Value>) -> Void) {
        let alreadyDone: Bool = lock.withLock {
            if isDoneLocked { return true }
            observersLocked.callbacks.append(callback)
            return false
        }
        if alreadyDone { callback(self) }
    }

    // MARK: Executor side

    /// Runs the task if it was not cancelled, storing its result or error.
    func run() {
        let work: (() throws -> Value)? = lock.withLock {
            guard stage == .pending else { return nil }
            stage = .running
            defer { self.work = nil }
            return self.work
        }
        guard let work else { return }
        let outcome = Result { try work() }
        let observers = lock.withLock { completeLocked(as: .finished, with: outcome) }
        observers?.announce(self)
    }

    /// Registers a waiter; returns `false` (without registering) if the future is already done.
    func addWaiter(_ waiter: CompletionWaiter) -> Bool {
        lock.withLock {
            if isDoneLocked { return false }
            observersLocked.waiters.append(waiter)
            return true
        }
    }

    /// Forgets a waiter that stopped waiting (a timed-out ``asCompleted(_:timeout:)``).
    func removeWaiter(_ waiter: CompletionWaiter) {
        lock.withLock { observers?.waiters.removeAll { $0 === waiter } }
    }

    /// Whether the task threw (for ``wait(_:timeout:returnWhen:)``'s `.firstException`).
    var failed: Bool {
        lock.withLock {
            if case .failure = outcome { return true }
            return false
        }
    }

    /// How many times a thread about to block on a pending future yields first.
    static var yieldsBeforeSleeping: Int { 8 }

    /// The observers, created on first need; call with the lock held.
    private var observersLocked: FutureObservers<Value> {
        if let observers { return observers }
        let created = FutureObservers<Value>()
        observers = created
        return created
    }

    /// Moves to a final stage, drops the work, and hands back who must be told (outside the lock).
    private func completeLocked(as finalStage: FutureStage, with finalOutcome: Result<Value, any Error>?) -> FutureObservers<Value>? {
        stage = finalStage
        outcome = finalOutcome
        work = nil
        defer { observers = nil }
        return observers
    }
}
