#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Book-keeping shared by all threads: default names, the running threads, the current thread
/// of each OS thread, and Python's exit rule (the program waits for non-daemon threads).
///
/// Internal. Python joins every non-daemon thread when the main program ends and lets the
/// workers of a `ThreadPoolExecutor` finish their queue first; an `atexit` handler does the same
/// here, so a snippet that starts a thread without joining it still prints what the thread prints.
final class ThreadRegistry: @unchecked Sendable {
    static let shared = ThreadRegistry()

    private let mutex = SystemMutex()
    private var running: [ObjectIdentifier: Thread] = [:]
    private var startOrder: [ObjectIdentifier] = []
    private var nextThreadNumber = 1
    private var nextExecutorNumber = 0
    private var exitHandlers: [ObjectIdentifier: @Sendable () -> Void] = [:]
    private var exitHookInstalled = false

    /// Python's default names: "Thread-1", "Thread-2", …
    func nextThreadName() -> String {
        mutex.withLock {
            defer { nextThreadNumber += 1 }
            return "Thread-\(nextThreadNumber)"
        }
    }

    /// The next executor number, for worker names like "ThreadPoolExecutor-0_1".
    func nextExecutorID() -> Int {
        mutex.withLock {
            defer { nextExecutorNumber += 1 }
            return nextExecutorNumber
        }
    }

    func didStart(_ thread: Thread) {
        let needsHook: Bool = mutex.withLock {
            running[ObjectIdentifier(thread)] = thread
            startOrder.append(ObjectIdentifier(thread))
            defer { exitHookInstalled = true }
            return !exitHookInstalled
        }
        // The recorder registers its exit handler first, so it runs after this one joined the threads.
        if needsHook, _slowPath(tracingMayBeOn) { TraceRecorder.resolve() }
        if needsHook { atexit { ThreadRegistry.shared.waitForThreadsAtExit() } }
    }

    func didFinish(_ thread: Thread) {
        mutex.withLock {
            let id = ObjectIdentifier(thread)
            running[id] = nil
            startOrder.removeAll { $0 == id }
        }
    }

    /// The threads started and not finished yet, in start order.
    var runningThreads: [Thread] {
        mutex.withLock { startOrder.compactMap { running[$0] } }
    }

    /// Registers work to do when the program exits (an executor letting its workers drain).
    func onExit(_ owner: ObjectIdentifier, _ handler: @escaping @Sendable () -> Void) {
        mutex.withLock { exitHandlers[owner] = handler }
    }

    func removeExitHandler(_ owner: ObjectIdentifier) {
        _ = mutex.withLock { exitHandlers.removeValue(forKey: owner) }
    }

    /// Shuts executors down, then joins every non-daemon thread except the calling one.
    private func waitForThreadsAtExit() {
        let handlers = mutex.withLock { Array(exitHandlers.values) }
        handlers.forEach { $0() }
        let me = ThreadStarter.currentIdent
        while true {
            let pending = runningThreads.filter { !$0.daemon && $0.ident != me }
            guard let first = pending.first else { return }
            first.join()
        }
    }
}
