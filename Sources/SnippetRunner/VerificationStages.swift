import Foundation
import SiteGen

/// The stages of one verification after extraction: tools (the Swift compiler and library, the Python
/// interpreter, each only when a snippet needs it), cache, compile (Python: write the script), run,
/// judge, and the parity check between translations.
struct VerificationStages {
    var verifier: SnippetVerifier
    /// `.sitegen-cache/snippets`.
    var cacheDirectory: String

    private var options: VerifyOptions { verifier.options }

    /// Results in snippet order, and problems that are no single snippet's.
    func run(_ snippets: [Snippet], config: SnippetsConfig?) -> ([SnippetResult], [Diagnostic]) {
        var results: [Int: SnippetResult] = [:]
        func settle(_ result: SnippetResult) {
            results[result.snippet.index] = result
            verifier.onResult?(result)
        }
        for snippet in snippets where snippet.isIgnored { settle(SnippetResult(snippet: snippet, status: .skipped)) }
        var pending = snippets.filter { !$0.isIgnored }
        var diagnostics: [Diagnostic] = []
        var tools = Tools()
        var caches: [Snippet.Language: ResultCache] = [:]

        for language in [Snippet.Language.swift, .python] where pending.contains(where: { $0.language == language }) {
            switch language == .swift ? prepareSwift(config) : preparePython(config) {
            case .success(let (prepared, cache)):
                tools.merge(prepared)
                caches[language] = cache
            case .failure(let failure):
                pending.filter { $0.language == language }.forEach { settle(SnippetResult(snippet: $0, status: .failed(.internalError(failure.reason)))) }
                pending.removeAll { $0.language == language }
                diagnostics += failure.diagnostics
            }
        }
        if let interpreter = tools.python {
            for snippet in pending where snippet.isPython {
                guard let required = snippet.requiredPython, !interpreter.satisfies(required) else { continue }
                settle(SnippetResult(snippet: snippet, status: .skipped,
                                     skipReason: "needs Python \(required); \(config?.python ?? "python3") is \(interpreter.displayName)"))
            }
            pending.removeAll { results[$0.index] != nil }
        }

        var toBuild: [Snippet] = []
        for snippet in pending {
            if options.useCache, !options.bless, let cache = caches[snippet.language], cache.hasPassed(snippet) {
                settle(SnippetResult(snippet: snippet, status: .passed, fromCache: true, timeline: cache.timeline(of: snippet)))
            } else {
                toBuild.append(snippet)
            }
        }
        let onResult = verifier.onResult
        let bless = options.bless
        let passCaches = caches
        let built = compileAndRun(toBuild, tools: tools, finished: { result in
            if result.status == .passed { passCaches[result.snippet.language]?.recordPass(result.snippet, timeline: result.timeline) }
            if !bless { onResult?(result) }
        })
        var finals = built.map(\.result)
        if bless {
            let (blessed, notes) = BlessStage(projectRoot: verifier.projectRoot).apply(built)
            finals = blessed
            diagnostics += notes
            finals.forEach { onResult?($0) }
        }
        for result in finals { results[result.snippet.index] = result }
        let checked = ParityCheck.apply(to: snippets.compactMap { results[$0.index] })
        return (checked.map { result in
            var stamped = result
            if result.status == .passed, !result.snippet.isIgnored { stamped.verifiedBy = tools.displayName(of: result.snippet.language) }
            return stamped
        }, diagnostics)
    }

    /// What runs the snippets: the Swift compiler and library, the Python interpreter (each only when needed).
    private struct Tools: Sendable {
        var swift: (toolchain: SwiftToolchain, library: BuiltLibrary?)?
        var python: PythonInterpreter?

        /// How the badge names what verified a snippet of `language` (`Swift 6.3.1`, `Python 3.11.7`).
        func displayName(of language: Snippet.Language) -> String? {
            language == .swift ? swift?.toolchain.displayName : python?.displayName
        }

        /// Takes the tools `other` has.
        mutating func merge(_ other: Tools) {
            swift = other.swift ?? swift
            python = other.python ?? python
        }
    }

    /// Why the snippets of one language cannot be verified at all (no compiler or interpreter, a library
    /// that does not compile): the reason each of them fails with, and the run's diagnostics.
    private struct ToolUnavailable: Error {
        var reason: String
        var diagnostics: [Diagnostic]
    }

    /// The compiler, the built library and the cache of Swift verdicts.
    private func prepareSwift(_ config: SnippetsConfig?) -> Result<(Tools, ResultCache), ToolUnavailable> {
        let toolchain: SwiftToolchain
        do { toolchain = try SwiftToolchain.locate(cacheDirectory: cacheDirectory) } catch {
            return .failure(ToolUnavailable(reason: "\(error)", diagnostics: [.error("\(error)")]))
        }
        let (library, problems) = LibraryBuilder(toolchain: toolchain, cacheDirectory: cacheDirectory).build(config)
        if problems.hasErrors {
            return .failure(ToolUnavailable(reason: "the snippet library does not compile", diagnostics: problems))
        }
        let cache = ResultCache(directory: "\(cacheDirectory)/results", libraryHash: library?.hash ?? "",
                                compilerVersion: toolchain.version)
        return .success((Tools(swift: (toolchain, library)), cache))
    }

    /// The interpreter of `snippets: python:` and the cache of Python verdicts (keyed by its version).
    private func preparePython(_ config: SnippetsConfig?) -> Result<(Tools, ResultCache), ToolUnavailable> {
        do {
            let interpreter = try PythonInterpreter.locate(config?.python ?? "python3", cacheDirectory: cacheDirectory)
            let cache = ResultCache(directory: "\(cacheDirectory)/results", libraryHash: "", compilerVersion: interpreter.displayName)
            return .success((Tools(python: interpreter), cache))
        } catch {
            return .failure(ToolUnavailable(reason: "\(error)", diagnostics: [.error("\(error)")]))
        }
    }

    /// Compiles the Swift `snippets` and writes the Python ones in a scratch folder, runs those that run
    /// (Python ones start at once, while Swift compiles), and judges each.
    private func compileAndRun(_ snippets: [Snippet], tools: Tools,
                               finished: @escaping @Sendable (SnippetResult) -> Void) -> [(result: SnippetResult, bless: BlessDecision)] {
        guard !snippets.isEmpty else { return [] }
        Self.removeAbandonedWorkFolders(in: cacheDirectory)
        let work = "\(cacheDirectory)/work-\(getpid())-\(UUID().uuidString.prefix(8))"
        defer { if ProcessInfo.processInfo.environment["SITEGEN_KEEP_WORK"] == nil { try? FileManager.default.removeItem(atPath: work) } }
        let queue = ReadyQueue<(index: Int, outcome: CompileOutcome)>()
        let swift = snippets.filter { $0.language == .swift }, python = snippets.filter(\.isPython)
        let jobs = options.jobs
        let byIndex = Dictionary(uniqueKeysWithValues: snippets.map { ($0.index, $0) })
        let limit = options.outputLimit
        let bless = options.bless
        let judged = ParallelWork.drain(queue, jobs: options.jobs, fedBy: {
            if let interpreter = tools.python {
                PythonScripts(interpreter: interpreter, workDirectory: work, jobs: jobs).prepare(python) { queue.push(($0, $1)) }
            }
            if let (toolchain, library) = tools.swift {
                SnippetCompiler(toolchain: toolchain, library: library, workDirectory: work, jobs: jobs).compile(swift) { queue.push(($0, $1)) }
            }
        }) { item -> (result: SnippetResult, bless: BlessDecision)? in
            guard let snippet = byIndex[item.index] else { return nil }
            let result = Self.judge(snippet, item.outcome, outputLimit: limit, work: work)
            finished(result)
            let decision = bless ? BlessDecision.decide(for: result, rerun: { Self.judge(snippet, item.outcome, outputLimit: limit, work: work) }) : .keep
            return (result, decision)
        }
        let byResult = Dictionary(judged.map { ($0.result.snippet.index, $0) }) { first, _ in first }
        return snippets.map { snippet in
            byResult[snippet.index] ?? (SnippetResult(snippet: snippet, status: .failed(.internalError("the compiler gave no result"))), .keep)
        }
    }

    /// Removes `work-<pid>-…` folders left by runs that were killed (their pid is gone).
    private static func removeAbandonedWorkFolders(in folder: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix("work-") {
            let parts = name.split(separator: "-")
            guard parts.count >= 2, let pid = pid_t(parts[1]), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: "\(folder)/\(name)")
        }
    }

    /// A crash prints the runtime's one-line message, not a full backtrace with registers.
    private static let swiftEnvironment = ["SWIFT_BACKTRACE": "enable=no"]

    private static func judge(_ snippet: Snippet, _ outcome: CompileOutcome, outputLimit: Int, work: String) -> SnippetResult {
        switch outcome {
        case .failed(let message, let seconds):
            return SnippetResult(snippet: snippet, status: SnippetJudge.verdict(for: snippet, compileError: message), compileTime: seconds)
        case .built(let executable, let arguments, let seconds):
            guard snippet.runs, !snippet.expectsCompileFailure else {
                return SnippetResult(snippet: snippet, status: SnippetJudge.verdict(for: snippet, run: nil), compileTime: seconds)
            }
            let trace = snippet.recordsTimeline ? TimelineCapture(workDirectory: work, snippet: snippet) : nil
            let request = ProcessRequest(executable: executable, arguments: arguments, timeout: Double(snippet.timeout),
                                         outputLimit: outputLimit,
                                         environmentOverrides: snippet.isPython ? PythonInterpreter.environment : swiftEnvironment.merging(trace?.environment ?? [:]) { $1 })
            do {
                var run = try ProcessLauncher.run(request)
                if snippet.isPython, let script = arguments.last {
                    run.stderr = Array(PythonTraceback.mapped(run.stderrText, script: script, snippet: snippet).utf8)
                }
                return SnippetResult(snippet: snippet, status: SnippetJudge.verdict(for: snippet, run: run), compileTime: seconds,
                                     runTime: run.duration, stdout: run.stdoutText, stderr: run.stderrText,
                                     timeline: trace?.collect())
            } catch {
                return SnippetResult(snippet: snippet, status: .failed(.internalError("\(error)")), compileTime: seconds)
            }
        }
    }
}
