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
        var toCheck: [(snippet: Snippet, file: String, commands: Commands)] = []
        for snippet in snippets {
            let file = "\(folder)/\(snippet.namespace)" + (snippet.isSession ? ".txt" : ".py")
            let source = snippet.compiledLines.map(\.text).joined(separator: "\n") + "\n"
            do { try source.write(toFile: file, atomically: false, encoding: .utf8) } catch {
                ready(snippet.index, .failed(message: "cannot write the Python script: \(error)", seconds: 0))
                continue
            }
            let commands = Self.commands(for: snippet, file: file)
            if snippet.runs, !snippet.expectsCompileFailure {
                ready(snippet.index, .built(executable: interpreter.executable, arguments: commands.run, seconds: 0))
            } else {
                toCheck.append((snippet, file, commands))
            }
        }
        let checks = toCheck
        _ = ParallelWork.map(checks.count, jobs: jobs) { [self] i in
            ready(checks[i].snippet.index, compileCheck(checks[i].snippet, file: checks[i].file, commands: checks[i].commands))
        }
    }

    /// The interpreter's arguments to run a snippet, and to only compile it.
    struct Commands {
        var run: [String]
        var compile: [String]
    }

    /// A script runs as itself and compiles with `compile()`; a session goes through
    /// `PythonSessionDriver`, which runs or compiles its prompts.
    static func commands(for snippet: Snippet, file: String) -> Commands {
        guard snippet.isSession else { return Commands(run: [file], compile: ["-c", syntaxChecker, file]) }
        let firstLine = snippet.ownLines.first?.fileLine ?? snippet.location.line
        let driver = ["-c", PythonSessionDriver.source, snippet.location.file, String(firstLine)]
        return Commands(run: driver + ["run", file], compile: driver + ["compile", file])
    }

    /// Compiles `file` to bytecode; a syntax error (or `ValueError`) goes to stderr.
    private static let syntaxChecker = """
        import sys, traceback
        path = sys.argv[1]
        try:
            compile(open(path, encoding="utf-8").read(), path, "exec")
        except (SyntaxError, ValueError) as error:
            sys.stderr.write("".join(traceback.format_exception_only(type(error), error)))
            sys.exit(1)
        """

    /// Compiles the snippet without running it; a syntax error comes back as `.failed`, at its Markdown line.
    private func compileCheck(_ snippet: Snippet, file: String, commands: Commands) -> CompileOutcome {
        let request = ProcessRequest(executable: interpreter.executable, arguments: commands.compile,
                                     timeout: Double(snippet.timeout), environmentOverrides: PythonInterpreter.environment)
        do {
            let outcome = try ProcessLauncher.run(request)
            if outcome.termination == .exited(0) {
                return .built(executable: interpreter.executable, arguments: commands.run, seconds: outcome.duration)
            }
            let message = PythonTraceback.mapped(outcome.stderrText, script: file, snippet: snippet).trimmingTrailingWhitespace()
            return .failed(message: message, seconds: outcome.duration)
        } catch {
            return .failed(message: "cannot run \(interpreter.executable): \(error)", seconds: 0)
        }
    }
}
