#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Human names for signals in reports (`SIGILL (trap)`).
enum SignalName {
    /// `SIGSEGV`, `SIGILL (trap)`… or `signal N` for the rest.
    static func of(_ signal: Int32) -> String {
        switch signal {
        case SIGILL: "SIGILL (trap: fatalError, force unwrap, precondition…)"
        case SIGTRAP: "SIGTRAP (trap: fatalError, force unwrap, precondition…)"
        case SIGABRT: "SIGABRT (abort)"
        case SIGSEGV: "SIGSEGV (bad memory access)"
        case SIGBUS: "SIGBUS (bad memory access)"
        case SIGFPE: "SIGFPE (arithmetic error)"
        case SIGKILL: "SIGKILL"
        case SIGTERM: "SIGTERM"
        case SIGINT: "SIGINT"
        case SIGPIPE: "SIGPIPE"
        default: "signal \(signal)"
        }
    }
}
