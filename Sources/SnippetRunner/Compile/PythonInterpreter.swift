import Foundation

/// The interpreter that runs Python snippets: the command of `snippets: python:` (default `python3`)
/// found on `PATH`, resolved once to the real executable (`sys.executable`, so a pyenv shim or a
/// wrapper script is not started again for every snippet), and its version (part of every cache key).
struct PythonInterpreter: Sendable {
    /// The real executable snippets are run with.
    var executable: String
    /// `3.11.7`.
    var version: String

    /// `Python 3.11.7`: how reports and the "verificado" badge name it.
    var displayName: String { "Python \(version)" }

    /// Variables every Python snippet runs with: UTF-8 whatever the locale, no `__pycache__` written
    /// next to the user's modules, a one-line message when the runtime itself crashes.
    static let environment = ["PYTHONUTF8": "1", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONFAULTHANDLER": "1"]

    /// Finds `command` and asks its version, or reads the answer remembered in `cacheDirectory` when the same
    /// program (path, size, modification time, and the variables that choose an interpreter) answered before.
    static func locate(_ command: String, cacheDirectory: String?) throws -> PythonInterpreter {
        let environment = ProcessInfo.processInfo.environment
        let found: String?
        if command.contains("/") {
            found = FileManager.default.isExecutableFile(atPath: command) ? command : nil
        } else {
            found = (environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(command)" }
                .first { FileManager.default.isExecutableFile(atPath: $0) }
        }
        guard let path = found else {
            throw LaunchError("no Python interpreter '\(command)' found on PATH (set snippets.python in the config)")
        }
        // What picks the interpreter behind a wrapper: the environment, and pyenv's version files.
        let pyenvRoot = environment["PYENV_ROOT"] ?? "\(NSHomeDirectory())/.pyenv"
        let choosers = ["PATH", "VIRTUAL_ENV", "PYENV_VERSION", "CONDA_PREFIX"].map { environment[$0] ?? "" }
            + ["\(pyenvRoot)/version", ".python-version"].map { (try? String(contentsOfFile: $0, encoding: .utf8)) ?? "" }
        let memo = cacheDirectory.map { "\($0)/python-\(ExecutableIdentity.of(path, extra: choosers))" }
        if let memo, let remembered = read(memo), FileManager.default.isExecutableFile(atPath: remembered.executable) {
            return remembered
        }
        let script = "import sys; print(sys.executable); print('%d.%d.%d' % sys.version_info[:3])"
        let outcome = try ProcessLauncher.run(ProcessRequest(executable: path, arguments: ["-c", script], timeout: 60))
        let lines = outcome.stdoutText.split(separator: "\n").map(String.init)
        guard outcome.termination == .exited(0), lines.count >= 2, !lines[1].isEmpty else {
            throw LaunchError("\(path) did not say its version (is it Python 3?): \(outcome.stderrText)")
        }
        let interpreter = PythonInterpreter(executable: lines[0].isEmpty ? path : lines[0], version: lines[1])
        if let memo {
            try? FileManager.default.createDirectory(atPath: (memo as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? Data("\(interpreter.executable)\n\(interpreter.version)\n".utf8).write(to: URL(fileURLWithPath: memo), options: .atomic)
        }
        return interpreter
    }

    private static func read(_ memo: String) -> PythonInterpreter? {
        guard let data = FileManager.default.contents(atPath: memo) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        return lines.count == 2 ? PythonInterpreter(executable: lines[0], version: lines[1]) : nil
    }

    /// True when this interpreter is at least `required` (`3.14`, `3.12.1`), compared part by part.
    func satisfies(_ required: String) -> Bool {
        let have = version.split(separator: ".").map { Int($0) ?? 0 }
        let need = required.split(separator: ".").map { Int($0) ?? 0 }
        for (index, part) in need.enumerated() {
            let mine = index < have.count ? have[index] : 0
            if mine != part { return mine > part }
        }
        return true
    }
}
