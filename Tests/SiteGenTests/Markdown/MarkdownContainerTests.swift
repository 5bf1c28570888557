import Testing
@testable import SiteGen

/// Admonitions, details and content tabs against pymdownx's HTML shapes (DESIGN.md §2).
@Suite struct MarkdownContainerTests {
    private func html(_ markdown: String) -> String {
        MarkdownRenderer().render(markdown, file: "t.md").html
    }

    @Test func admonitionWithTitle() {
        #expect(html("!!! note \"Colas\"\n    Cuerpo.\n") == """
            <div class="admonition note">
            <p class="admonition-title">Colas</p>
            <p>Cuerpo.</p>
            </div>

            """)
    }

    @Test func defaultTitlesAreSpanish() {
        let cases = ["note": "Nota", "abstract": "Resumen", "info": "Información", "tip": "Consejo", "success": "Éxito",
                     "question": "Pregunta", "warning": "Advertencia", "failure": "Fallo", "danger": "Peligro",
                     "bug": "Error", "example": "Ejemplo", "quote": "Cita"]
        for (type, title) in cases {
            #expect(html("!!! \(type)\n    x\n").contains(#"<p class="admonition-title">\#(title)</p>"#))
        }
        #expect(html("!!! custom\n    x\n").contains(#"<p class="admonition-title">Custom</p>"#))
    }

    @Test func englishStringsGiveEnglishTitles() {
        let page = MarkdownRenderer(options: MarkdownOptions(strings: .english)).render("!!! tip\n    x\n", file: "t.md")
        #expect(page.html.contains(#"<p class="admonition-title">Tip</p>"#))
    }

    @Test func emptyTitleMeansNoTitle() {
        #expect(html("!!! note \"\"\n    Solo cuerpo.\n") == "<div class=\"admonition note\">\n<p>Solo cuerpo.</p>\n</div>\n")
    }

    @Test func extraWordsAreExtraClasses() {
        #expect(html("!!! note inline end \"T\"\n    x\n").hasPrefix(#"<div class="admonition note inline end">"#))
    }

    @Test func titlesAreInlineMarkdown() {
        #expect(html("!!! note \"*Queues* y `with`\"\n    x\n")
            .contains(#"<p class="admonition-title"><em>Queues</em> y <code>with</code></p>"#))
        #expect(html("!!! note \"# no es un título\"\n    x\n")
            .contains(#"<p class="admonition-title"># no es un título</p>"#))
    }

    @Test func detailsCollapsedAndOpen() {
        #expect(html("??? info \"Más\"\n    Texto.\n") == """
            <details class="info"><summary>Más</summary>
            <p>Texto.</p>
            </details>

            """)
        #expect(html("???+ warning\n    Texto.\n").hasPrefix(#"<details class="warning" open="open"><summary>Advertencia</summary>"#))
    }

    @Test func consecutiveTabsFormOneSet() {
        #expect(html("=== \"Uno\"\n    A\n\n=== \"Dos\"\n    B\n") == """
            <div class="tabbed-set tabbed-alternate" data-tabs="1:2"><input checked="checked" id="__tabbed_1_1" name="__tabbed_1" type="radio" /><input id="__tabbed_1_2" name="__tabbed_1" type="radio" /><div class="tabbed-labels"><label for="__tabbed_1_1">Uno</label><label for="__tabbed_1_2">Dos</label></div>
            <div class="tabbed-content">
            <div class="tabbed-block">
            <p>A</p>
            </div>
            <div class="tabbed-block">
            <p>B</p>
            </div>
            </div>
            </div>

            """)
    }

    @Test func selectedTabIsChecked() {
        let out = html("=== \"Uno\"\n    A\n=== \"Dos\"\n    B\n===+ \"Tres\"\n    C\n")
        #expect(out.contains(#"<input id="__tabbed_1_1" name="__tabbed_1" type="radio" /><input id="__tabbed_1_2" name="__tabbed_1" type="radio" /><input checked="checked" id="__tabbed_1_3""#))
    }

    @Test func bangStartsANewSetAndSetsAreNumberedPerPage() {
        let out = html("=== \"A\"\n    a\n===! \"B\"\n    b\n\nTexto\n\n=== \"C\"\n    c\n")
        #expect(out.contains(#"data-tabs="1:1""#) && out.contains(#"data-tabs="2:1""#) && out.contains(#"data-tabs="3:1""#))
        #expect(out.contains(#"<label for="__tabbed_2_1">B</label>"#))
        let again = html("=== \"A\"\n    a\n")
        #expect(again.contains(#"data-tabs="1:1""#))
    }

    @Test func textBetweenTabsEndsTheSet() {
        let out = html("=== \"A\"\n    a\n\nPárrafo.\n\n=== \"B\"\n    b\n")
        #expect(out.components(separatedBy: "tabbed-set").count - 1 == 2)
        #expect(out.contains("</div>\n<p>Párrafo.</p>\n<div class=\"tabbed-set"))
    }

    @Test func fenceInsideATabInsideAnAdmonitionInsideDetails() {
        let source = """
            ??? info "Fuera"
                !!! note "Medio"
                    === "Dentro"
                        ```swift
                        !!! not a marker
                        === "nor this"
                        print("hola")
                        ```
            Después.
            """
        let page = MarkdownRenderer().render(source, file: "t.md")
        #expect(page.html == """
            <details class="info"><summary>Fuera</summary>
            <div class="admonition note">
            <p class="admonition-title">Medio</p>
            <div class="tabbed-set tabbed-alternate" data-tabs="1:1"><input checked="checked" id="__tabbed_1_1" name="__tabbed_1" type="radio" /><div class="tabbed-labels"><label for="__tabbed_1_1">Dentro</label></div>
            <div class="tabbed-content">
            <div class="tabbed-block">
            <div class="language-swift highlight" data-snippet="run"><pre><span></span><code>\
            <span id="__span-0-1"><a id="__codelineno-0-1" name="__codelineno-0-1" href="#__codelineno-0-1"></a>!!! not a marker
            </span><span id="__span-0-2"><a id="__codelineno-0-2" name="__codelineno-0-2" href="#__codelineno-0-2"></a>=== &quot;nor this&quot;
            </span><span id="__span-0-3"><a id="__codelineno-0-3" name="__codelineno-0-3" href="#__codelineno-0-3"></a>print(&quot;hola&quot;)
            </span></code></pre></div>
            </div>
            </div>
            </div>
            </div>
            </details>
            <p>Después.</p>

            """)
        #expect(page.codeBlocks.map(\.location.description) == ["t.md:4:13"])
        #expect(page.codeBlocks.first?.firstCodeLine == 5)
        #expect(page.codeBlocks.first?.code == "!!! not a marker\n=== \"nor this\"\nprint(\"hola\")")
        #expect(page.diagnostics.isEmpty)
    }

    @Test func tabCountsAsFourColumns() {
        #expect(html("!!! note\n\tCon tabulador.\n").contains("<p>Con tabulador.</p>\n</div>"))
    }

    @Test func markersInsideFencesAreText() {
        let out = html("```\n!!! note\n    x\n```\n")
        #expect(out.contains("</a>!!! note\n</span>"))
        #expect(out.contains("</a>    x\n</span></code>"))
        #expect(!out.contains("admonition"))
    }

    @Test func containerInsideAListItemKeepsTheListIndentation() {
        let out = html("1. Paso uno\n\n    !!! tip\n        Detalle.\n\n2. Paso dos\n")
        #expect(out.contains("<li>\n<p>Paso uno</p>\n<div class=\"admonition tip\">\n<p class=\"admonition-title\">Consejo</p>\n<p>Detalle.</p>\n</div>\n</li>"))
        #expect(out.contains("<li>\n<p>Paso dos</p>\n</li>\n</ol>"))
    }

    @Test func referenceLinksAndFootnotesWorkAcrossContainers() {
        let out = html("!!! note\n    Ver [la guía][g] y una nota[^1].\n\n[g]: https://example.com/guia\n\n[^1]: Al pie.\n")
        #expect(out.contains(#"<a href="https://example.com/guia">la guía</a>"#))
        #expect(out.contains("footnote"))
    }
}
