/// A thread of execution, like Python's `threading.Thread`: create it with a target, `start()` it,
/// and optionally `join()` it.
///
///     func spam(_ i: Int, _ j: Int) { print("spam(\(i), \(j))") }
///     let t = Thread(target: spam, args: (1, 3))
///     t.start()
///     t.join()
///
/// The arguments are type-checked against the target. Subclass it and override ``run()`` to
/// change what the thread does (call `super.run()` to run the target):
///
///     final class SemaphoredThread: Thread {
///         let semaphore: Semaphore
///         init(semaphore: Semaphore, target: sending @escaping () -> Void) {
///             self.semaphore = semaphore
///             super.init(body: target)
///         }
///         override func run() { semaphore.with { super.run() } }
///     }
///
/// An error thrown by the target is reported on stderr through ``Thread/excepthook``
/// ("Exception in thread Thread-1:"), as Python does. Like in Python, the program waits for every
/// non-daemon thread before it exits.
open class Thread {
    private var body: (() throws -> Void)?
    let lifecycle: ThreadLifecycle

    /// Whether the program may exit while this thread still runs (Python's `daemon`);
    /// set it before ``start()``.
    public var daemon: Bool {
        didSet {
            if lifecycle.hasStarted { programmerError("cannot set daemon status of active thread") }
        }
    }

    /// Creates a thread that does nothing until a subclass overrides ``run()``.
    ///
    ///     final class Worker: Thread { override func run() { print("trabajando") } }
    public init(name: String? = nil, daemon: Bool = false) {
        lifecycle = ThreadLifecycle(name: name ?? ThreadRegistry.shared.nextThreadName())
        self.daemon = daemon
    }

    /// Creates a thread whose ``run()`` calls `body`; the designated initializer subclasses use.
    ///
    ///     super.init(body: { print("hola") })
    public init(name: String? = nil, daemon: Bool = false, body: sending @escaping () throws -> Void) {
        lifecycle = ThreadLifecycle(name: name ?? ThreadRegistry.shared.nextThreadName())
        self.daemon = daemon
        self.body = body
    }

    /// Creates a thread that calls `target(args…)`; any return value is dropped.
    ///
    ///     let t = Thread(target: spam, args: ("something", "funny"))
    public convenience init<each Argument, Result>(
        target: sending @escaping (repeat each Argument) throws -> Result,
        args: sending (repeat each Argument),
        name: String? = nil,
        daemon: Bool = false
    ) {
        self.init(name: name, daemon: daemon, body: { _ = try target(repeat each args) })
    }

    /// Creates a thread that calls `target()`; any return value is dropped.
    ///
    ///     let t = Thread(target: foo)
    ///     let u = Thread { print("hola desde un hilo") }
    public convenience init<Result>(
        name: String? = nil,
        daemon: Bool = false,
        target: sending @escaping () throws -> Result
    ) {
        self.init(name: name, daemon: daemon, body: { _ = try target() })
    }

    /// The thread's name, "Thread-N" unless given; only for identification.
    public var name: String {
        get { lifecycle.name }
        set { lifecycle.name = newValue }
    }

    /// An integer identifying the OS thread while it runs; `nil` before ``start()``.
    public var ident: UInt? { lifecycle.ident }

    /// Whether the thread has started and not finished yet.
    ///
    ///     t.join(timeout: 0.1)
    ///     if t.isAlive { print("sigue trabajando") }
    public var isAlive: Bool { lifecycle.isAlive }

    /// What the thread does once started: calls the target given at creation and reports an error
    /// it throws through ``Thread/excepthook``. Override it in subclasses; call `super.run()`
    /// to run the target.
    open func run() {
        guard let body else { return }
        self.body = nil  // like Python, drop the target (and what it captured) once it has run
        do {
            try body()
        } catch {
            Thread.reportUncaught(error, in: self)
        }
    }

    /// Starts the thread: ``run()`` begins on a new OS thread. Starting a thread twice is a
    /// programmer error ("threads can only be started once").
    public func start() {
        guard lifecycle.markStarted() else { programmerError("threads can only be started once") }
        ThreadRegistry.shared.didStart(self)
        let handOver = UncheckedTransfer(self)
        ThreadStarter.spawn { handOver.value.bootstrap() }
        lifecycle.waitUntilRunning()
    }

    /// Blocks until the thread finishes, or until `timeout` seconds passed (`nil`: no limit).
    /// After a timeout, check ``isAlive``. Joining a thread that was never started, or the
    /// current thread, is a programmer error.
    ///
    ///     t.join()
    public func join(timeout: TimeInterval? = nil) {
        guard lifecycle.hasStarted else { programmerError("cannot join thread before it is started") }
        if ident == ThreadStarter.currentIdent && isAlive { programmerError("cannot join current thread") }
        var blocking = TracedBlocking(.join)
        if _slowPath(tracingMayBeOn), isAlive { blocking.begin(name) }
        let finished = lifecycle.waitUntilFinished(deadline: Deadline.from(timeout: timeout))
        blocking.end(timedOut: !finished)
    }

    /// Runs on the new OS thread: makes the thread current, runs it, then wakes joiners.
    private func bootstrap() {
        ThreadStarter.nameCurrentOSThread(name)
        CurrentThreadSlot.set(self)
        // Before `start()` returns, so lanes come in the order threads were started.
        if _slowPath(tracingMayBeOn) { TracePoint.recorder?.record("start") }
        lifecycle.record(ident: ThreadStarter.currentIdent)
        run()
        if _slowPath(tracingMayBeOn) { TracePoint.recorder?.record("end") }
        CurrentThreadSlot.set(nil)
        ThreadRegistry.shared.didFinish(self)
        lifecycle.markFinished()
    }
}

extension Thread: CustomStringConvertible {
    /// Python's repr, e.g. `<Thread(Thread-1, started 1402…)>`.
    public var description: String {
        let status: String
        if !lifecycle.hasStarted {
            status = "initial"
        } else if isAlive {
            status = "started \(ident.map(String.init) ?? "")"
        } else {
            status = "stopped"
        }
        return "<\(type(of: self))(\(name), \(status)\(daemon ? " daemon" : ""))>"
    }
}

/// Moves a value the library knows to be handed over safely (a thread to its own OS thread).
struct UncheckedTransfer<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
