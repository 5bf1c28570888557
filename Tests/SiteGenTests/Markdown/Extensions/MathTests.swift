import Testing
@testable import SiteGen

/// pymdownx.arithmatex (generic mode): math is kept away from emphasis and escapes.
@Suite struct MathTests {
    private let math = ["pymdownx.arithmatex"]

    @Test func inlineMathKeepsStarsUnderscoresAndBackslashes() {
        #expect(ExtensionRender.html("Res $(3*10, 3*5)\\ px$ y \\(a_1 \\{b\\}\\) pero `$x$` no\n", math)
            == #"<p>Res <span class="arithmatex">\((3*10, 3*5)\ px\)</span> y <span class="arithmatex">\(a_1 \{b\}\)</span> pero <code>$x$</code> no</p>"# + "\n")
    }

    @Test func moneyIsNotMath() {
        #expect(ExtensionRender.html("Cuesta $5 y $10.\n", math) == "<p>Cuesta $5 y $10.</p>\n")
    }

    @Test func displayMathBlocks() {
        #expect(ExtensionRender.html("Texto\n\n$$\na^2 + b_1 * c\n$$\n\n\\begin{align}\ny &= 1\n\\end{align}\n", math) == """
            <p>Texto</p>
            <div class="arithmatex">\\[
            a^2 + b_1 * c
            \\]</div>
            <div class="arithmatex">\\[
            \\begin{align}
            y &amp;= 1
            \\end{align}
            \\]</div>

            """)
    }

    @Test func displayMathInsideAnAdmonition() {
        let html = ExtensionRender.html("!!! note\n    $$\n    x^2\n    $$\n", math + ["admonition"])
        #expect(html.contains("<div class=\"arithmatex\">\\[\nx^2\n\\]</div>"))
    }

    @Test func displayMathThatDoesNotCloseBeforeABlankLineIsText() {
        let page = ExtensionRender.document("$$\nx\n\n```\ncode\n```\n", math)
        #expect(page.html.hasPrefix("<p>$$\nx</p>\n"))
        #expect(page.html.contains("language-text highlight"))
        #expect(page.diagnostics.isEmpty)
    }
}
