import Testing
@testable import SiteGen

/// Where Python-Markdown reads lists differently from CommonMark, MkDocs projects follow MkDocs.
@Suite struct PythonMarkdownListTests {
    private func render(_ markdown: String, mkdocs: Bool) -> RenderedDocument {
        var options = MarkdownOptions(strings: .english, extensions: .mkdocsDefaults)
        options.pythonMarkdown = mkdocs
        return MarkdownRenderer(options: options).render(markdown, file: "t.md")
    }

    @Test func aListRightAfterAParagraphLineIsTextWithAWarning() {
        let page = render("Resultado:\n- uno\n- dos\n\n1. tres\n", mkdocs: true)
        #expect(page.html == "<p>Resultado:\n- uno\n- dos</p>\n<ol>\n<li>tres</li>\n</ol>\n")
        #expect(page.diagnostics.map(\.description) == [
            "t.md:2:1: warning: MkDocs reads this list item as text: a list needs a blank line before it; rendered as MkDocs does (add a blank line to make it a list)",
        ])
    }

    /// Python-Markdown's `lazy_ol` (on in MkDocs) numbers every ordered list from 1; raw HTML is kept.
    @Test func orderedListsAreNumberedFromOneAsMkDocsDoes() {
        let markdown = "Pasos:\n\n3. tres\n4. cuatro\n\n<ol start=\"7\"><li>siete</li></ol>\n"
        #expect(render(markdown, mkdocs: true).html
            == "<p>Pasos:</p>\n<ol>\n<li>tres</li>\n<li>cuatro</li>\n</ol>\n<ol start=\"7\"><li>siete</li></ol>\n")
        #expect(render(markdown, mkdocs: false).html.contains("<ol start=\"3\">"))
    }

    /// Python-Markdown nests what is indented 4 spaces past a marker, even a wide one (`11.  `:
    /// content at column 5); CommonMark would end the item there (or read an indented code block).
    @Test func fourSpacesPastAWideMarkerStayInTheItem() {
        #expect(render("10. Diez.\n11.  - Botón.\n    - Clases.\n", mkdocs: true).html
            == "<ol>\n<li>Diez.</li>\n<li>\n<ul>\n<li>Botón.</li>\n<li>Clases.</li>\n</ul>\n</li>\n</ol>\n")
        let paragraphs = "12.  Texto\n\n    Segundo párrafo.\n"
        #expect(render(paragraphs, mkdocs: true).html == "<ol>\n<li>\n<p>Texto</p>\n<p>Segundo párrafo.</p>\n</li>\n</ol>\n")
        #expect(render(paragraphs, mkdocs: false).html.contains("<code>Segundo párrafo."), "CommonMark for sitegen.yml projects")
    }

    /// `-   ` alone, a blank line, then text indented 4: Python-Markdown's item holds the text (a
    /// grid card's diagram, in real pages); CommonMark's item is empty and the text is code.
    @Test func anItemWhoseMarkerStandsAloneHoldsTheIndentedTextAfterABlankLine() {
        let page = render("-   \n\n    Texto del elemento.\n", mkdocs: true).html
        #expect(page.hasPrefix("<ul>\n<li>") && page.contains("Texto del elemento.</") && !page.contains("<pre"), "\(page)")
        #expect(render("-   \n\n    Texto del elemento.\n", mkdocs: false).html.contains("<code>Texto del elemento."))
        #expect(render("-   \n\nFin.\n", mkdocs: true).html == "<ul>\n<li></li>\n</ul>\n<p>Fin.</p>\n")
        #expect(render("-   \n\n- dos\n", mkdocs: true).html.contains("<li></li>"))
    }

    @Test func sitegenProjectsKeepCommonMarkLists() {
        #expect(render("Resultado:\n- uno\n", mkdocs: false).html == "<p>Resultado:</p>\n<ul>\n<li>uno</li>\n</ul>\n")
    }

    @Test func thematicBreaksAndHeadingsAreLeftAlone() {
        #expect(render("Texto\n* * *\n", mkdocs: true).html == "<p>Texto</p>\n<hr />\n")
        #expect(render("# T\n- uno\n", mkdocs: true).html.contains("<ul>\n<li>uno</li>\n</ul>"))
    }
}

extension PythonMarkdownListTests {
    @Test func aLineOfOneInlineTagStartsAParagraphNotRawHTML() {
        #expect(render("<small>\n  **Tip:** x\n</small>\n", mkdocs: true).html
            == "<p><small><!-- -->\n<strong>Tip:</strong> x\n</small></p>\n")
        #expect(render("<small>\n  **Tip:** x\n</small>\n", mkdocs: false).html == "<small>\n  **Tip:** x\n</small>\n")
    }
}

extension PythonMarkdownListTests {
    @Test func rawHTMLBlocksEndAtTheirClosingTag() {
        #expect(render("<div class=\"a\">\n<div>x</div>\n</div>\n**Markdown** after\n", mkdocs: true).html
            == "<div class=\"a\">\n<div>x</div>\n</div>\n<p><strong>Markdown</strong> after</p>\n")
        #expect(render("<div>\n</div>\n**raw**\n", mkdocs: false).html == "<div>\n</div>\n**raw**\n")
    }
}
