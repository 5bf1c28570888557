import Testing
@testable import SiteGen

/// pymdownx.blocks forms: `/// note | Título` … `///`.
@Suite struct MarkdownBlocksSyntaxTests {
    private func render(_ markdown: String) -> RenderedDocument {
        MarkdownRenderer().render(markdown, file: "b.md")
    }

    @Test func blockInsideAListItemWithAFenceClosesInTheItem() {
        let page = render("1. Paso uno\n\n    /// note | Ojo\n    ```python\n    x = 1\n    ```\n    ///\n\n2. Paso dos\n")
        #expect(page.diagnostics.isEmpty, "\(page.diagnostics)")
        #expect(page.html.contains("</div>\n</div>\n</li>\n<li>\n<p>Paso dos</p>\n</li>"))
        #expect(!page.html.contains("<p>///</p>"))
    }

    @Test func admonitionBlock() {
        #expect(render("/// note | Título\nCuerpo.\n///\n").html == """
            <div class="admonition note">
            <p class="admonition-title">Título</p>
            <p>Cuerpo.</p>
            </div>

            """)
        #expect(render("/// warning\nx\n///\n").html.contains(#"<p class="admonition-title">Advertencia</p>"#))
    }

    @Test func genericAdmonitionTakesItsType() {
        #expect(render("/// admonition | Ojo\n    type: danger\n\nx\n///\n").html
            .hasPrefix("<div class=\"admonition danger\">\n<p class=\"admonition-title\">Ojo</p>"))
    }

    @Test func detailsBlockWithOpenOption() {
        let out = render("/// details | Resumen\n    open: True\n    type: info\n\nOculto.\n///\n").html
        #expect(out == "<details class=\"info\" open=\"open\"><summary>Resumen</summary>\n<p>Oculto.</p>\n</details>\n")
    }

    @Test func tabBlocksFormASet() {
        let out = render("/// tab | Uno\nA\n///\n\n/// tab | Dos\n    select: True\nB\n///\n").html
        #expect(out.contains(#"data-tabs="1:2""#))
        #expect(out.contains(#"<input id="__tabbed_1_1" name="__tabbed_1" type="radio" /><input checked="checked" id="__tabbed_1_2""#))
        #expect(out.contains("<div class=\"tabbed-block\">\n<p>B</p>\n</div>"))
    }

    @Test func nestedBlocksUseMoreSlashesOutside() {
        let out = render("//// note | Fuera\n/// tip | Dentro\nx\n///\n////\n").html
        #expect(out.contains("<div class=\"admonition note\">\n<p class=\"admonition-title\">Fuera</p>\n<div class=\"admonition tip\">"))
        #expect(out.hasSuffix("</div>\n</div>\n"))
    }

    @Test func unclosedBlockIsAWarningAndRunsToTheEnd() {
        let page = render("Antes\n\n/// note | T\nx\n")
        #expect(page.html.contains("<p>x</p>\n</div>"))
        #expect(page.diagnostics.map(\.description) == ["b.md:3:1: warning: '/// note | T' is not closed: end it with a line of 3 slashes"])
    }

    @Test func strayClosingLineIsText() {
        #expect(render("///\n").html == "<p>///</p>\n")
    }
}
