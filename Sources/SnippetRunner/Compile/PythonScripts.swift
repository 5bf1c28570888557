import Foundation
import SiteGen

/// The Python side of the compile stage: Python has no compiler, so each snippet is written as a script
/// of its own (one file per snippet, line N of the script is line N of `compiledLines`), and only the
/// snippets that are not run (`no_run`, `compile_fail`) are syntax-checked, with `compile()` in a process
/// of their own. A console session (`Snippet.isSession`) is written as text and run by `doctest`
/// (`PythonSessionDriver`). The outcomes go to the same run and judge stages as compiled Swift snippets.
struct PythonScripts {
    var interpreter: PythonInterpreter
    /// The run's scratch folder; scripts go to `python/` in it.
    var workDirectory: String
    var jobs: Int

    /// Writes every snippet's script and calls `ready` with each outcome: `.built` (run the interpreter with
    /// these arguments) or `.failed` with the syntax error, its location rewritten to the Markdown line.
    func prepare(_ snippets: [Snippet], ready: @escaping @Sendable (Int, CompileOutcome) -> Void) {
        let folder = "\(workDirectory)/python"
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            snippets.forEach { ready($0.index, .failed(message: "cannot write the Python script: \(error)", seconds: 0)) }
            return
        }
        var toCheck: [(snippet: Snippet, script: String)] = []
        for snippet in snippets {
            let script = "\(folder)/\(snippet.namespace)" + (snippet.isSession ? ".txt" : ".py")
            let source = snippet.compiledLines.map(\.text).joined(separator: "\n") + "\n"
            do { try source.write(toFile: script, atomically: false, encoding: .utf8) } catch {
                ready(snippet.index, .failed(message: "cannot write the Python script: \(error)", seconds: 0))
                continue
            }
            if snippet.isSession {
                ready(snippet.index, sessionOutcome(snippet, text: script))
            } else if snippet.runs, !snippet.expectsCompileFailure {
                ready(snippet.index, .built(executable: interpreter.executable, arguments: [script], seconds: 0))
            } else {
                toCheck.append((snippet, script))
            }
        }
        let checks = toCheck
        _ = ParallelWork.map(checks.count, jobs: jobs) { [self] i in
            ready(checks[i].snippet.index, syntaxCheck(checks[i].snippet, script: checks[i].script))
        }
    }

    /// A session's run: the driver with the session's text, or (not run) its examples compiled now.
    private func sessionOutcome(_ snippet: Snippet, text: String) -> CompileOutcome {
        let firstLine = snippet.ownLines.first?.fileLine ?? snippet.location.line
        let arguments = ["-c", PythonSessionDriver.source, snippet.location.file, String(firstLine)]
        guard !snippet.runs || snippet.expectsCompileFailure else {
            return .built(executable: interpreter.executable, arguments: arguments + ["run", text], seconds: 0)
        }
        let request = ProcessRequest(executable: interpreter.executable, arguments: arguments + ["compile", text],
                                     timeout: Double(snippet.timeout), environmentOverrides: PythonInterpreter.environment)
        do {
            let outcome = try ProcessLauncher.run(request)
            if outcome.termination == .exited(0) {
                return .built(executable: interpreter.executable, arguments: arguments + ["run", text], seconds: outcome.duration)
            }
            return .failed(message: outcome.stderrText.trimmingTrailingWhitespace(), seconds: outcome.duration)
        } catch {
            return .failed(message: "cannot run \(interpreter.executable): \(error)", seconds: 0)
        }
    }

    /// Compiles the script to bytecode without running it; a syntax error comes back as `.failed`.
    private func syntaxCheck(_ snippet: Snippet, script: String) -> CompileOutcome {
        let checker = """
            import sys, traceback
            path = sys.argv[1]
            try:
                compile(open(path, encoding="utf-8").read(), path, "exec")
            except (SyntaxError, ValueError) as error:
                sys.stderr.write("".join(traceback.format_exception_only(type(error), error)))
                sys.exit(1)
            """
        let request = ProcessRequest(executable: interpreter.executable, arguments: ["-c", checker, script],
                                     timeout: Double(snippet.timeout), environmentOverrides: PythonInterpreter.environment)
        do {
            let outcome = try ProcessLauncher.run(request)
            if outcome.termination == .exited(0) {
                return .built(executable: interpreter.executable, arguments: [script], seconds: outcome.duration)
            }
            let message = PythonTraceback.mapped(outcome.stderrText, script: script, snippet: snippet).trimmingTrailingWhitespace()
            return .failed(message: message, seconds: outcome.duration)
        } catch {
            return .failed(message: "cannot run \(interpreter.executable): \(error)", seconds: 0)
        }
    }
}
