/// A pool of worker threads that run submitted tasks and hand back ``Future``s (Python's
/// `concurrent.futures.ThreadPoolExecutor`).
///
///     let executor = ThreadPoolExecutor(maxWorkers: 2)
///     let future = executor.submit(spam, 1, 3)
///     print(try future.result())
///     executor.shutdown()
///
/// Or scoped, like Python's `with`: the pool shuts down (waiting) when the closure ends.
///
///     let total = ThreadPoolExecutor.with(maxWorkers: 2) { executor in
///         executor.map(cuadrado, 1...10).reduce(0, +)
///     }
public final class ThreadPoolExecutor: Sendable {
    @usableFromInline
    let pool: WorkerPool

    /// Creates a pool of at most `maxWorkers` threads, started as tasks arrive; by default
    /// Python's `min(32, cpuCount + 4)`. Worker names start with `threadNamePrefix`
    /// ("ThreadPoolExecutor-N" by default).
    ///
    ///     let executor = ThreadPoolExecutor(maxWorkers: 4)
    public init(maxWorkers: Int? = nil, threadNamePrefix: String? = nil) {
        let workers = maxWorkers ?? min(32, ProcessInfo.processInfo.activeProcessorCount + 4)
        if workers <= 0 { programmerError("maxWorkers must be greater than 0") }
        let prefix = threadNamePrefix ?? "ThreadPoolExecutor-\(ThreadRegistry.shared.nextExecutorID())"
        let pool = WorkerPool(maxWorkers: workers, namePrefix: prefix)
        self.pool = pool
        ThreadRegistry.shared.onExit(ObjectIdentifier(pool)) { pool.shutdown(wait: false, cancelPending: false) }
    }

    deinit {
        pool.shutdown(wait: false, cancelPending: false)
        ThreadRegistry.shared.removeExitHandler(ObjectIdentifier(pool))
    }

    /// The most worker threads this executor runs at once.
    public var maxWorkers: Int { pool.maxWorkers }

    /// How many worker threads it has started so far (idle workers are reused first).
    public var workerCount: Int { pool.workerCount }

    /// Schedules `fn()` and returns its future. Submitting after ``shutdown(wait:cancelFutures:)``
    /// is a programmer error ("cannot schedule new futures after shutdown").
    ///
    ///     let future = executor.submit { 42 }
    @inlinable
    public func submit<Result: Sendable>(_ fn: sending @escaping () throws -> Result) -> Future<Result> {
        let future = Future(work: fn)
        if !pool.enqueue(future) { programmerError("cannot schedule new futures after shutdown") }
        return future
    }

    /// Schedules `fn(args…)` and returns its future; the arguments are checked against `fn`.
    ///
    ///     let future = executor.submit(pow, 2.0, 10.0)
    @inlinable
    public func submit<Result: Sendable, each Argument: Sendable>(
        _ fn: sending @escaping (repeat each Argument) throws -> Result,
        _ args: repeat each Argument
    ) -> Future<Result> {
        let future = submit { try fn(repeat each args) }
        if _slowPath(tracingMayBeOn) { traceTaskLabel(future, repeat each args) }
        return future
    }

    /// Stops accepting tasks and frees the workers once the queued tasks are done. With `wait`
    /// (the default) it returns when every worker has finished; with `cancelFutures` the tasks
    /// that have not started are cancelled instead of run. Calling it again is harmless.
    ///
    ///     executor.shutdown(wait: false)
    public func shutdown(wait: Bool = true, cancelFutures: Bool = false) {
        pool.shutdown(wait: wait, cancelPending: cancelFutures)
        ThreadRegistry.shared.removeExitHandler(ObjectIdentifier(pool))
    }

    /// Runs `body` with a new executor and shuts it down (waiting for its tasks) when `body`
    /// returns or throws: Python's `with ThreadPoolExecutor(max_workers=2) as executor:`.
    ///
    ///     ThreadPoolExecutor.with(maxWorkers: 2) { executor in
    ///         for _ in 0..<2 { _ = executor.submit(fun) }
    ///     }
    public static func with<Output, Failure: Error>(
        maxWorkers: Int? = nil,
        threadNamePrefix: String? = nil,
        _ body: (ThreadPoolExecutor) throws(Failure) -> Output
    ) throws(Failure) -> Output {
        let executor = ThreadPoolExecutor(maxWorkers: maxWorkers, threadNamePrefix: threadNamePrefix)
        defer { executor.shutdown(wait: true) }
        return try body(executor)
    }
}
