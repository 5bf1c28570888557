import Testing
@testable import SiteGen

/// Heading ids (MkDocs' slugify, binding), permalinks, title, sections.
@Suite struct MarkdownHeadingTests {
    private func render(_ markdown: String) -> RenderedDocument {
        MarkdownRenderer().render(markdown, file: "h.md")
    }

    @Test(arguments: [
        ("¿Dónde están los resultados?", "donde-estan-los-resultados"),
        ("Niño & niña — ¿por qué?", "nino-nina-por-que"),
        ("Título con [enlace](https://example.com) y **negrita**", "titulo-con-enlace-y-negrita"),
        ("`concurrent.futures.ThreadPoolExecutor`", "concurrentfuturesthreadpoolexecutor"),
        ("Árbol_con_guion-bajo y guión", "arbol_con_guion-bajo-y-guion"),
    ])
    func designTableIds(heading: String, id: String) {
        #expect(render("## \(heading)\n").headings.map(\.id) == [id])
    }

    @Test func repeatedHeadingsGetNumberedSuffixes() {
        let page = render("## Implementación\n## Implementación\n## Implementación\n")
        #expect(page.headings.map(\.id) == ["implementacion", "implementacion_1", "implementacion_2"])
    }

    @Test func emptySlugsAreNumbered() {
        #expect(render("## ¿?\n## ***\n\n## 中文\n").headings.map(\.id) == ["_1", "_2", "_3"])
    }

    @Test func slugEdgeCases() {
        #expect(HeadingSlugger.slug("  Hola   Mundo  ") == "hola-mundo")
        #expect(HeadingSlugger.slug("a - b -- c") == "a-b-c")
        #expect(HeadingSlugger.slug("-guion-") == "-guion-")
        #expect(HeadingSlugger.slug("ﬁn ½") == "fin-12")
        #expect(HeadingSlugger.slug("x_1") == "x_1")
    }

    @Test func suffixRuleFollowsPythonMarkdown() {
        var slugger = HeadingSlugger()
        #expect(slugger.uniqueID(for: "a_1") == "a_1")
        #expect(slugger.uniqueID(for: "a_1") == "a_2")
        #expect(slugger.uniqueID(for: "a") == "a")
        #expect(slugger.uniqueID(for: "a") == "a_3")
        #expect(slugger.uniqueID(for: "a") == "a_4")
    }

    @Test func customIdOverridesAndIsRemovedFromTheText() {
        let page = render("## Colas de trabajo {#colas}\n## Colas {: #otra .clase }\n## Colas\n")
        #expect(page.headings.map(\.id) == ["colas", "otra", "colas_1"])
        #expect(page.headings.map(\.text) == ["Colas de trabajo", "Colas", "Colas"])
        #expect(page.html.hasPrefix(##"<h2 id="colas">Colas de trabajo<a class="headerlink" href="#colas" title="Enlace permanente">¶</a></h2>"##))
    }

    @Test func permalinkAnchorShape() {
        #expect(render("## Hola *mundo*\n").html
            == "<h2 id=\"hola-mundo\">Hola <em>mundo</em><a class=\"headerlink\" href=\"#hola-mundo\" title=\"Enlace permanente\">¶</a></h2>\n")
    }

    @Test func headingsInsideContainersAndSetextHeadings() {
        let page = render("Título\n======\n\n!!! note\n    ### Dentro\n\n=== \"T\"\n    #### En pestaña\n")
        #expect(page.headings.map(\.id) == ["titulo", "dentro", "en-pestana"])
        #expect(page.headings.map(\.level) == [1, 3, 4])
        #expect(page.headings.map(\.location.description) == ["h.md:1:1", "h.md:5:5", "h.md:8:5"])
        #expect(page.headings[1].html == "Dentro")
    }

    @Test func titleIsTheFirstH1() {
        #expect(render("## Antes\n# Primero `x`\n# Segundo\n").title == "Primero x")
        #expect(render("Texto\n").title == nil)
    }

    @Test func headingLocationsHonourFirstLine() {
        #expect(MarkdownRenderer().render("\n## A\n", file: "h.md", firstLine: 5).headings.first?.location.line == 6)
    }

    @Test func sectionsSplitTheTextByHeading() {
        let page = render("Intro *breve*.\n\n## Uno\nTexto   uno.\n\n```swift\nlet x = 1\n```\n\n## Dos\n- a\n- b\n")
        #expect(page.sections == [
            DocumentSection(headingID: nil, title: nil, text: "Intro breve."),
            DocumentSection(headingID: "uno", title: "Uno", text: "Texto uno. let x = 1"),
            DocumentSection(headingID: "dos", title: "Dos", text: "a b"),
        ])
    }

    @Test func containerTitlesAreSearchText() {
        let page = render("""
        ## Hilos
        !!! note "*Semáforos* & colas"
            Cuerpo.

        ??? info "Método `run`"
            Más.

        === "Python"
            a

        === "Swift"
            b
        """)
        #expect(page.sections.last?.text == "Semáforos & colas Cuerpo. Método run Más. Python Swift a b")
    }

    @Test func tableCellsAreSeparateWordsInSearchText() {
        let page = render("## Tabla\n\n| miembro | descripción |\n|---|---|\n| `acquire()` | toma un permiso |\n")
        #expect(page.sections.last?.text == "miembro descripción acquire() toma un permiso")
    }
}
