import Testing
@testable import SiteGen

/// pymdownx.caret, mark and tilde: shapes from pymdown-extensions 13.1.
@Suite struct CaretMarkTildeTests {
    private let all = ["pymdownx.caret", "pymdownx.mark", "pymdownx.tilde"]

    @Test func doubledDelimitersEncloseInlineElements() {
        #expect(ExtensionRender.html("^^ins **b** x^^ and ==mark *e*== and ~~del~~\n", all)
            == "<p><ins>ins <strong>b</strong> x</ins> and <mark>mark <em>e</em></mark> and <del>del</del></p>\n")
    }

    @Test func singleDelimitersTakeOneWordWithoutSpaces() {
        #expect(ExtensionRender.html("H~2~O and x^2^ but x^2 ^a b^ stay\n", all)
            == "<p>H<sub>2</sub>O and x<sup>2</sup> but x^2 ^a b^ stay</p>\n")
    }

    @Test func openersNeedANonSpaceAfterThem() {
        #expect(ExtensionRender.html("^^ a^^ and == b==\n", all) == "<p>^^ a^^ and == b==</p>\n")
    }

    @Test func withoutTildeMkDocsPrintsTheTildes() {
        #expect(ExtensionRender.html("~~no~~ and ~one~\n", []) == "<p>~~no~~ and ~one~</p>\n")
    }

    @Test func codeSpansAreNeverRewritten() {
        #expect(ExtensionRender.html("`==x==` and `^^y^^`\n", all) == "<p><code>==x==</code> and <code>^^y^^</code></p>\n")
    }

    @Test func passesApplyInsideHeadingsAndKeepTheSlug() {
        let page = ExtensionRender.document("## Agua H~2~O ==ya==\n", all)
        #expect(page.headings.first?.id == "agua-h2o-ya")
        #expect(page.html.hasPrefix("<h2 id=\"agua-h2o-ya\">Agua H<sub>2</sub>O <mark>ya</mark>"))
    }
}
