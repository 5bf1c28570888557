import Testing
@testable import SiteGen

/// Located diagnostics and pathological input: never a crash, a hang or a lost line.
@Suite struct MarkdownRobustnessTests {
    private func render(_ markdown: String) -> RenderedDocument {
        MarkdownRenderer().render(markdown, file: "r.md")
    }

    /// CommonMark's reading (conformance mode): an unclosed fence runs to its container's end.
    private func renderAsCommonMark(_ markdown: String) -> RenderedDocument {
        MarkdownRenderer(options: MarkdownOptions(decorateCodeBlocks: false)).render(markdown, file: "r.md")
    }

    @Test func unclosedFenceAtTheEndIsTextAndAWarning() {
        // As MkDocs (superfences) renders it: the fence line is text, the rest of the page is Markdown.
        let page = render("Texto\n\n```swift\nlet x = 1\n\n# Título\n")
        #expect(page.html == """
            <p>Texto</p>
            <p>```swift
            let x = 1</p>
            <h1 id="titulo">Título<a class="headerlink" href="#titulo" title="Enlace permanente">¶</a></h1>

            """)
        #expect(page.diagnostics.map(\.description) == [
            "r.md:3:1: warning: unclosed code fence (shown as text, as MkDocs shows it): add a closing ```",
        ])
        #expect(!page.diagnostics.hasErrors)
        #expect(page.codeBlocks.isEmpty)
    }

    @Test func fenceCutByTheEndOfItsContainerIsText() {
        let page = render("!!! note\n    ~~~~\n    código\nFuera.\n")
        #expect(page.diagnostics.map(\.description) == [
            "r.md:2:5: warning: unclosed code fence (shown as text, as MkDocs shows it): add a closing ~~~~",
        ])
        #expect(page.html == """
            <div class="admonition note">
            <p class="admonition-title">Nota</p>
            <p>~~~~
            código</p>
            </div>
            <p>Fuera.</p>

            """)
    }

    @Test func strayClosingFenceInATabIsText() {
        // mkdocs-material's docs/insiders/upgrade.md: a stray ``` at the end of a tab.
        let page = render("=== \"A\"\n\n    ```\n    pip\n    ```\n\n    Texto.\n    ```\n\n=== \"B\"\n\n    Otro.\n")
        #expect(page.diagnostics.map(\.description) == [
            "r.md:8:5: warning: unclosed code fence (shown as text, as MkDocs shows it): add a closing ```",
        ])
        #expect(page.html.contains("<p>Texto.\n```</p>\n</div>\n<div class=\"tabbed-block\">\n<p>Otro.</p>"))
        #expect(page.codeBlocks.map(\.code) == ["pip"])
    }

    @Test func fencesAfterAnUnclosedFenceAreCode() {
        let page = render("```python\nsin cierre\n\n~~~\nx\n~~~\n")
        #expect(page.html.hasPrefix("<p>```python\nsin cierre</p>\n<div class=\"language-text highlight\">"))
        #expect(page.codeBlocks.map(\.code) == ["x"])
        #expect(page.diagnostics.count == 1)
    }

    @Test func fenceCutInsideABlockInsideAListItemStaysInTheItem() {
        // Found by MarkdownFuzz (seed 11): the synthetic closing fence went to column 0, left the
        // list item, and opened a new fence that swallowed the block's closing HTML.
        let page = render("- uno\n\n    * dos\n      /// note | T\n      ```swift\n      let x = 1\n")
        #expect(page.diagnostics.map(\.description).contains("r.md:5:7: warning: unclosed code fence (shown as text, as MkDocs shows it): add a closing ```"))
        #expect(page.html.contains("<p>```swift\nlet x = 1</p>"))
        let code = renderAsCommonMark("- uno\n\n    * dos\n      /// note | T\n      ```swift\n      let x = 1\n")
        #expect(code.diagnostics.map(\.description).contains("r.md:5:7: warning: unclosed code fence (code runs to the end of its container): add a closing ```"))
        for page in [page, code] {
            #expect(page.html.components(separatedBy: "<div").count == page.html.components(separatedBy: "</div>").count)
            #expect(page.html.contains("let x = 1"))
            #expect(!page.html.contains("&lt;/div&gt;"))
        }
    }

    @Test func fenceInAnAdmonitionInAListItemIsSeenAsCmarkSeesIt() {
        // MarkdownFuzz, seed 7: the list item still holds the admonition's dedented body, so the
        // fence is a fence (not indented code) and is closed before the admonition's closing HTML.
        let page = render("2) uno\n    !!! tip \"\"\n\t\t```swift\n\t\tlet x = 1\n")
        #expect(page.diagnostics.map(\.description).contains("r.md:3:3: warning: unclosed code fence (shown as text, as MkDocs shows it): add a closing ```"))
        #expect(page.html.contains("<p>```swift\nlet x = 1</p>"))
        let code = renderAsCommonMark("2) uno\n    !!! tip \"\"\n\t\t```swift\n\t\tlet x = 1\n")
        #expect(code.diagnostics.map(\.description).contains("r.md:3:3: warning: unclosed code fence (code runs to the end of its container): add a closing ```"))
        for page in [page, code] {
            #expect(page.html.components(separatedBy: "<div").count == page.html.components(separatedBy: "</div>").count)
            #expect(page.html.contains("let x = 1"))
            #expect(!page.html.contains("&lt;/div&gt;"))
        }
    }

    @Test func markersWithoutBodyAreWarnings() {
        let page = render("!!! note\nNo indentado.\n\n=== \"Vacía\"\n\n??? tip\n")
        #expect(page.diagnostics.map(\.description) == [
            "r.md:1:1: warning: '!!! note' has no body: indent its content by 4 spaces",
            "r.md:4:1: warning: '=== \"Vacía\"' has no body: indent its content by 4 spaces",
            "r.md:6:1: warning: '??? tip' has no body: indent its content by 4 spaces",
        ])
        #expect(page.html.contains("<p>No indentado.</p>"))
    }

    @Test func containersAfterFootnotesAndQuotesKeepTheirPlace() {
        let page = render("Texto[^1].\n\n[^1]: nota\n  === \"A\"\n      dentro\n> cita\n!!! note\n    cuerpo\n")
        #expect(page.html.contains("<blockquote>\n<p>cita</p>\n</blockquote>\n<div class=\"admonition note\">"))
        #expect(page.html.contains("<div class=\"tabbed-block\">\n<p>dentro</p>\n</div>"))
        let body = page.html.components(separatedBy: "<section class=\"footnotes\"").first ?? ""
        #expect(body.components(separatedBy: "<div").count == body.components(separatedBy: "</div>").count)
    }

    @Test func duplicateLabelsWarnOnceAndRenderBoth() {
        let page = render("=== \"A\"\n    1\n=== \"A\"\n    2\n=== \"A\"\n    3\n")
        #expect(page.diagnostics.map(\.description) == ["r.md:3:1: warning: duplicate tab label 'A' in this tab set"])
        #expect(page.html.contains(#"data-tabs="1:3""#))
    }

    @Test func crlfAndBomAreNormalised() {
        let page = render("\u{FEFF}## Título\r\n\r\n!!! note\r\n    Cuerpo\r\n\r\n```swift\r\nx\r\n```\r\n")
        #expect(page.headings.map(\.id) == ["titulo"])
        #expect(page.html.contains("<p>Cuerpo</p>"))
        #expect(page.codeBlocks.map(\.code) == ["x"])
        #expect(page.codeBlocks.map(\.location.line) == [6])
        #expect(!page.html.contains("\r"))
    }

    @Test func nulBytesBecomeReplacementCharacters() {
        let page = render("a\u{0}b\n\n!!! note \"t\u{0}\"\n    c\u{0}\n")
        #expect(page.html.contains("a\u{FFFD}b"))
        #expect(page.html.contains("c\u{FFFD}"))
        let info = render("```pytho\u{0}\ncódigo\n```\n")
        #expect(info.html.contains("código"))
        #expect(info.codeBlocks.first?.info.language == "pytho\u{FFFD}")
    }

    // Depth costs no recursion; 1,000 levels keep the suite fast (4,000 columns of indentation per
    // line). `MarkdownFuzz --stress` runs 5,000 levels and a 20 MB page.
    @Test func thousandNestedAdmonitions() {
        let depth = 1000
        var source = ""
        for level in 0..<depth { source += String(repeating: " ", count: 4 * level) + "!!! note \"\(level)\"\n" }
        source += String(repeating: " ", count: 4 * depth) + "fondo\n"
        let page = render(source)
        #expect(page.html.components(separatedBy: #"<div class="admonition note">"#).count - 1 == depth)
        #expect(page.html.components(separatedBy: "</div>").count - 1 == depth)
        #expect(page.html.contains("<p>fondo</p>"))
        #expect(page.diagnostics.isEmpty)
    }

    @Test func thousandNestedTabs() {
        let depth = 1000
        var source = ""
        for level in 0..<depth { source += String(repeating: " ", count: 4 * level) + "=== \"t\(level)\"\n" }
        source += String(repeating: " ", count: 4 * depth) + "fondo\n"
        let page = render(source)
        #expect(page.html.contains(#"data-tabs="1000:1""#))
        #expect(page.html.contains("<p>fondo</p>"))
    }

    @Test func deeplyNestedBlockquotesListsAndBlocks() {
        let quotes = render(String(repeating: ">", count: 5000) + " hondo\n")
        #expect(quotes.html.components(separatedBy: "<blockquote>").count - 1 == 5000)
        var list = ""
        for level in 0..<1000 { list += String(repeating: " ", count: 2 * level) + "- item\n" }
        let lists = render(list)
        #expect(lists.html.components(separatedBy: "<ul>").count - 1 == 1000)
        let blocks = render(String(repeating: "/// note | T\n", count: 5000) + "fondo\n" + String(repeating: "///\n", count: 5000))
        #expect(blocks.html.components(separatedBy: #"<div class="admonition note">"#).count - 1 == 5000)
        #expect(blocks.diagnostics.isEmpty)
        let inline = render(String(repeating: "*a ", count: 5000) + String(repeating: "[", count: 5000) + "\n")
        #expect(inline.html.hasPrefix("<p>"))
    }

    @Test func megabyteLineAndBigPage() {
        let line = String(repeating: "palabra ", count: 131_072)
        let wide = render("!!! note\n    " + line + "\n")
        #expect(wide.html.utf8.count > 1_000_000)
        let paragraph = "Un párrafo con *énfasis*, `código` y [enlace](a.md).\n\n"
        let block = "!!! note\n    " + paragraph + "```swift\nlet x = 1\n```\n\n"
        let big = String(repeating: block, count: 2_000_000 / block.utf8.count)
        let page = render(big)
        #expect(page.codeBlocks.count == 2_000_000 / block.utf8.count)
        #expect(page.links.count == page.codeBlocks.count)
    }
}
