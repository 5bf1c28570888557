import Foundation

/// What happened to one snippet: the verdict, why, and how long each step took.
public struct SnippetResult: Sendable {
    /// The verdict counted in the closing `N passed, N failed, N skipped` line.
    public enum Status: Sendable, Equatable {
        case passed
        case failed(FailureReason)
        case skipped
    }

    /// The snippet judged.
    public var snippet: Snippet
    /// Its verdict.
    public var status: Status
    /// Seconds spent compiling (this snippet's share of a merged build); 0 when cached or skipped.
    public var compileTime: Double
    /// Seconds the snippet's process ran; 0 when not run.
    public var runTime: Double
    /// What the program printed (capped), for reports and `--bless`.
    public var stdout: String
    /// What the program printed on stderr (capped), shown on failure.
    public var stderr: String
    /// True when the verdict came from `.sitegen-cache/` without compiling or running.
    public var fromCache: Bool
    /// Why a snippet was skipped when it was not marked `ignore` (`needs Python 3.14; python3 is Python 3.11.7`).
    public var skipReason: String?
    /// What verified a passed snippet, as the badge names it (`Swift 6.3.1`, `Python 3.11.7`); `nil` otherwise.
    public var verifiedBy: String?
    /// For a `timeline` snippet: what its threads did, as `ThreadTimeline.serialized` text;
    /// `nil` when the run recorded nothing (it crashed before, or it uses no `Threading` thread).
    public var timeline: String?

    /// A result; the runner makes these, tests and reporters read them.
    public init(snippet: Snippet, status: Status, compileTime: Double = 0, runTime: Double = 0,
                stdout: String = "", stderr: String = "", fromCache: Bool = false, skipReason: String? = nil,
                verifiedBy: String? = nil, timeline: String? = nil) {
        self.skipReason = skipReason
        self.snippet = snippet
        self.status = status
        self.compileTime = compileTime
        self.runTime = runTime
        self.stdout = stdout
        self.stderr = stderr
        self.fromCache = fromCache
        self.verifiedBy = verifiedBy
        self.timeline = timeline
    }

    /// True when the snippet failed.
    public var failed: Bool {
        if case .failed = status { return true }
        return false
    }
}

/// Why a snippet failed, with what the user needs to fix it.
public enum FailureReason: Sendable, Equatable, CustomStringConvertible {
    /// The compiler rejected a snippet that should compile; `message` holds its diagnostics.
    case compileError(message: String)
    /// A `compile_fail` snippet compiled.
    case compiledUnexpectedly
    /// A `compile_fail="regex"` snippet failed to compile, but no diagnostic matched.
    case compileErrorMismatch(pattern: String, message: String)
    /// Stdout differed from the `output` block; `diff` is a unified diff (expected → actual).
    case wrongOutput(diff: String)
    /// The program exited with a non-zero status.
    case exitStatus(Int32, stderr: String)
    /// A Python console session did not go as written: `report` names the prompt's Markdown line,
    /// what the session says and what Python showed (`PythonSessionDriver`).
    case sessionMismatch(report: String)
    /// The program was killed by a signal (a trap, a crash).
    case crashed(signal: Int32, stderr: String)
    /// The program ran longer than its limit and was killed with everything it started.
    case timedOut(seconds: Int)
    /// The program printed more than the capture limit; it was stopped and its output cut.
    case outputLimitExceeded(stream: String, bytes: Int)
    /// A `should_fail` snippet exited with status 0.
    case succeededUnexpectedly
    /// It passed, but the snippet it must match (the other language's tab, or `same_output_as=ID`)
    /// prints something else.
    case differsFromPair(ParityMismatch)
    /// The runner could not start the program (or the compiler).
    case internalError(String)

    /// The reason as reported: a first line, then details (compiler messages, diff, stderr).
    public var description: String {
        switch self {
        case .compileError(let message):
            return "compile error\n\(message)"
        case .compiledUnexpectedly:
            return "compiled, but it is marked compile_fail"
        case .compileErrorMismatch(let pattern, let message):
            return "failed to compile as expected, but no diagnostic matches /\(pattern)/\n\(message)"
        case .wrongOutput(let diff):
            return "wrong output\n\(diff)"
        case .exitStatus(let code, let stderr):
            return "exited with status \(code)" + Self.stderrSuffix(stderr)
        case .sessionMismatch(let report):
            return "the session does not go as written\n" + report.trimmingTrailingWhitespace()
        case .crashed(let signal, let stderr):
            let message = stderr.components(separatedBy: "Current stack trace:").first ?? stderr
            return "crashed with signal \(SignalName.of(signal))" + Self.stderrSuffix(message)
        case .timedOut(let seconds):
            return "timed out after \(seconds) s (killed with every process it started)"
        case .outputLimitExceeded(let stream, let bytes):
            return "printed more than \(bytes / 1024) KiB on \(stream); stopped and cut"
        case .succeededUnexpectedly:
            return "exited with status 0, but it is marked should_fail"
        case .differsFromPair(let mismatch):
            return mismatch.description
        case .internalError(let message):
            return "could not verify: \(message)"
        }
    }

    /// The last lines of stderr (where a trap's message is), to show under the failure line.
    private static func stderrSuffix(_ stderr: String, keeping maxLines: Int = 20) -> String {
        let lines = stderr.trimmingTrailingWhitespace().split(separator: "\n", omittingEmptySubsequences: false)
        guard !(lines.count == 1 && lines[0].isEmpty) else { return "" }
        let kept = lines.suffix(maxLines).joined(separator: "\n")
        return lines.count > maxLines ? "\n[stderr: last \(maxLines) of \(lines.count) lines]\n" + kept : "\n" + kept
    }
}

extension String {
    /// The string without trailing spaces, tabs and newlines.
    func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex, let c = self[index(before: end)].unicodeScalars.first,
              c == " " || c == "\t" || c == "\n" || c == "\r" {
            end = index(before: end)
        }
        return String(self[..<end])
    }
}
