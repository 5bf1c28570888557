#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The stages of a future, as in Python's `concurrent.futures._base`.
@usableFromInline
enum FutureStage: UInt8, Sendable {
    case pending, running, cancelled, finished
}

/// What every ``Future`` has whatever its value type: its stage, cancellation, waiting and
/// callbacks. Use it to keep futures of different result types together.
///
///     let mixed: [AnyFuture] = [executor.submit { 1 }, executor.submit { "dos" }]
///     print(mixed.allSatisfy(\.isDone))
///
/// Non-generic on purpose: a worker runs, completes and announces a task without generic
/// metadata look-ups, which cost more than the rest of a trivial task.
public class AnyFuture: @unchecked Sendable {
    /// Guards `stage`, `job` and `observers`.
    private let lock = SpinLock()
    // Guarded by `lock`, so the runtime's exclusivity checks are redundant (and measurable).
    @exclusivity(unchecked) private var stage = FutureStage.pending
    /// The task: computes and stores the result (see ``Future/finish(_:)``); dropped once taken.
    @exclusivity(unchecked) private var job: ((AnyFuture) -> Void)?
    /// Who to tell on completion; allocated only when someone waits or adds a callback.
    @exclusivity(unchecked) private var observers: FutureObservers?

    @usableFromInline
    init(job: sending @escaping (AnyFuture) -> Void) {
        self.job = job
    }

    private var isDoneLocked: Bool { stage == .cancelled || stage == .finished }

    // MARK: Status

    /// Whether the future was cancelled (Python's `cancelled()`).
    public final var isCancelled: Bool { lock.withLock { stage == .cancelled } }

    /// Whether its task is running now (Python's `running()`).
    public final var isRunning: Bool { lock.withLock { stage == .running } }

    /// Whether it finished or was cancelled (Python's `done()`).
    public final var isDone: Bool { lock.withLock { isDoneLocked } }

    // MARK: Control

    /// Cancels the task if it has not started: returns `true` if the future is (now) cancelled,
    /// `false` if the task is running or done (Python's `cancel()`).
    ///
    ///     if future.cancel() { print("no llegó a empezar") }
    @discardableResult
    public final func cancel() -> Bool {
        var cancelledNow = false
        let (cancelled, observers): (Bool, FutureObservers?) = lock.withLock {
            switch stage {
            case .running, .finished: return (false, nil)
            case .cancelled: return (true, nil)
            case .pending:
                job = nil
                cancelledNow = true
                return (true, completeLocked(as: .cancelled))
            }
        }
        if _slowPath(tracingMayBeOn), cancelledNow { TracePoint.task("cancel", self) }
        observers?.announce(self)
        return cancelled
    }

    // MARK: Waiting

    /// How many times a thread about to block on a pending future yields first: collecting right
    /// behind the workers is common, and a sleep plus a wake-up costs microseconds.
    private static let yieldsBeforeSleeping = 8

    /// Waits until the future is done or the deadline passed; returns the stage then
    /// (`.pending` or `.running` means the wait timed out).
    @usableFromInline
    final func waitForCompletion(deadline: Deadline?) -> FutureStage {
        let current = lock.withLock { stage }
        if current == .finished || current == .cancelled { return current }
        var blocking = TracedBlocking(.result)
        blocking.begin(TracePoint.taskID(self))
        defer { blocking.end(timedOut: !isDone) }
        for _ in 0..<AnyFuture.yieldsBeforeSleeping where deadline.map({ !$0.hasPassed }) ?? true {
            sched_yield()
            let now = lock.withLock { stage }
            if now == .finished || now == .cancelled { return now }
        }
        let waiter = CompletionWaiter()
        guard addWaiter(waiter) else { return lock.withLock { stage } }
        if waiter.takeCompletions(until: deadline).isEmpty { removeWaiter(waiter) }
        return lock.withLock { stage }
    }

    /// Registers a waiter; returns `false` (without registering) if the future is already done.
    final func addWaiter(_ waiter: CompletionWaiter) -> Bool {
        lock.withLock {
            if isDoneLocked { return false }
            observersLocked.waiters.append(waiter)
            return true
        }
    }

    /// Forgets a waiter that stopped waiting (a timed-out wait).
    final func removeWaiter(_ waiter: CompletionWaiter) {
        lock.withLock { observers?.waiters.removeAll { $0 === waiter } }
    }

    /// Registers a type-erased callback, or returns `false` if the future is already done.
    final func addCallback(_ callback: @escaping @Sendable (AnyFuture) -> Void) -> Bool {
        lock.withLock {
            if isDoneLocked { return false }
            observersLocked.callbacks.append(callback)
            return true
        }
    }

    // MARK: Executor side

    /// Runs the task if it was not cancelled (the job stores the result through `markFinished`).
    final func run() {
        let job: ((AnyFuture) -> Void)? = lock.withLock {
            guard stage == .pending else { return nil }
            stage = .running
            defer { self.job = nil }
            return self.job
        }
        guard let job else { return }
        if _slowPath(tracingMayBeOn) {
            TracePoint.task("run", self)
            job(self)
            TracePoint.task("done", self)
        } else {
            job(self)
        }
    }

    /// Publishes completion once the result is stored: wakes waiters, runs callbacks.
    @usableFromInline
    final func markFinished() {
        let observers = lock.withLock { completeLocked(as: .finished) }
        observers?.announce(self)
    }

    private var observersLocked: FutureObservers {
        if let observers { return observers }
        let created = FutureObservers()
        observers = created
        return created
    }

    private func completeLocked(as finalStage: FutureStage) -> FutureObservers? {
        stage = finalStage
        defer { observers = nil }
        return observers
    }
}
