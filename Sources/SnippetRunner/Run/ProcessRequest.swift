/// A program to start in isolation: its arguments, limits, and whether it gets its own session.
struct ProcessRequest: Sendable {
    var executable: String
    var arguments: [String]
    /// Seconds before the whole session is killed; `nil` waits for ever.
    var timeout: Double?
    /// Bytes kept of stdout and of stderr each; more stops the program (when `stopAtLimit`) or is dropped.
    var outputLimit: Int = 1 << 20
    /// Kill the program when it prints past `outputLimit` (snippets), or keep draining (the compiler).
    var stopAtLimit = true
    /// Variables set (or replaced) in the inherited environment.
    var environmentOverrides: [String: String] = [:]
    /// Start it as the leader of a new session (`setsid`), so everything it starts can be found and ended.
    var newSession = true
}

/// How a started program ended and what it printed.
struct ProcessOutcome: Sendable {
    enum Termination: Sendable, Equatable {
        case exited(Int32)
        case signaled(Int32)
        /// Killed at the deadline, with its whole session.
        case timedOut
        /// Killed because it printed more than the limit on `stream` (`stdout` or `stderr`).
        case outputLimit(stream: String)
    }

    var termination: Termination
    var stdout: [UInt8]
    var stderr: [UInt8]
    /// True when stdout or stderr was cut at the limit.
    var truncated: Bool
    /// Wall-clock seconds from start to end.
    var duration: Double

    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    var stderrText: String { String(decoding: stderr, as: UTF8.self) }
}
