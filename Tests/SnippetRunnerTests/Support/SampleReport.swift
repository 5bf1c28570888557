import SiteGen
@testable import SnippetRunner

/// A verification of two pages with a pass (cached), a failure whose text needs escaping, and a skip.
enum SampleReport {
    static func snippet(_ index: Int, file: String, line: Int, info: String = "swift") -> Snippet {
        Snippet(index: index, location: SourceLocation(file: file, line: line), rawInfo: info, mode: .run, timeout: 10,
                ownLines: [Snippet.Line("print(\(index))", fileLine: line + 1)])
    }

    /// The failure's reason: markup, quotes, an ampersand, a control character and accents.
    static let wrongOutput = FailureReason.wrongOutput(diff: "-<b>\"hola\" & adiós</b>\n+\u{1B}[31mrojo")

    static let report = VerificationReport(results: [
        SnippetResult(snippet: snippet(0, file: "content/a.md", line: 3), status: .passed, fromCache: true),
        SnippetResult(snippet: snippet(1, file: "content/a.md", line: 20, info: "swift timeout=5"), status: .failed(wrongOutput),
                      compileTime: 1.25, runTime: 0.5),
        SnippetResult(snippet: snippet(2, file: "content/b & c.md", line: 7, info: "swift ignore"), status: .skipped),
    ], diagnostics: [], duration: 3.5)
}
