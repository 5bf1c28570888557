import Testing
@testable import SiteGen

/// Fenced code blocks: pymdownx's shape, hidden lines, output panels and pairing, locations.
@Suite struct MarkdownCodeBlockTests {
    private func render(_ markdown: String, options: MarkdownOptions = MarkdownOptions()) -> RenderedDocument {
        MarkdownRenderer(options: options).render(markdown, file: "c.md")
    }

    @Test func swiftBlockShapeWithTitle() {
        // pymdownx.highlight's shape with Material's settings, plus our data-snippet.
        #expect(render("```swift title=\"main.swift\" no_run\nlet a = 1 < 2\n```\n").html == """
            <div class="language-swift highlight" data-snippet="no_run"><span class="filename">main.swift</span>\
            <pre><span></span><code><span id="__span-0-1"><a id="__codelineno-0-1" name="__codelineno-0-1" href="#__codelineno-0-1"></a>\
            let a = 1 &lt; 2
            </span></code></pre></div>

            """)
    }

    @Test func snippetWordsOnlyOnSwiftBlocks() {
        #expect(render("```swift should_fail\nx\n```\n").html.contains(#"data-snippet="should_fail""#))
        #expect(render("```swift compile_fail=\"race\"\nx\n```\n").html.contains(#"data-snippet="compile_fail""#))
        #expect(render("```swift ignore\nx\n```\n").html.contains(#"data-snippet="ignore""#))
        #expect(render("```swift\nx\n```\n").html.contains(#"data-snippet="run""#))
        #expect(!render("```python\nx\n```\n").html.contains("data-snippet"))
        #expect(render("```\nx\n```\n").html.hasPrefix(#"<div class="language-text highlight"><pre><span></span><code>"#))
    }

    @Test func lineNumbersAndHighlightedLines() {
        #expect(render("```swift linenums=\"5\" hl_lines=\"2\"\na\nb\n```\n").html == """
            <div class="language-swift highlight" data-snippet="run"><table class="highlighttable"><tr><td class="linenos">\
            <div class="linenodiv"><pre><span></span><span class="normal"><a href="#__codelineno-0-5">5</a></span>
            <span class="normal"><a href="#__codelineno-0-6">6</a></span></pre></div></td><td class="code"><div><pre><span></span><code>\
            <span id="__span-0-5"><a id="__codelineno-0-5" name="__codelineno-0-5"></a>a
            </span><span id="__span-0-6"><a id="__codelineno-0-6" name="__codelineno-0-6"></a><span class="hll">b
            </span></span></code></pre></div></td></tr></table></div>

            """)
    }

    @Test func hiddenLinesNeverReachTheHTML() {
        let page = render("```swift\n// snippet.hide\nlet secreto = 42\n// snippet.show\nprint(1)\n```\n")
        #expect(!page.html.contains("secreto"))
        #expect(!page.html.contains("snippet.hide"))
        #expect(page.html.contains(##"href="#__codelineno-0-1"></a>print(1)"## + "\n</span></code>"))
        #expect(page.codeBlocks.first?.code == "// snippet.hide\nlet secreto = 42\n// snippet.show\nprint(1)")
    }

    @Test func outputBlockIsASalidaPanelAndIsAttached() {
        let page = render("```swift\nprint(1)\n```\n\n```output\n1\n```\n")
        #expect(page.html.hasSuffix("""
            <div class="language-output highlight output"><span class="output-title">Salida</span><pre><span></span><code>\
            <span id="__span-1-1"><a id="__codelineno-1-1" name="__codelineno-1-1" href="#__codelineno-1-1"></a>1
            </span></code></pre></div>

            """))
        #expect(page.codeBlocks.count == 2)
        #expect(page.codeBlocks[0].expectedOutput == ExpectedOutput(
            text: "1", unordered: false, location: SourceLocation(file: "c.md", line: 5, column: 1), firstTextLine: 6))
    }

    @Test func outputPairsOnlyAtTheSameLevel() {
        let nested = render("```swift\nprint(1)\n```\n!!! note\n    ```output\n    1\n    ```\n")
        #expect(nested.codeBlocks[0].expectedOutput == nil)
        let inTab = render("=== \"A\"\n    ```swift\n    print(1)\n    ```\n    ```output unordered\n    1\n    ```\n")
        #expect(inTab.codeBlocks[0].expectedOutput?.text == "1")
        #expect(inTab.codeBlocks[0].expectedOutput?.unordered == true)
        let separated = render("```swift\na\n```\n```python\nb\n```\n```output\n1\n```\n")
        #expect(separated.codeBlocks[0].expectedOutput == nil)
        #expect(separated.codeBlocks[1].expectedOutput?.text == "1")
        let inList = render("- ```swift\n  a\n  ```\n\n```output\n1\n```\n")
        #expect(inList.codeBlocks[0].expectedOutput == nil)
        let acrossText = render("```swift\na\n```\n\nTexto entre medias.\n\n```output\n1\n```\n")
        #expect(acrossText.codeBlocks[0].expectedOutput?.location.line == 7)
    }

    @Test func codeIsDedentedAsWrittenWithLocations() {
        let page = render("Intro\n\n!!! note\n    ??? tip\n        ```swift id=a\n            indentado\n        fin\n        ```\n")
        #expect(page.codeBlocks.map(\.location.description) == ["c.md:5:9"])
        #expect(page.codeBlocks[0].firstCodeLine == 6)
        #expect(page.codeBlocks[0].code == "    indentado\nfin")
        #expect(page.codeBlocks[0].compiledLines.map(\.fileLine) == [6, 7])
    }

    @Test func malformedInfoWordsAreLocatedWarnings() {
        let page = render("Texto\n\n  ```swift timeout=abc id=\n  x\n  ```\n")
        #expect(page.diagnostics.map(\.description) == [
            "c.md:3:12: warning: 'timeout' needs a whole number, as in timeout=10",
            "c.md:3:24: warning: 'id' needs a name, as in id=setup",
        ])
        #expect(page.codeBlocks[0].rawInfo == "swift timeout=abc id=")
    }

    @Test func highlighterOutputIsUsed() {
        struct Upper: SyntaxHighlighter {
            func highlight(_ code: String, language: String) -> String? {
                language == "swift" ? code.split(separator: "\n").map { "<span class=\"k\">\($0)</span>" }.joined(separator: "\n") : nil
            }
        }
        let page = render("```swift hl_lines=\"1\"\nlet\nvar\n```\n", options: MarkdownOptions(highlighter: Upper()))
        #expect(page.html.contains(##"href="#__codelineno-0-1"></a><span class="hll"><span class="k">let</span>"## + "\n</span></span>"))
        #expect(render("```python\n<x>\n```\n", options: MarkdownOptions(highlighter: Upper())).html.contains("&lt;x&gt;"))
    }

    @Test func linkDestinationsAreRewrittenAndRecordedAsWritten() {
        let options = MarkdownOptions(rewriteLink: { $0.hasSuffix(".md") ? "../" + $0.dropLast(3) + "/" : $0 })
        let page = render("Ver [hilos](hilos.md) y ![diagrama](img/d.png).\n\n!!! note\n    [Otra](otra.md)\n", options: options)
        #expect(page.html.contains(#"<a href="../hilos/">hilos</a>"#))
        #expect(page.html.contains(#"<img src="img/d.png" alt="diagrama" />"#))
        #expect(page.html.contains(#"<a href="../otra/">Otra</a>"#))
        #expect(page.links.map(\.destination) == ["hilos.md", "img/d.png", "otra.md"])
        #expect(page.links.map(\.isImage) == [false, true, false])
        #expect(page.links.map(\.location.description) == ["c.md:1:5", "c.md:1:25", "c.md:4:5"])
    }

    @Test func linksInsideHeadingsAreRewrittenToo() {
        let options = MarkdownOptions(rewriteLink: { $0 == "hilos.md" ? "../hilos/" : $0 })
        let page = render("## Ver [hilos](hilos.md)\n", options: options)
        #expect(page.headings.first?.html == #"Ver <a href="../hilos/">hilos</a>"#)
        #expect(page.html.contains(#"<h2 id="ver-hilos">Ver <a href="../hilos/">hilos</a><a class="headerlink""#))
        #expect(page.links.map(\.destination) == ["hilos.md"])
        let titled = render("!!! note \"Ver [hilos](hilos.md)\"\n    x\n", options: options)
        #expect(titled.html.contains(#"<p class="admonition-title">Ver <a href="../hilos/">hilos</a></p>"#))
    }
}
