import Foundation
import SiteGen

/// Finds the Swift snippets of parsed pages: their words, hidden lines, expected output and
/// `include=`d declarations. Problems (a malformed or unknown word, an `include=` naming no earlier
/// snippet of the page) become located errors; the snippet is then left out.
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
            let fingerprints = SnippetFingerprint.of(page.codeBlocks)
            for (block, fingerprint) in zip(page.codeBlocks, fingerprints) where block.info.isSwiftSnippet {
                let problems = self.problems(in: block)
                var included: [Snippet.Line] = []
                var missing: [String] = []
                for name in block.info.includes {
                    if let earlier = byID[name] { included += earlier.includedLines + earlier.declarationLines } else { missing.append(name) }
                }
                let located = problems + missing.map {
                    Diagnostic.error("include=\($0) names no earlier snippet with id=\($0) on this page", at: block.location)
                }
                diagnostics += located
                guard located.isEmpty else { continue }
                let snippet = Snippet(
                    index: snippets.count, location: block.location, rawInfo: block.rawInfo, mode: block.info.mode,
                    timeout: block.info.timeout ?? defaultTimeout, id: block.info.id,
                    includedLines: Self.unique(included), ownLines: block.compiledLines.map { Snippet.Line($0.text, fileLine: $0.fileLine) },
                    expectedOutput: block.expectedOutput, page: page.sourcePath, fingerprint: fingerprint)
                if let id = snippet.id {
                    if byID[id] != nil { diagnostics.append(.error("id=\(id) is already used by an earlier snippet on this page", at: block.location)) }
                    byID[id] = snippet
                }
                snippets.append(snippet)
            }
        }
        return (snippets, diagnostics)
    }

    /// Malformed and unknown words of a Swift block, located at the word.
    private func problems(in block: CodeBlock) -> [Diagnostic] {
        let (info, problems) = CodeBlockInfo.parse(block.rawInfo)
        let fenceWidth = 3
        func at(_ column: Int) -> SourceLocation {
            SourceLocation(file: block.location.file, line: block.location.line, column: block.location.column + fenceWidth + column)
        }
        var found = problems.map { Diagnostic.error($0.message, at: at($0.column)) }
        for word in info.unknownWords {
            let column = block.rawInfo.range(of: word).map { block.rawInfo.distance(from: block.rawInfo.startIndex, to: $0.lowerBound) } ?? 0
            found.append(.error("unknown snippet word '\(word)' (known: ignore, no_run, compile_fail, should_fail, timeout=N, id=, include=, title=)", at: at(column)))
        }
        if info.timeout == 0 { found.append(.error("timeout=0: a snippet needs at least 1 second", at: block.location)) }
        return found
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
    /// The snippet's own top-level declarations (`func`, types, `let`/`var`, `import`): what `include=` takes.
    var declarationLines: [Line] {
        let shape = SnippetShape(lines: ownLines.map(\.text))
        return ownLines.indices.filter { shape.declarationLines.contains($0) }.map { ownLines[$0] }
    }
}
