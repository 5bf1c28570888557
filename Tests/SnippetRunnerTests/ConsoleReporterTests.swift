import SiteGen
import Testing
@testable import SnippetRunner

/// On a terminal, `verify-snippets` shows `[n/N]` as verdicts come in.
@Test func progressCountsEachVerdictOutOfEverySnippetOfTheRun() {
    let written = Mutex<[String]>([])
    let reporter = ConsoleReporter(isTerminal: true, write: { text in written.withLock { $0.append(text) } })
    var page = PageBuilder(file: "content/a.md")
    page.swift("ignore", "uno")
    page.swift("ignore", "dos")
    // Ignored snippets are judged without a compiler, so this runs no process.
    let verifier = SnippetVerifier(projectRoot: "/nonexistent", options: VerifyOptions(useCache: false),
                                   onStart: reporter.expect, onResult: reporter.progress)
    let report = verifier.verify(pages: [page.page], config: nil)
    reporter.finish(report)
    let names = report.results.map(\.snippet.name)
    #expect(written.withLock { $0 } == [
        "\r\u{1B}[2K[1/2] \(names[0]) skipped",
        "\r\u{1B}[2K[2/2] \(names[1]) skipped",
        "\r\u{1B}[2K",
        "0 passed, 0 failed, 2 skipped\n",
    ])
}
