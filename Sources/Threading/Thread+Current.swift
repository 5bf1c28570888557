extension Thread {
    /// The ``Thread`` running the caller (Python's `threading.current_thread()`): the main thread
    /// is named "MainThread"; an OS thread not started by this library gets a "Dummy-N" object.
    ///
    ///     print("hola desde \(Thread.current.name)")
    public static var current: Thread {
        if let thread = CurrentThreadSlot.get() { return thread }
        if Foundation.Thread.isMainThread { return main }
        let dummy = Thread(name: "Dummy-\(ThreadRegistry.shared.nextThreadName().dropFirst("Thread-".count))")
        dummy.adoptCurrentOSThread()
        _ = Unmanaged.passRetained(dummy)  // lives as long as the OS thread may ask for it
        CurrentThreadSlot.set(dummy)
        return dummy
    }

    /// The main thread's object (Python's `threading.main_thread()`).
    public static var main: Thread { MainThreadHolder.shared.thread }

    /// The threads started and still running, in start order, plus the main thread
    /// (Python's `threading.enumerate()`).
    ///
    ///     print(Thread.enumerate().map(\.name))
    public static func enumerate() -> [Thread] {
        [main] + ThreadRegistry.shared.runningThreads
    }

    /// How many threads are alive, the main thread included (Python's `threading.active_count()`).
    public static var activeCount: Int { enumerate().count }

    /// Marks an object created for an already-running OS thread (main or foreign) as alive.
    func adoptCurrentOSThread() {
        _ = lifecycle.markStarted()
        lifecycle.record(ident: ThreadStarter.currentIdent)
    }
}

/// Holds the main thread's object, created on first use.
private final class MainThreadHolder: @unchecked Sendable {
    static let shared = MainThreadHolder()
    private let mutex = SystemMutex()
    private var stored: Thread?

    var thread: Thread {
        mutex.withLock {
            if let stored { return stored }
            let main = Thread(name: "MainThread")
            _ = main.lifecycle.markStarted()
            if Foundation.Thread.isMainThread { main.lifecycle.record(ident: ThreadStarter.currentIdent) }
            stored = main
            return main
        }
    }
}
