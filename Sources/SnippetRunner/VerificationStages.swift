import Foundation
import SiteGen

/// The stages of one verification after extraction: toolchain, library, cache, compile, run, judge.
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
        let pending = snippets.filter { !$0.isIgnored }
        guard !pending.isEmpty else { return (snippets.compactMap { results[$0.index] }, []) }

        let toolchain: SwiftToolchain
        do { toolchain = try SwiftToolchain.locate(cacheDirectory: cacheDirectory) } catch {
            pending.forEach { settle(SnippetResult(snippet: $0, status: .failed(.internalError("\(error)")))) }
            return (snippets.compactMap { results[$0.index] }, [.error("\(error)")])
        }
        if VerifiedCompiler.displayName(projectRoot: verifier.projectRoot) != VerifiedCompiler.displayName(ofVersionLine: toolchain.version) {
            VerifiedCompiler.record(toolchain.version, projectRoot: verifier.projectRoot)
        }
        let (library, problems) = LibraryBuilder(toolchain: toolchain, cacheDirectory: cacheDirectory).build(config)
        if problems.hasErrors {
            pending.forEach { settle(SnippetResult(snippet: $0, status: .failed(.internalError("the snippet library does not compile")))) }
            return (snippets.compactMap { results[$0.index] }, problems)
        }
        let cache = ResultCache(directory: "\(cacheDirectory)/results", libraryHash: library?.hash ?? "",
                                compilerVersion: toolchain.version)
        var toBuild: [Snippet] = []
        for snippet in pending {
            if options.useCache, !options.bless, cache.hasPassed(snippet) {
                settle(SnippetResult(snippet: snippet, status: .passed, fromCache: true))
            } else {
                toBuild.append(snippet)
            }
        }
        let onResult = verifier.onResult
        let bless = options.bless
        let built = compileAndRun(toBuild, toolchain: toolchain, library: library, finished: { result in
            if result.status == .passed { cache.recordPass(result.snippet) }
            if !bless { onResult?(result) }
        })
        var diagnostics = problems
        var finals = built.map(\.result)
        if bless {
            let (blessed, notes) = BlessStage(projectRoot: verifier.projectRoot).apply(built)
            finals = blessed
            diagnostics += notes
            finals.forEach { onResult?($0) }
        }
        for result in finals { results[result.snippet.index] = result }
        return (snippets.compactMap { results[$0.index] }, diagnostics)
    }

    /// Compiles `snippets` in a scratch folder, runs those that run, and judges each.
    private func compileAndRun(_ snippets: [Snippet], toolchain: SwiftToolchain, library: BuiltLibrary?,
                               finished: @escaping @Sendable (SnippetResult) -> Void) -> [(result: SnippetResult, bless: BlessDecision)] {
        guard !snippets.isEmpty else { return [] }
        Self.removeAbandonedWorkFolders(in: cacheDirectory)
        let work = "\(cacheDirectory)/work-\(getpid())-\(UUID().uuidString.prefix(8))"
        defer { if ProcessInfo.processInfo.environment["SITEGEN_KEEP_WORK"] == nil { try? FileManager.default.removeItem(atPath: work) } }
        let compiler = SnippetCompiler(toolchain: toolchain, library: library, workDirectory: work, jobs: options.jobs)
        let queue = ReadyQueue<(index: Int, outcome: CompileOutcome)>()
        let byIndex = Dictionary(uniqueKeysWithValues: snippets.map { ($0.index, $0) })
        let limit = options.outputLimit
        let bless = options.bless
        let judged = ParallelWork.drain(queue, jobs: options.jobs, fedBy: {
            compiler.compile(snippets) { queue.push(($0, $1)) }
        }) { item -> (result: SnippetResult, bless: BlessDecision)? in
            guard let snippet = byIndex[item.index] else { return nil }
            let result = Self.judge(snippet, item.outcome, outputLimit: limit)
            finished(result)
            let decision = bless ? BlessDecision.decide(for: result, rerun: { Self.judge(snippet, item.outcome, outputLimit: limit) }) : .keep
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
    private static let snippetEnvironment = ["SWIFT_BACKTRACE": "enable=no"]

    private static func judge(_ snippet: Snippet, _ outcome: CompileOutcome, outputLimit: Int) -> SnippetResult {
        switch outcome {
        case .failed(let message, let seconds):
            return SnippetResult(snippet: snippet, status: SnippetJudge.verdict(for: snippet, compileError: message), compileTime: seconds)
        case .built(let executable, let arguments, let seconds):
            guard snippet.runs, !snippet.expectsCompileFailure else {
                return SnippetResult(snippet: snippet, status: SnippetJudge.verdict(for: snippet, run: nil), compileTime: seconds)
            }
            let request = ProcessRequest(executable: executable, arguments: arguments, timeout: Double(snippet.timeout),
                                         outputLimit: outputLimit, environmentOverrides: snippetEnvironment)
            do {
                let run = try ProcessLauncher.run(request)
                return SnippetResult(snippet: snippet, status: SnippetJudge.verdict(for: snippet, run: run), compileTime: seconds,
                                     runTime: run.duration, stdout: run.stdoutText, stderr: run.stderrText)
            } catch {
                return SnippetResult(snippet: snippet, status: .failed(.internalError("\(error)")), compileTime: seconds)
            }
        }
    }
}
