import Foundation
import Testing
@testable import SiteGen

/// attr_list: attributes on inline elements, headings and paragraphs (Python-Markdown 3.x shapes).
@Suite struct AttributeListTests {
    @Test func buttonsCodeAndImages() {
        let html = ExtensionRender.html("[Go](#){ .md-button .md-button--primary } `x`{ .y } ![i](a.png){ width=\"300\" }\n",
                                        ["attr_list"])
        #expect(html == ##"<p><a class="md-button md-button--primary" href="#">Go</a> <code class="y">x</code> <img width="300" alt="i" src="a.png" /></p>"## + "\n")
    }

    @Test func headingIDAndClasses() {
        let page = ExtensionRender.document("## Título { #mi-id .destacado }\n", ["attr_list"])
        #expect(page.headings.first?.id == "mi-id")
        #expect(page.headings.first?.text == "Título")
        #expect(page.html.hasPrefix(##"<h2 id="mi-id" class="destacado">Título<a class="headerlink""##))
    }

    @Test func paragraphAttributesOnItsLastLine() {
        let html = ExtensionRender.html("Lorem (1) ipsum\n{ .annotate }\n\n1. Nota\n", ["attr_list"])
        #expect(html.hasPrefix("<p class=\"annotate\">\nLorem (1) ipsum\n</p>\n<ol>"))
    }

    @Test func bracesThatAreNotAttributeListsStay() {
        #expect(ExtensionRender.html("Set {a, b} and [x](y) {not this}\n", ["attr_list"])
            == "<p>Set {a, b} and <a href=\"y\">x</a> {not this}</p>\n")
    }

    @Test func attributeParsing() {
        let attributes = HTMLAttributes.parse("{: #go .a .b data-x='1 2' class=\"c\" }")
        #expect(attributes?.id == "go")
        #expect(attributes?.classes == ["a", "b", "c"])
        #expect(attributes?.html == #" id="go" class="a b c" data-x="1 2""#)
        #expect(HTMLAttributes.parse("{}") == nil)
        #expect(HTMLAttributes.parse("{ a, b }") == nil)
    }
}

/// md_in_html and the attribute lists that belong to a block before them.
@Suite struct MarkdownInHTMLTests {
    @Test func gridOfCardsLosesTheMarkdownAttribute() {
        #expect(ExtensionRender.html("<div class=\"grid cards\" markdown>\n\n- __Uno__\n\n</div>\n", ["md_in_html"]) == """
            <div class="grid cards">
            <ul>
            <li><strong>Uno</strong></li>
            </ul>
            </div>

            """)
    }

    @Test func figureContentWithoutBlankLinesIsMarkdown() {
        let html = ExtensionRender.html("<figure markdown=\"1\">\n  ![T](a.png)\n  <figcaption>Pie</figcaption>\n</figure>\n", ["md_in_html"])
        #expect(html == "<figure>\n<p><img src=\"a.png\" alt=\"T\" /></p>\n<figcaption>Pie</figcaption>\n</figure>\n")
    }

    @Test func nestedRawElementEndsBeforeMarkdownResumes() {
        let html = ExtensionRender.html("<div class=\"o\" markdown>\n<div class=\"i\">\nraw <b>x</b>\n</div>\nPara *em*\n</div>\n", ["md_in_html"])
        #expect(html == "<div class=\"o\">\n<div class=\"i\">\nraw <b>x</b>\n</div>\n<p>Para <em>em</em></p>\n</div>\n")
    }

    @Test func oneLineElementsBlockAndSpan() {
        #expect(ExtensionRender.html("<div markdown>**b** t</div>\n\n<p markdown=\"span\">*s*</p>\n", ["md_in_html"])
            == "<div>\n<p><strong>b</strong> t</p>\n</div>\n<p><em>s</em></p>\n")
    }

    @Test func withoutTheExtensionHTMLStaysRaw() {
        #expect(ExtensionRender.html("<div markdown>\n*x*\n</div>\n", []) == "<div markdown>\n*x*\n</div>\n")
    }

    @Test func attributeListRightAfterAFenceGoesToTheCodeBlock() {
        let html = ExtensionRender.html("```\nx = 1 # (1)!\n```\n{ .annotate }\n\n1. Nota\n", ["attr_list"])
        #expect(html.hasPrefix("<div class=\"annotate\">\n<div class=\"language-text highlight\">"))
        #expect(!html.contains("{ .annotate }"))
    }

    @Test func attributeListAfterAnIcon() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("icons-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/material", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "<svg/>".write(toFile: folder + "/material/flash.svg", atomically: true, encoding: .utf8)
        let icons = IconLibrary(iconFolders: [folder], pymdownxFolder: nil)
        #expect(ExtensionRender.html("Ver:material-flash:{ .acc .slide } ya\n", ["pymdownx.emoji", "attr_list"], icons: icons)
            == "<p>Ver<span class=\"twemoji acc slide\"><svg/></span> ya</p>\n")
    }
}

/// Which container syntaxes an mkdocs.yml project reads.
@Suite struct BlockSyntaxTests {
    @Test func withoutTheirExtensionsMarkersAreText() {
        let html = ExtensionRender.html("!!! note\n    x\n\n/// caption\nPie\n///\n", [])
        #expect(html == "<p>!!! note\nx</p>\n<p>/// caption\nPie\n///</p>\n")
    }

    @Test func eachExtensionTurnsOnItsSyntax() {
        #expect(ExtensionRender.html("!!! note\n    x\n", ["admonition"]).hasPrefix("<div class=\"admonition note\">"))
        #expect(ExtensionRender.html("??? note\n    x\n", ["pymdownx.details"]).hasPrefix("<details class=\"note\">"))
        #expect(ExtensionRender.html("=== \"A\"\n    x\n", ["pymdownx.tabbed"]).hasPrefix("<div class=\"tabbed-set"))
        #expect(ExtensionRender.html("/// note\nx\n///\n", ["pymdownx.blocks.admonition"]).hasPrefix("<div class=\"admonition note\">"))
        #expect(ExtensionRender.html("/// details | T\nx\n///\n", ["pymdownx.blocks.admonition"]).hasPrefix("<p>/// details"))
    }

    @Test func abbreviationsReachTabLabels() {
        var options = MarkdownOptions(strings: .english, extensions: MarkdownExtensions(["abbr": ExtensionOptions(), "pymdownx.tabbed": ExtensionOptions()]))
        options.abbreviations = ["IEEE": "Institute"]
        let html = MarkdownRenderer(options: options).render("=== \"IEEE\"\n    x\n", file: "t.md").html
        #expect(html.contains(#"<label for="__tabbed_1_1"><abbr title="Institute">IEEE</abbr></label>"#))
    }
}

extension MarkdownInHTMLTests {
    @Test func indentedContentIsDedentedNotCode() {
        let html = ExtensionRender.html("Texto\n<div class=\"result\" markdown>\n    ![Mapa](m.png)\n</div>\n", ["md_in_html"])
        #expect(html == "<p>Texto</p>\n<div class=\"result\">\n<p><img src=\"m.png\" alt=\"Mapa\" /></p>\n</div>\n")
    }
}
