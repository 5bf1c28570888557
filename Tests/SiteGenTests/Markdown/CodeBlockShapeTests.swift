import Testing
@testable import SiteGen

/// pymdownx.highlight's shapes, each output measured with pymdown-extensions 13.1 on the same
/// input (`text` code, so Pygments adds no token spans) with the settings in the test.
@Suite struct CodeBlockShapeTests {
    private func html(_ markdown: String, _ configure: (inout CodeBlockStyle) -> Void = { _ in }) -> String {
        var options = MarkdownOptions()
        configure(&options.codeBlockStyle)
        return MarkdownRenderer(options: options).render(markdown, file: "f.md").html
    }

    /// anchor_linenums, line_spans: __span, pygments_lang_class (Material's set-up, our default).
    @Test func titleAndHighlightedLinesWithMaterialSettings() {
        #expect(html("```text title=\"a.txt\" hl_lines=\"2\"\na\nb\n```\n") == """
            <div class="language-text highlight"><span class="filename">a.txt</span><pre><span></span><code>\
            <span id="__span-0-1"><a id="__codelineno-0-1" name="__codelineno-0-1" href="#__codelineno-0-1"></a>a
            </span><span id="__span-0-2"><a id="__codelineno-0-2" name="__codelineno-0-2" href="#__codelineno-0-2"></a><span class="hll">b
            </span></span></code></pre></div>

            """)
    }

    /// typer: line_spans: __span, linenums_style: pymdownx-inline.
    @Test func pymdownxInlineLineNumbers() {
        let out = html("```text linenums=\"9\" hl_lines=\"2\"\na\nb\n```\n") {
            $0.languageClass = false
            $0.anchorLineNumbers = false
            $0.lineNumberStyle = .pymdownxInline
        }
        #expect(out == """
            <div class="highlight"><pre><span></span><code><span id="__span-0-9"><span class="linenos" data-linenos=" 9 "></span>a
            </span><span id="__span-0-10"><span class="hll"><span class="linenos" data-linenos="10 "></span>b
            </span></span></code></pre></div>

            """)
    }

    @Test func inlineLineNumbersWithAnchors() {
        let out = html("```text linenums=\"1\" hl_lines=\"1\"\na\n```\n") {
            $0.languageClass = false
            $0.lineSpans = nil
            $0.lineNumberStyle = .inline
        }
        #expect(out == """
            <div class="highlight"><pre><span></span><code><a id="__codelineno-0-1" name="__codelineno-0-1"></a>\
            <span class="hll"><a href="#__codelineno-0-1"><span class="linenos">1</span></a>a
            </span></code></pre></div>

            """)
    }

    @Test func tableLineNumbersPutTheTitleInAHeaderRow() {
        let out = html("```text title=\"t\" linenums=\"1\"\na\n```\n") {
            $0 = CodeBlockStyle()
            $0.languageClass = false
            $0.lineSpans = nil
            $0.anchorLineNumbers = false
        }
        #expect(out == """
            <div class="highlight"><table class="highlighttable"><tr><th colspan="2" class="filename"><span class="filename">t</span></th></tr>\
            <tr><td class="linenos"><div class="linenodiv"><pre><span></span><span class="normal">1</span></pre></div></td>\
            <td class="code"><div><pre><span></span><code>a
            </code></pre></div></td></tr></table></div>

            """)
    }

    @Test func plainSettings() {
        let out = html("```text\na\n```\n") {
            $0.languageClass = false
            $0.lineSpans = nil
            $0.anchorLineNumbers = false
        }
        #expect(out == "<div class=\"highlight\"><pre><span></span><code>a\n</code></pre></div>\n")
    }

    /// Custom fences are not counted in line ids; `#id` names a block's ids; blank lines around the code go (Pygments).
    @Test func blockNumbersIdsAndBlankEnds() {
        let out = html("```mermaid\ngraph\n```\n\n``` { .text .big #ej data-x=\"1\" }\nc\n```\n\n```\n\n\nd\n\n```\n")
        #expect(out == """
            <pre class="mermaid"><code>graph</code></pre>
            <div id="ej" class="language-text big highlight" data-x="1"><pre><span></span><code>\
            <span id="__span-ej-1"><a id="__codelineno-ej-1" name="__codelineno-ej-1" href="#__codelineno-ej-1"></a>c
            </span></code></pre></div>
            <div class="language-text highlight"><pre><span></span><code>\
            <span id="__span-1-1"><a id="__codelineno-1-1" name="__codelineno-1-1" href="#__codelineno-1-1"></a>d
            </span></code></pre></div>

            """)
    }

    @Test func attributesWithoutALanguageAreTextWithATitle() {
        #expect(html("``` title=\".gitignore\"\nsite/\n```\n") == """
            <div class="language-text highlight"><span class="filename">.gitignore</span><pre><span></span><code>\
            <span id="__span-0-1"><a id="__codelineno-0-1" name="__codelineno-0-1" href="#__codelineno-0-1"></a>site/
            </span></code></pre></div>

            """)
    }

    @Test func indentedCodeIsTextWithoutLineIds() {
        #expect(html("Texto\n\n    indentado <x>\n") == """
            <p>Texto</p>
            <div class="language-text highlight"><pre><span></span><code>indentado &lt;x&gt;
            </code></pre></div>

            """)
    }
}
