import Testing
@testable import SiteGen

/// superfences' custom fences, as pymdown-extensions 13.1 writes them.
@Suite struct CustomFenceTests {
    private func html(_ markdown: String, fences: [CustomFence] = [.mermaid]) -> String {
        var options = MarkdownOptions()
        options.codeBlockStyle.customFences = fences
        return MarkdownRenderer(options: options).render(markdown, file: "m.md").html
    }

    @Test func mermaidIsPreCodeWithoutHighlighting() {
        #expect(html("```mermaid\ngraph TD\n  A-->B\n```\n") == "<pre class=\"mermaid\"><code>graph TD\n  A--&gt;B</code></pre>\n")
        #expect(html("~~~ mermaid\ng\n~~~\n") == "<pre class=\"mermaid\"><code>g</code></pre>\n")
    }

    @Test func mermaidInBracesKeepsItsIdClassesAndTitle() {
        #expect(html("```{.mermaid .wide #flujo title=\"t\"}\ng\n```\n")
            == "<pre id=\"flujo\" class=\"mermaid wide\" title=\"t\"><code>g</code></pre>\n")
    }

    @Test func mathFenceWithArithmatex() {
        #expect(html("```math\nx^2 < 1\n```\n", fences: [.mermaid, .math]) == "<div class=\"arithmatex\">\\[\nx^2 &lt; 1\n\\]</div>\n")
    }

    /// (Pygments, which has no `math` lexer, would write `language-text`: we keep the name as written.)
    @Test func withoutTheCustomFenceItIsCode() {
        #expect(html("```math\nx\n```\n").hasPrefix("<div class=\"language-math highlight\">"))
        #expect(html("```mermaid\ng\n```\n", fences: []).hasPrefix("<div class=\"language-mermaid highlight\">"))
    }
}

/// The fast path for blocks whose lines need no markup gives the same HTML as the line-by-line one.
@Suite struct PlainCodeBlockPathTests {
    @Test func sameHTMLWithAndWithoutLineMarkup() {
        let writer = HighlightedCodeHTML(style: .sitegen, blockName: "0", snippetWord: "run", extraClass: nil, panelTitle: nil)
        var info = CodeBlockInfo(language: "swift")
        info.title = "main.swift"
        let text = "let a = 1\n\nprint(a &lt; 2)"
        #expect(!writer.needsLineMarkup(info))
        #expect(writer.html(text: text, info: info) == writer.html(lines: text.split(separator: "\n", omittingEmptySubsequences: false), info: info))
    }
}
