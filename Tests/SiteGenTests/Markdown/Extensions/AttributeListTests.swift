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

/// Nodes are replaced at most once: a heading's inline code, an attributed link or code inside a
/// heading, and attributed inline-hilite code (found by MarkdownFuzz as a use after free).
@Suite struct InlineReplacementSafetyTests {
    private let all = ["attr_list", "pymdownx.inlinehilite", "pymdownx.highlight", "pymdownx.caret"]

    @Test func headingsWithInlineHiliteAndAttributedNodes() {
        for _ in 0..<50 {
            let html = ExtensionRender.html("# a `#!python x` b `code` [l](u){ .c }\n    ^^ins^^ @user\n\n`#!python y`{ .k }\n", all)
            #expect(html.contains(#"<h1 id="a-python-x-b-code-l">a <code>#!python x</code> b <code>code</code> <a class="c" href="u">l</a>"#))
            #expect(html.contains(#"<code class="k">#!python y</code>"#))
            let image = ExtensionRender.html("![`#!python a` b](i.png){ .w }\n", all)
            #expect(image == ##"<p><img class="w" alt="#!python a b" src="i.png" /></p>"## + "\n")
        }
    }
}
