import Foundation

/// Turns what the compiler and the run did into a verdict, following the snippet's mode.
enum SnippetJudge {
    /// The verdict for a snippet that failed to compile.
    static func verdict(for snippet: Snippet, compileError message: String) -> SnippetResult.Status {
        guard case .compileFail(let pattern) = snippet.mode else { return .failed(.compileError(message: message)) }
        guard let pattern else { return .passed }
        // swiftc's `error:` lines, Python's `SyntaxError:` (or `IndentationError:`) line.
        let errors = message.split(separator: "\n").filter { $0.contains("error:") || $0.contains("Error:") }.joined(separator: "\n")
        guard let regex = try? NSRegularExpression(pattern: pattern) else {
            return .failed(.internalError("compile_fail pattern /\(pattern)/ is not a valid regular expression"))
        }
        let range = NSRange(errors.startIndex..., in: errors)
        return regex.firstMatch(in: errors, range: range) != nil
            ? .passed : .failed(.compileErrorMismatch(pattern: pattern, message: message))
    }

    /// The verdict for a snippet that compiled and (when its mode runs it) ran.
    static func verdict(for snippet: Snippet, run: ProcessOutcome?) -> SnippetResult.Status {
        if snippet.expectsCompileFailure { return .failed(.compiledUnexpectedly) }
        guard let run else { return .passed }
        switch run.termination {
        case .timedOut:
            return .failed(.timedOut(seconds: snippet.timeout))
        case .outputLimit(let stream):
            return .failed(.outputLimitExceeded(stream: stream, bytes: stream == "stdout" ? run.stdout.count : run.stderr.count))
        case .signaled(let signal):
            return snippet.mode == .shouldFail ? .passed : .failed(.crashed(signal: signal, stderr: run.stderrText))
        case .exited(let code) where code != 0:
            if snippet.mode == .shouldFail { return .passed }
            return .failed(snippet.isSession ? .sessionMismatch(report: run.stderrText) : .exitStatus(code, stderr: run.stderrText))
        case .exited:
            if snippet.mode == .shouldFail { return .failed(.succeededUnexpectedly) }
            return compareOutput(of: snippet, stdout: run.stdoutText)
        }
    }

    private static func compareOutput(of snippet: Snippet, stdout: String) -> SnippetResult.Status {
        guard let expected = snippet.expectedOutput else { return .passed }
        if OutputComparer.matches(expected: expected.text, actual: stdout, unordered: expected.unordered) { return .passed }
        var want = OutputComparer.normalizedLines(expected.text)
        var got = OutputComparer.normalizedLines(stdout)
        if expected.unordered {
            want.sort()
            got.sort()
        }
        return .failed(.wrongOutput(diff: UnifiedDiff.diff(expected: want, actual: got)))
    }
}
