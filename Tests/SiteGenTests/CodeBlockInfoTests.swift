import Testing
@testable import SiteGen

@Suite struct CodeBlockInfoTests {
    @Test func parsesLanguageAndSnippetWords() {
        let (info, problems) = CodeBlockInfo.parse(#"swift title="main.swift" timeout=5 id=setup include=a,b"#)
        #expect(problems.isEmpty)
        #expect(info.language == "swift")
        #expect(info.title == "main.swift")
        #expect(info.timeout == 5)
        #expect(info.id == "setup")
        #expect(info.includes == ["a", "b"])
        #expect(info.mode == .run)
    }

    @Test func compileFailKeepsItsPattern() {
        let (info, _) = CodeBlockInfo.parse(#"swift compile_fail="data race""#)
        #expect(info.mode == .compileFail(pattern: "data race"))
        #expect(CodeBlockInfo.parse("swift compile_fail").info.mode == .compileFail(pattern: nil))
    }

    @Test func outputUnordered() {
        let info = CodeBlockInfo.parse("output unordered").info
        #expect(info.isOutput)
        #expect(info.unordered)
    }

    @Test func highlightedLinesAcceptRanges() {
        let info = CodeBlockInfo.parse(#"python hl_lines="1 3-5" linenums="10""#).info
        #expect(info.highlightedLines == [1, 3, 4, 5])
        #expect(info.lineNumberStart == 10)
    }

    @Test func malformedWordsAreReportedWithTheirColumn() {
        let (info, problems) = CodeBlockInfo.parse(#"swift timeout=abc title="open"#)
        #expect(info.timeout == nil)
        #expect(problems.count == 2)
        #expect(problems.first?.column == 6)
    }

    @Test func attributesWithoutALanguage() {
        // ``` title=".gitignore" (mkdocs-material) and ``` hl_lines="3 4" (typer): no language, no warning.
        let (info, problems) = CodeBlockInfo.parse(#"title=".gitignore" hl_lines="3 4""#)
        #expect(problems.isEmpty)
        #expect(info.language == nil)
        #expect(info.title == ".gitignore")
        #expect(info.highlightedLines == [3, 4])
    }

    @Test func bracesWithTheLanguageAsFirstClass() {
        let (info, problems) = CodeBlockInfo.parse(#"{ .Python .extra-class #id title="x y" hl_lines="2 3" linenums="1" data-x=1 }"#)
        #expect(problems.isEmpty)
        #expect(info.language == "python")
        #expect(info.languageAsWritten == "Python")
        #expect(info.classes == ["extra-class"])
        #expect(info.elementID == "id")
        #expect(info.title == "x y")
        #expect(info.highlightedLines == [2, 3])
        #expect(info.lineNumberStart == 1)
        #expect(info.attributes == [CodeBlockInfo.Attribute(name: "data-x", value: "1")])
    }

    @Test func languageBeforeBraces() {
        let info = CodeBlockInfo.parse(#"python { title="a.py" }"#).info
        #expect(info.language == "python")
        #expect(info.title == "a.py")
        #expect(CodeBlockInfo.parse("{.mermaid}").info.language == "mermaid")
        #expect(CodeBlockInfo.parse(#"swift title="{x}""#).info.title == "{x}")
    }

    @Test func problemsInBracesAreLocatedInTheInfoString() {
        let problems = CodeBlockInfo.parse(#"{ .py hl_lines="2-x" }"#).problems
        #expect(problems.map(\.column) == [6])
        #expect(problems.map(\.message) == ["'hl_lines' has a malformed range '2-x'"])
    }

    @Test func snippetWordsStayAsTheyWere() {
        let info = CodeBlockInfo.parse("swift no_run id=x").info
        #expect(info.isSwiftSnippet)
        #expect(info.mode == .noRun)
        #expect(info.id == "x")
        #expect(info.elementID == nil)
        #expect(info.unknownWords.isEmpty)
    }

    @Test func pythonSnippetWords() {
        let (info, problems) = CodeBlockInfo.parse("python python=3.14 same_output_as=swift-1 no_run")
        #expect(problems.isEmpty)
        #expect(info.isPythonSnippet && info.isSnippet && !info.isSwiftSnippet)
        #expect(info.requiredPython == "3.14")
        #expect(info.sameOutputAs == "swift-1")
        #expect(info.mode == .noRun)
        #expect(CodeBlockInfo.parse("python python=tres").problems.map(\.column) == [7])
    }

    @Test func unknownWordsAreKept() {
        let info = CodeBlockInfo.parse("swift no_runn").info
        #expect(info.unknownWords.map(\.text) == ["no_runn"])
        #expect(info.unknownWords.map(\.column) == [6])
    }
}

@Suite struct HiddenLinesTests {
    @Test func hiddenLinesAreCompiledButNotShown() {
        let block = CodeBlock(info: CodeBlockInfo(language: "swift"), rawInfo: "swift",
                              code: "// snippet.hide\nimport Threading\n// snippet.show\nprint(1)",
                              location: SourceLocation(file: "x.md", line: 3), firstCodeLine: 4, infoOffset: 3)
        #expect(block.visibleCode == "print(1)")
        #expect(block.compiledLines.map(\.text) == ["import Threading", "print(1)"])
        #expect(block.compiledLines.map(\.fileLine) == [5, 7])
    }

    @Test func pythonMarkersHideLinesInsideAFunctionBody() {
        let block = CodeBlock(info: CodeBlockInfo(language: "python"), rawInfo: "python",
                              code: "def foo():\n    # do stuff\n    # snippet.hide\n    print(1)\n    # snippet.show\nfoo()",
                              location: SourceLocation(file: "x.md", line: 3), firstCodeLine: 4, infoOffset: 3)
        #expect(block.visibleCode == "def foo():\n    # do stuff\nfoo()")
        #expect(block.compiledLines.map(\.text) == ["def foo():", "    # do stuff", "    print(1)", "foo()"])
        #expect(block.compiledLines.map(\.fileLine) == [4, 5, 7, 9])
    }
}
