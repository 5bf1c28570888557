import Foundation
import SiteGen

/// Prints a verification for people: progress while it runs (a self-updating line on a terminal,
/// one plain line per snippet otherwise), then one `file:line: error: reason` block per failure
/// and the closing line `N passed, N failed, N skipped`.
public final class ConsoleReporter: Sendable {
    private let isTerminal: Bool
    private let write: @Sendable (String) -> Void
    /// Verdicts shown so far, and how many are expected (0: unknown).
    private let counts = Mutex<(done: Int, total: Int)>((0, 0))

    /// `isTerminal` picks the progress style; `write` receives text (standard output by default).
    public init(isTerminal: Bool = isatty(STDOUT_FILENO) == 1,
                write: @escaping @Sendable (String) -> Void = { FileHandle.standardOutput.write(Data($0.utf8)) }) {
        self.isTerminal = isTerminal
        self.write = write
    }

    /// Tells the reporter how many verdicts to expect (for `[3/40]`); 0 when unknown.
    public func expect(_ count: Int) {
        counts.withLock { $0.total = count }
    }

    /// Shows progress for one finished snippet; safe to call from any thread.
    public func progress(_ result: SnippetResult) {
        let verdict = switch result.status {
        case .passed: result.fromCache ? "ok (cached)" : "ok"
        case .failed: "FAILED"
        case .skipped: result.skipReason.map { "skipped (\($0))" } ?? "skipped"
        }
        counts.withLock { counts in
            counts.done += 1
            let counter = counts.total > 0 ? "[\(counts.done)/\(counts.total)] " : ""
            if isTerminal {
                write("\r\u{1B}[2K\(counter)\(result.snippet.name) \(verdict)")
            } else {
                write("snippet \(result.snippet.name) ... \(verdict)\n")
            }
        }
    }

    /// Prints diagnostics, the failures and the closing line.
    public func finish(_ report: VerificationReport) {
        counts.withLock { counts in
            if isTerminal, counts.done > 0 { write("\r\u{1B}[2K") }
            for diagnostic in report.diagnostics { write("\(diagnostic)\n") }
            for result in report.results {
                if let skip = result.skipReason { write("\(result.snippet.name): note: skipped: \(skip)\n") }
                guard case .failed(let reason) = result.status else { continue }
                write(Self.failureText(result.snippet, reason) + "\n")
            }
            if let shard = report.shard { write(shard.line + "\n") }
            write(report.summary + "\n")
        }
    }

    /// `content/x.md:12: error: reason`, then the details (compiler messages, diff, stderr) indented.
    static func failureText(_ snippet: Snippet, _ reason: FailureReason) -> String {
        let lines = reason.description.split(separator: "\n", omittingEmptySubsequences: false)
        let head = "\(snippet.name): error: \(lines.first ?? "")"
        let details = lines.dropFirst().map { "    " + $0 }
        return ([head] + details).joined(separator: "\n")
    }
}
