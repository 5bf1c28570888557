import Testing
@testable import SiteGen

/// Python-Markdown `abbr`: definitions removed and collected; the inline pass on its own.
@Suite struct AbbreviationTests {
    private func extract(_ text: String) -> (text: String, found: [String: String]) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { SourceLine(text: String($0), origin: SourceLineOrigin(file: "t.md", line: 1)) }
        let found = AbbreviationDefinitions.extract(from: &lines)
        return (lines.map(\.text).joined(separator: "\n"), found)
    }

    @Test func definitionsAreBlankedAndCollected() {
        let result = extract("The HTML spec.\n*[HTML]: Hyper Text Markup Language\n*[W3C]:  World Wide Web Consortium")
        #expect(result.text == "The HTML spec.\n\n")
        #expect(result.found == ["HTML": "Hyper Text Markup Language", "W3C": "World Wide Web Consortium"])
    }

    @Test func titleOnTheNextLineAndEmptyTitleRemoves() {
        #expect(extract("*[A]:\nAlpha").found == ["A": "Alpha"])
        #expect(extract("*[A]: Alpha\n*[A]:\n").found == [:])
    }

    @Test func fencedCodeAndIndentedLinesAreLeftAlone() {
        let result = extract("```\n*[HTML]: x\n```\n  *[CSS]: y")
        #expect(result.found.isEmpty)
        #expect(result.text == "```\n*[HTML]: x\n```\n  *[CSS]: y")
    }

    @Test func stageCollectsDefinitionsFromAutoAppendedFiles() {
        let files = IncludeFixture(["inc/glossary.md": "*[HTML]: Hyper Text Markup Language\n"])
        var settings = IncludeSettings(snippets: .init(basePaths: ["."], autoAppend: ["inc/glossary.md"]))
        settings.abbreviations = true
        let expanded = files.expand("HTML here", settings)
        #expect(expanded.abbreviations == ["HTML": "Hyper Text Markup Language"])
        #expect(expanded.text == "HTML here\n\n\n\n\n")
        let html = MarkdownRenderer().render(expanded.text, file: "docs/page.md").html
        #expect(html == "<p>HTML here</p>\n")
    }

    @Test func passMarksWholeWordsOnly() {
        let pass = AbbreviationPass(["HTML": "Hyper Text", "C++": "plus"])
        #expect(pass.apply(text: "HTML5, HTML_x and HTML.") == [.text("HTML5, HTML_x and "), .abbreviation("HTML", title: "Hyper Text"), .text(".")])
        // Python's \b: "C++ " has no boundary after the second +; "C++x" has.
        #expect(pass.apply(text: "C++ and C++x") == [.text("C++ and "), .abbreviation("C++", title: "plus"), .text("x")])
        #expect(pass.apply(text: "nothing") == [.text("nothing")])
    }

    @Test func passPrefersTheLongestAbbreviation() {
        let pass = AbbreviationPass(["HTML": "a", "HTML 5": "b"])
        #expect(pass.apply(text: "HTML 5 and HTML") == [.abbreviation("HTML 5", title: "b"), .text(" and "), .abbreviation("HTML", title: "a")])
    }
}
