import Testing
@testable import SiteGen

/// pymdownx.snippets, against pymdown-extensions 13.1's output on the same input.
@Suite struct SnippetExpanderTests {
    let files = IncludeFixture([
        "inc/a.md": "Included line 1\nIncluded line 2\n",
        "inc/lines.txt": "l1\nl2\nl3\nl4\nl5\n",
        "inc/sec.py": "before\n# --8<-- [start:setup]\nin section\n# --8<-- [end:setup]\nafter\n",
        "inc/nest.md": "nested start\n--8<-- \"inc/a.md\"\nnested end\n",
        "inc/loop.md": "loop\n--8<-- \"inc/loop.md\"\n",
    ])

    @Test func inlineSnippetIsReplacedByTheFileWithItsFinalEmptyLine() {
        #expect(files.snippets("# T\n--8<-- \"inc/a.md\"\nafter").text == "# T\nIncluded line 1\nIncluded line 2\n\nafter")
    }

    @Test func singleQuotesWork() {
        #expect(files.snippets("--8<-- 'inc/a.md'").text == "Included line 1\nIncluded line 2\n")
    }

    @Test func markerInsideTextIsNotASnippet() {
        #expect(files.snippets("Text --8<-- \"inc/a.md\" inline").isUnchanged)
        #expect(files.snippets("--8<-- \"inc/a.md\" trailing").isUnchanged)
    }

    @Test func escapedSnippetLosesItsSemicolon() {
        let expanded = files.snippets(";--8<-- \"inc/a.md\"")
        #expect(expanded.text == "--8<-- \"inc/a.md\"")
        #expect(expanded.diagnostics.isEmpty)
    }

    @Test func lineRanges() {
        #expect(files.snippets("--8<-- \"inc/lines.txt:2:3\"").text == "l2\nl3")
        #expect(files.snippets("--8<-- \"inc/lines.txt:4\"").text == "l4\nl5\n")
        #expect(files.snippets("--8<-- \"inc/lines.txt:1:1,5:5\"").text == "l1\nl5")
        #expect(files.snippets("--8<-- \"inc/lines.txt:-3:-2\"").text == "l4\nl5")
    }

    @Test func rangePastTheEndWarns() {
        let expanded = files.snippets("--8<-- \"inc/lines.txt:40:50\"")
        #expect(expanded.text == "")
        #expect(expanded.diagnostics.map(\.description)
            == ["docs/page.md:1:9: warning: line range of snippet 'inc/lines.txt' selects no line (the file has 6)"])
    }

    @Test func namedSection() {
        #expect(files.snippets("--8<-- \"inc/sec.py:setup\"").text == "in section")
        let missing = files.snippets("x\n--8<-- \"inc/sec.py:nope\"")
        #expect(missing.diagnostics.map(\.description) == ["docs/page.md:2:9: warning: section 'nope' not found in snippet 'inc/sec.py'"])
    }

    @Test func sectionMarkersOfAWholeFileAreDropped() {
        #expect(files.snippets("--8<-- \"inc/sec.py\"").text == "before\nin section\nafter\n")
    }

    @Test func blockFormTakesOnePathPerLine() {
        let page = "--8<--\ninc/a.md\n\n;inc/commented.md\ninc/lines.txt:5\n--8<--\nend"
        #expect(files.snippets(page).text == "Included line 1\nIncluded line 2\n\n\nl5\n\nend")
    }

    @Test func nestedSnippetsExpand() {
        #expect(files.snippets("--8<-- \"inc/nest.md\"").text == "nested start\nIncluded line 1\nIncluded line 2\n\nnested end\n")
    }

    @Test func recursionIsSkippedWithAWarningInTheIncludingFile() {
        let expanded = files.snippets("--8<-- \"inc/loop.md\"")
        #expect(expanded.text == "loop\n")
        #expect(expanded.diagnostics.map(\.description)
            == ["inc/loop.md:2:9: warning: snippet 'inc/loop.md' is already being included (recursion): skipped"])
    }

    @Test func missingFileIsAWarningAndTheLineGoes() {
        let expanded = files.snippets("a\n  --8<-- \"missing.md\"\nb")
        #expect(expanded.text == "a\nb")
        #expect(expanded.diagnostics.map(\.description) == ["docs/page.md:2:11: warning: snippet 'missing.md' not found (base_path: .)"])
    }

    @Test func missingFileIsAnErrorWithCheckPaths() {
        let expanded = files.snippets("--8<-- \"missing.md\"", checkPaths: true)
        #expect(expanded.diagnostics.map(\.severity) == [.error])
    }

    @Test func pathsMayNotLeaveTheBasePath() {
        let expanded = files.expand("--8<-- \"../inc/a.md\"", IncludeSettings(snippets: .init(basePaths: ["docs"])))
        #expect(expanded.text == "")
        #expect(expanded.diagnostics.count == 1)
    }

    @Test func indentedSnippetIndentsEveryLine() {
        #expect(files.snippets("- item\n\t--8<-- \"inc/a.md\"").text == "- item\n    Included line 1\n    Included line 2\n    ")
    }

    @Test func snippetsExpandInsideFencedCode() {
        #expect(files.snippets("```\n--8<-- \"inc/lines.txt:1:2\"\n```").text == "```\nl1\nl2\n```")
    }

    @Test func autoAppendAddsTheFilesAtTheEnd() {
        #expect(files.snippets("Page", autoAppend: ["inc/lines.txt:1:1", "inc/lines.txt:2:2"]).text == "Page\n\n\nl1\n\nl2\n")
    }

    @Test func includedLinesMapBackToTheirFile() {
        let expanded = files.snippets("# T\n\n    --8<-- \"inc/nest.md\"\n", autoAppend: [])
        #expect(expanded.location(line: 1).description == "docs/page.md:1:1")
        #expect(expanded.location(line: 3, column: 5).description == "inc/nest.md:1:1")
        #expect(expanded.location(line: 4, column: 9).description == "inc/a.md:1:5")
        #expect(expanded.location(line: 7).description == "inc/nest.md:3:1")
        #expect(expanded.location(line: 9).description == "docs/page.md:4:1")
    }

    @Test func firstLineOffsetsThePageLines() {
        let expanded = files.snippets("--8<-- \"missing.md\"", checkPaths: false)
        #expect(files.expand("x\n--8<-- \"inc/a.md\"", IncludeSettings(snippets: .init(basePaths: ["."])), firstLine: 5)
            .location(line: 1).line == 5)
        #expect(expanded.diagnostics.first?.location?.line == 1)
    }
}

extension SnippetExpanderTests {
    @Test func includedFilesAreListedForRebuilds() {
        let expanded = files.snippets("--8<-- \"inc/nest.md\"")
        #expect(Set(expanded.includedFiles.map { PathUtilities.display($0, relativeTo: files.root) }) == ["inc/nest.md", "inc/a.md"])
    }
}
