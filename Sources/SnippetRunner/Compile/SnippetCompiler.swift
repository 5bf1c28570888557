import Foundation
import SiteGen

/// Compiles snippets the rustdoc-2024 way: every mergeable snippet in one `swiftc` invocation (each in
/// its own namespace, one executable dispatching on its argument; several such parts side by side when
/// cores are idle), the rest on their own. When a merged build fails, the snippets its errors point at
/// are compiled on their own (to report their exact errors in their real top-level form) and the others
/// are merged again.
struct SnippetCompiler {
    var toolchain: SwiftToolchain
    var library: BuiltLibrary?
    /// A scratch folder, removed by the caller when the run ends.
    var workDirectory: String
    var jobs: Int
    /// Merged rebuilds tried after attributing errors, before compiling everything on its own.
    var maxMergeRounds = 8

    /// Compiles `snippets`, calling `ready` (from compiler threads) with each snippet's index and outcome
    /// as soon as it is known, so it can run while others still compile; returns when all are known.
    /// Mergeable snippets compile in `MergePlan` parts side by side; the others compile on their own meanwhile.
    func compile(_ snippets: [Snippet], ready: @escaping @Sendable (Int, CompileOutcome) -> Void) {
        var mergeable: [Snippet] = [], alone: [Snippet] = []
        var imports: [Int: [String]] = [:]
        for snippet in snippets {
            let lines = snippet.compiledLines.map(\.text)
            let shape = SnippetShape(lines: lines)
            guard !snippet.expectsCompileFailure, shape.isMergeable else {
                alone.append(snippet)
                continue
            }
            mergeable.append(snippet)
            imports[snippet.index] = shape.importLines.sorted().map { lines[$0].trimmingCharacters(in: .whitespaces) }
        }
        let partCount = MergePlan.partCount(snippets: mergeable.count, cores: ProcessInfo.processInfo.activeProcessorCount, jobs: jobs)
        let parts = MergePlan.split(partCount > 1 ? MergePlan.groupedByImports(mergeable, imports: imports) : mergeable, into: partCount)
        let threads = max(1, jobs / max(1, parts.count))
        ParallelWork.all([{ [self, alone] in compileEachAlone(alone, ready: ready) }] + parts.enumerated().map { number, part in
            { [self] in compileMerging(part, part: number + 1, threads: threads, ready: ready) }
        })
    }

    /// Merged builds of one part, dropping the snippets the errors point at, until one succeeds; the
    /// dropped ones (or all, when the errors point at none) compile on their own.
    private func compileMerging(_ snippets: [Snippet], part: Int, threads: Int, ready: @escaping @Sendable (Int, CompileOutcome) -> Void) {
        var merged = snippets
        var alone: [Snippet] = []
        var round = 0
        while merged.count > 1 {
            round += 1
            if round > maxMergeRounds { break }
            switch compileMerged(merged, folder: "\(workDirectory)/merged-\(part)-\(round)", threads: threads) {
            case .success(let built):
                built.forEach { ready($0.key, $0.value) }
                merged = []
            case .failure(let blamed):
                let culprits = blamed.isEmpty ? Set(merged.map(\.index)) : blamed
                alone += merged.filter { culprits.contains($0.index) }
                merged.removeAll { culprits.contains($0.index) }
            }
        }
        compileEachAlone(alone + merged, ready: ready)
    }

    private func compileEachAlone(_ snippets: [Snippet], ready: @escaping @Sendable (Int, CompileOutcome) -> Void) {
        _ = ParallelWork.map(snippets.count, jobs: jobs) { [self] i in ready(snippets[i].index, compileAlone(snippets[i])) }
    }

    private enum MergedResult {
        case success([Int: CompileOutcome])
        /// Indexes of the snippets the compiler's errors point at (empty: could not tell).
        case failure(blamed: Set<Int>)
    }

    private func compileMerged(_ snippets: [Snippet], folder: String, threads: Int) -> MergedResult {
        var files: [String] = []
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for snippet in snippets {
                let file = "\(folder)/\(snippet.namespace).swift"
                try SnippetSourceWriter.namespaced(snippet).write(toFile: file, atomically: false, encoding: .utf8)
                files.append(file)
            }
            let main = "\(folder)/main.swift"
            try SnippetSourceWriter.dispatcher(for: snippets).write(toFile: main, atomically: false, encoding: .utf8)
            files.append(main)
            let executable = "\(folder)/snippets"
            let outcome = try toolchain.compile(flags(output: executable) + ["-module-name", "MergedSnippets", "-wmo"]
                + (threads > 1 ? ["-num-threads", "\(threads)"] : []) + files)
            guard outcome.termination == .exited(0) else {
                if ProcessInfo.processInfo.environment["SITEGEN_DEBUG"] != nil { FileHandle.standardError.write(Data(outcome.stderrText.utf8)) }
                return .failure(blamed: CompilerMessages.snippets(blamedIn: outcome.stderrText + outcome.stdoutText, among: snippets))
            }
            let share = outcome.duration / Double(snippets.count)
            return .success(Dictionary(uniqueKeysWithValues: snippets.map {
                ($0.index, CompileOutcome.built(executable: executable, arguments: [$0.namespace], seconds: share))
            }))
        } catch {
            return .failure(blamed: [])
        }
    }

    private func compileAlone(_ snippet: Snippet) -> CompileOutcome {
        let folder = "\(workDirectory)/single-\(snippet.index)"
        let executable = "\(folder)/snippet"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let main = "\(folder)/main.swift"
            try SnippetSourceWriter.standalone(snippet).write(toFile: main, atomically: false, encoding: .utf8)
            // compile_fail only needs the compiler's verdict: the SIL diagnostics passes run, nothing is linked.
            let arguments = snippet.expectsCompileFailure
                ? flags(output: nil) + ["-emit-sil", "-o", "/dev/null", main]
                : flags(output: executable) + [main]
            let outcome = try toolchain.compile(["-module-name", "main"] + arguments)
            if outcome.termination == .exited(0) {
                return .built(executable: executable, arguments: [], seconds: outcome.duration)
            }
            return .failed(message: CompilerMessages.errors(in: outcome.stderrText + outcome.stdoutText), seconds: outcome.duration)
        } catch {
            return .failed(message: "cannot run swiftc: \(error)", seconds: 0)
        }
    }

    private func flags(output: String?) -> [String] {
        var flags = SwiftToolchain.commonFlags + (library?.compilerFlags ?? [])
        if let output { flags += ["-o", output] }
        return flags
    }
}
