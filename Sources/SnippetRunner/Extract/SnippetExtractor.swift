import Foundation
import SiteGen

/// Finds the Swift and Python snippets of parsed pages: their words, hidden lines, expected output and
/// `include=`d declarations. The words are the build's own parse of the info string (`CodeBlock.info`,
/// located with `CodeBlock.infoLocation`). Problems (a malformed or unknown word, an `include=` or
/// `same_output_as=` naming no snippet of the page) become located errors; the snippet is then left out.
///
///     let (snippets, problems) = SnippetExtractor(defaultTimeout: 10).snippets(in: site.pages.map(SnippetPage.init))
struct SnippetExtractor {
    /// Seconds allowed to a snippet without `timeout=N`.
    var defaultTimeout: Int

    /// Snippets of `pages`, in page order, numbered from 0.
    func snippets(in pages: [SnippetPage]) -> (snippets: [Snippet], diagnostics: [Diagnostic]) {
        var snippets: [Snippet] = []
        var diagnostics: [Diagnostic] = []
        for page in pages {
            var byID: [String: Snippet] = [:]
            let pageStart = snippets.count
            let fingerprints = SnippetFingerprint.of(page.codeBlocks)
            for (block, fingerprint) in zip(page.codeBlocks, fingerprints) where block.info.isSnippet {
                let language: Snippet.Language = block.info.isPythonSnippet ? .python : .swift
                var included: [Snippet.Line] = []
                var missing: [String] = []
                for name in block.info.includes {
                    guard let earlier = byID[name] else { missing.append(name); continue }
                    if earlier.language != language {
                        diagnostics.append(.error("include=\(name) names a \(earlier.language.displayName) snippet; a \(language.displayName) snippet includes only \(language.displayName)", at: block.location))
                        missing.append(name)
                    } else {
                        included += earlier.includedLines + earlier.declarationLines
                    }
                }
                let session = language == .python && Self.isSession(block)
                let located = problems(in: block, language: language, session: session) + missing.filter { byID[$0] == nil }.map {
                    Diagnostic.error("include=\($0) names no earlier snippet with id=\($0) on this page", at: block.location)
                }
                diagnostics += located
                guard located.isEmpty, missing.isEmpty else { continue }
                var snippet = Snippet(
                    index: snippets.count, location: block.location, rawInfo: block.rawInfo, mode: block.info.mode,
                    timeout: block.info.timeout ?? defaultTimeout, id: block.info.id,
                    includedLines: Self.unique(included), ownLines: block.compiledLines.map { Snippet.Line($0.text, fileLine: $0.fileLine) },
                    expectedOutput: block.expectedOutput, language: language, page: page.sourcePath, fingerprint: fingerprint)
                snippet.isSession = session
                snippet.recordsTimeline = block.info.timeline
                snippet.requiredPython = block.info.requiredPython
                snippet.sameOutputAs = block.info.sameOutputAs
                snippet.tab = block.tab
                if let id = snippet.id {
                    if byID[id] != nil { diagnostics.append(.error("id=\(id) is already used by an earlier snippet on this page", at: block.location)) }
                    byID[id] = snippet
                }
                snippets.append(snippet)
            }
            diagnostics += Self.borrowOutputs(&snippets[pageStart...], byID: byID)
        }
        return (snippets, diagnostics)
    }

    /// Gives each `same_output_as=ID` snippet without an output block the block of snippet `ID` (anywhere on its page).
    private static func borrowOutputs(_ snippets: inout ArraySlice<Snippet>, byID: [String: Snippet]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for index in snippets.indices {
            guard let name = snippets[index].sameOutputAs else { continue }
            guard let other = byID[name], other.index != snippets[index].index else {
                problems.append(.error("same_output_as=\(name) names no other snippet with id=\(name) on this page", at: snippets[index].location))
                continue
            }
            guard snippets[index].expectedOutput == nil else { continue }
            guard let output = other.expectedOutput else {
                problems.append(.error("same_output_as=\(name): neither this snippet nor id=\(name) has an output block", at: snippets[index].location))
                continue
            }
            snippets[index].expectedOutput = output
            snippets[index].borrowsOutput = true
        }
        return problems
    }

    /// Malformed, unknown and misplaced words of a snippet block, located at the word.
    private func problems(in block: CodeBlock, language: Snippet.Language, session: Bool) -> [Diagnostic] {
        var found = block.infoProblems.map { Diagnostic.error($0.message, at: block.infoLocation(offset: $0.column)) }
        for word in block.info.unknownWords {
            found.append(.error("unknown snippet word '\(word.text)' (known: ignore, no_run, compile_fail, should_fail, timeout=N, id=, include=, same_output_as=, python=, title=, timeline)",
                                at: block.infoLocation(offset: word.column)))
        }
        if block.info.timeout == 0 { found.append(.error("timeout=0: a snippet needs at least 1 second", at: block.location)) }
        if block.info.requiredPython != nil, language != .python {
            found.append(.error("python=VERSION applies only to python snippets", at: block.location))
        }
        if block.info.timeline, language != .swift {
            found.append(.error("timeline applies only to swift snippets (the thread trace is Threading's)", at: block.location))
        }
        if session {
            if let output = block.expectedOutput {
                found.append(.error("a Python session (>>>) holds its expected output after each prompt: remove this output block", at: output.location))
            }
            if !block.info.includes.isEmpty || block.info.sameOutputAs != nil {
                found.append(.error("include= and same_output_as= apply to Python scripts, not to a session (>>>)", at: block.location))
            }
        }
        return found
    }

    /// A `pycon` block, or a Python block whose first line with text is a `>>>` prompt.
    private static func isSession(_ block: CodeBlock) -> Bool {
        if block.info.isPythonSession { return true }
        let first = block.compiledLines.first { !$0.text.allSatisfy(\.isWhitespace) }
        return first?.text.drop(while: { $0 == " " }).hasPrefix(">>>") == true
    }

    /// `lines` without repeats (a snippet included twice through two paths), in file order.
    private static func unique(_ lines: [Snippet.Line]) -> [Snippet.Line] {
        var seen: Set<Int> = []
        return lines.filter { seen.insert($0.fileLine).inserted }.sorted { $0.fileLine < $1.fileLine }
    }
}

/// The part of a parsed page the extractor reads: where it is and its code blocks in document order.
struct SnippetPage: Sendable {
    /// The path diagnostics print (`content/x.md`).
    var file: String
    /// The path relative to the docs folder (`x.md`), as the verification record names pages.
    var sourcePath: String
    var codeBlocks: [CodeBlock]

    init(file: String, sourcePath: String? = nil, codeBlocks: [CodeBlock]) {
        self.file = file
        self.sourcePath = sourcePath ?? file
        self.codeBlocks = codeBlocks
    }

    init(_ page: ParsedPage) {
        self.init(file: page.displayPath, sourcePath: page.sourcePath, codeBlocks: page.document.codeBlocks)
    }
}

extension Snippet {
    /// The snippet's own top-level declarations: what `include=` takes. Swift: `func`, types, `let`/`var`,
    /// `import`; Python: `import`, `def`, `class` (with their decorators and bodies).
    var declarationLines: [Line] {
        let texts = ownLines.map(\.text)
        let declarations = language == .python ? PythonDeclarations.lines(of: texts) : SnippetShape(lines: texts).declarationLines
        return ownLines.indices.filter { declarations.contains($0) }.map { ownLines[$0] }
    }
}
