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

    @Test func wordProblemsAreLocatedWhereTheBuildFoundTheWord() {
        var page = PageBuilder(file: "content/a.md")
        page.swift("should_fial", "print(2)")
        page.python("python=tres", "print(3)")
        let problems = SnippetExtractor(defaultTimeout: 10).snippets(in: [page.page]).diagnostics
        // ```swift should_fial: the fence is 3 characters, then "swift " (6): the word starts at column 10.
        #expect(problems.map(\.location?.column) == [10, 11])
    }

    @Test func pythonIncludeTakesImportsFunctionsAndClassesWithTheirBodies() {
        var page = PageBuilder(file: "content/a.md")
        page.python("id=model", """
            from threading import Lock
            import sys

            @staticmethod
            def work(i):
                return bytes([i % 256]) * (
                    1024)

            class Counter:
                \"\"\"Cuenta.

                def no_es_de_nivel_superior(): pass
                \"\"\"
                total = 0
            items = [
            1, 2]
            print("modelo listo")
            if True:
                print("tampoco")
            """)
        page.python("include=model", "print(work(1))")
        let (snippets, problems) = SnippetExtractor(defaultTimeout: 10).snippets(in: [page.page])
        #expect(problems.isEmpty)
        #expect(snippets[1].includedLines.map(\.text) == [
            "from threading import Lock", "import sys", "", "@staticmethod", "def work(i):", "    return bytes([i % 256]) * (",
            "        1024)", "", "class Counter:", "    \"\"\"Cuenta.", "", "    def no_es_de_nivel_superior(): pass", "    \"\"\"",
            "    total = 0",
        ])
    }

    @Test func aSnippetIncludesOnlyItsOwnLanguage() {
        var page = PageBuilder(file: "content/a.md")
        page.swift("id=swift", "func double(_ x: Int) -> Int { x * 2 }")
        page.python("include=swift", "print(1)")
        let (snippets, problems) = SnippetExtractor(defaultTimeout: 10).snippets(in: [page.page])
        #expect(snippets.count == 1)
        #expect(problems.map(\.message) == ["include=swift names a Swift snippet; a Python snippet includes only Python"])
    }

    @Test func sameOutputAsBorrowsTheOutputBlockOfTheNamedSnippet() {
        var page = PageBuilder(file: "content/a.md")
        page.swift("id=hola", #"print("hola")"#, output: "hola")
        page.python("same_output_as=hola", #"print("hola")"#)
        page.python("same_output_as=nadie", #"print("hola")"#)
        let (snippets, problems) = SnippetExtractor(defaultTimeout: 10).snippets(in: [page.page])
        #expect(snippets[1].expectedOutput?.text == "hola")
        #expect(snippets[1].borrowsOutput)
        #expect(problems.map(\.message) == ["same_output_as=nadie names no other snippet with id=nadie on this page"])
    }
}
