#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What ``Thread/excepthook`` receives when a thread's target throws (Python's `ExceptHookArgs`).
public struct ExceptHookArgs: Sendable {
    /// The error the target threw.
    public let error: any Error
    /// The name of the thread it escaped from.
    public let threadName: String
    /// The OS thread's ident.
    public let threadIdent: UInt?
}

extension Thread {
    /// Called with every error that escapes a thread's target (Python's `threading.excepthook`).
    /// The default prints "Exception in thread NAME:" and the error on stderr; replace it to
    /// collect errors instead.
    ///
    ///     Thread.excepthook = { args in print("falló \(args.threadName): \(args.error)") }
    public static var excepthook: @Sendable (ExceptHookArgs) -> Void {
        get { ExceptHookStore.shared.hook }
        set { ExceptHookStore.shared.hook = newValue }
    }

    /// The default hook: writes Python's report to stderr, e.g.
    ///
    ///     Exception in thread Thread-1:
    ///     MyError: algo falló
    public static let defaultExcepthook: @Sendable (ExceptHookArgs) -> Void = { args in
        let report = "Exception in thread \(args.threadName):\n\(type(of: args.error)): \(args.error)\n"
        fflush(nil)  // keep what the program printed before the report in order
        FileHandle.standardError.write(Data(report.utf8))
    }

    /// Hands an error that escaped `thread`'s work to the current hook.
    static func reportUncaught(_ error: any Error, in thread: Thread) {
        excepthook(ExceptHookArgs(error: error, threadName: thread.name, threadIdent: thread.ident))
    }
}

/// Holds the current hook behind a lock (any thread may report, the program may replace it).
private final class ExceptHookStore: @unchecked Sendable {
    static let shared = ExceptHookStore()
    private let mutex = SystemMutex()
    private var stored: @Sendable (ExceptHookArgs) -> Void = Thread.defaultExcepthook

    var hook: @Sendable (ExceptHookArgs) -> Void {
        get { mutex.withLock { stored } }
        set { mutex.withLock { stored = newValue } }
    }
}
