import SiteGen
import Testing
@testable import SnippetRunner

@Suite struct SnippetExtractorTests {
    @Test func includeTakesTheDeclarationsOfAnEarlierSnippetNotItsStatements() {
        var page = PageBuilder(file: "content/a.md")
        page.swift("id=setup", "func double(_ x: Int) -> Int { x * 2 }\nprint(\"setup\")")
        page.swift("include=setup", "print(double(2))")
        let (snippets, problems) = SnippetExtractor(defaultTimeout: 10).snippets(in: [page.page])
        #expect(problems.isEmpty)
        #expect(snippets[1].includedLines.map(\.text) == ["func double(_ x: Int) -> Int { x * 2 }"])
        #expect(snippets[1].includedLines.map(\.fileLine) == [2])
    }

    @Test func includeOfAnUnknownOrLaterIDIsALocatedError() {
        var page = PageBuilder(file: "content/a.md")
        page.swift("include=later", "print(1)")
        page.swift("id=later", "let x = 1")
        let (snippets, problems) = SnippetExtractor(defaultTimeout: 10).snippets(in: [page.page])
        #expect(snippets.count == 1)
        #expect(problems.map(\.description) == ["content/a.md:1:1: error: include=later names no earlier snippet with id=later on this page"])
    }

    @Test func malformedAndUnknownWordsAreLocatedErrors() {
        var page = PageBuilder(file: "content/a.md")
        page.swift("timeout=abc", "print(1)")
        page.swift("should_fial", "print(2)")
        let (snippets, problems) = SnippetExtractor(defaultTimeout: 10).snippets(in: [page.page])
        #expect(snippets.isEmpty)
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.severity == .error && $0.location?.file == "content/a.md" })
        #expect(problems[0].message.contains("timeout"))
        #expect(problems[1].message.contains("should_fial"))
    }

    @Test func hiddenLinesAreCompiledWithTheirMarkdownLines() {
        var page = PageBuilder(file: "content/a.md")
        page.swift("", "// snippet.hide\nlet name = \"Ana\"\n// snippet.show\nprint(name)")
        let snippet = SnippetExtractor(defaultTimeout: 10).snippets(in: [page.page]).snippets[0]
        #expect(snippet.ownLines.map(\.text) == ["let name = \"Ana\"", "print(name)"])
        #expect(snippet.ownLines.map(\.fileLine) == [3, 5])
    }

    @Test func timeoutComesFromTheWordOrTheConfig() {
        var page = PageBuilder(file: "content/a.md")
        page.swift("timeout=3", "print(1)")
        page.swift("", "print(2)")
        let snippets = SnippetExtractor(defaultTimeout: 7).snippets(in: [page.page]).snippets
        #expect(snippets.map(\.timeout) == [3, 7])
    }
}
