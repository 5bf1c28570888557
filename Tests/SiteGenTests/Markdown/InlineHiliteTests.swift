import Testing
@testable import SiteGen

/// pymdownx.inlinehilite, outputs measured with pymdown-extensions 13.1 (`text`-like code, so
/// Pygments adds no spans; our highlighter's spans are tested where it is used).
@Suite struct InlineHiliteTests {
    private func html(_ markdown: String, options: MarkdownOptions = MarkdownOptions()) -> String {
        MarkdownRenderer(options: options).render(markdown, file: "i.md").html
    }

    @Test func languageMarkersGiveHighlightedCode() {
        #expect(html("Usa `#!text a<b` o `:::text y` y `normal`.\n")
            == #"<p>Usa <code class="language-text highlight">a&lt;b</code> o <code class="language-text highlight">y</code> y <code>normal</code>.</p>"# + "\n")
    }

    @Test func codeIsTrimmedAndAnEmptyLanguageIsPlainCode() {
        #expect(html("a `#!text   x  ` b `#!  y`\n") == #"<p>a <code class="language-text highlight">x</code> b <code>y</code></p>"# + "\n")
    }

    @Test func aMarkerWithoutASpaceIsOrdinaryCode() {
        #expect(html("`#!python` y `#!/bin/sh`\n") == "<p><code>#!python</code> y <code>#!/bin/sh</code></p>\n")
    }

    @Test func theHighlighterColoursTheCode() {
        struct Keywords: SyntaxHighlighter {
            func highlight(_ code: String, language: String) -> String? {
                language == "python" ? #"<span class="k">\#(code)</span>"# : nil
            }
        }
        let out = html("Con `#!Python None` en un título\n", options: MarkdownOptions(highlighter: Keywords()))
        #expect(out == #"<p>Con <code class="language-Python highlight"><span class="k">None</span></code> en un título</p>"# + "\n")
    }

    @Test func withoutLanguageClassesOrInlineHilite() {
        var options = MarkdownOptions()
        options.codeBlockStyle.languageClass = false
        #expect(html("`#!text x`\n", options: options) == #"<p><code class="highlight">x</code></p>"# + "\n")
        options.codeBlockStyle.inlineHilite = false
        #expect(html("`#!text x`\n", options: options) == "<p><code>#!text x</code></p>\n")
    }
}
