import Testing
@testable import SiteGen

@Suite("Built-in highlighters")
struct HighlightTests {
    let highlighter = BuiltinHighlighter()

    @Test func pythonMarksKeywordsDeclaredNamesStringsAndComments() throws {
        let html = try #require(highlighter.highlight("def foo(x):\n    return 'a'  # fin", language: "python"))
        #expect(html.contains(#"<span class="k">def</span> <span class="f">foo</span>"#))
        #expect(html.contains(#"<span class="k">return</span> <span class="s">'a'</span>"#))
        #expect(html.contains(#"<span class="c"># fin</span>"#))
    }

    @Test func pythonMarksClassNamesBuiltinsLiteralsNumbersAndDecorators() throws {
        let html = try #require(highlighter.highlight("@dataclass\nclass Cola(Thread):\n    n = len([]) or None or 0x1F", language: "py"))
        #expect(html.contains(#"<span class="a">@dataclass</span>"#))
        #expect(html.contains(#"<span class="t">Cola</span>"#))
        #expect(html.contains(#"<span class="b">len</span>"#))
        #expect(html.contains(#"<span class="l">None</span>"#))
        #expect(html.contains(#"<span class="n">0x1F</span>"#))
    }

    @Test func pythonStringPrefixesBelongToTheString() throws {
        let html = try #require(highlighter.highlight(#"print(f"{x}", rb'\d')"#, language: "python"))
        #expect(html.contains(#"<span class="s">f"{x}"</span>"#))
        #expect(html.contains(#"<span class="s">rb'\d'</span>"#))
    }

    @Test func aTripleQuotedStringIsSplitIntoOneSpanPerLine() throws {
        let code = "s = \"\"\"uno\ndos\"\"\"\nx = 1"
        let html = try #require(highlighter.highlight(code, language: "python"))
        #expect(html == "s = <span class=\"s\">\"\"\"uno</span>\n<span class=\"s\">dos\"\"\"</span>\nx = <span class=\"n\">1</span>")
    }

    @Test func markupInCodeIsEscaped() throws {
        let html = try #require(highlighter.highlight("if a < b and c > d & e: pass  # <script>", language: "python"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("a &lt; b and c &gt; d &amp; e") || html.contains("&lt;"))
        #expect(HighlightedText.plainText(of: html) == "if a < b and c > d & e: pass  # <script>")
    }

    @Test func shellMarksPromptCommandVariablesStringsAndComments() throws {
        let html = try #require(highlighter.highlight("$ swift build -c release | tee \"$LOG\"  # ok", language: "console"))
        #expect(html.hasPrefix(#"<span class="gp">$ </span><span class="f">swift</span> build"#))
        #expect(html.contains(#"<span class="o">|</span> <span class="f">tee</span>"#))
        #expect(html.contains(#"<span class="s">"$LOG"</span>"#))
        #expect(html.contains(#"<span class="c"># ok</span>"#))
    }

    @Test func shellKnowsKeywordsBuiltinsAndVariables() throws {
        let html = try #require(highlighter.highlight("if [ -n $HOME ]; then\n  export A=1\nfi", language: "bash"))
        #expect(html.contains(#"<span class="k">if</span>"#))
        #expect(html.contains(#"<span class="v">$HOME</span>"#))
        #expect(html.contains(#"<span class="b">export</span> A=1"#))
        #expect(html.contains(#"<span class="k">fi</span>"#))
    }

    @Test func jsonTellsKeysFromStringValues() throws {
        let html = try #require(highlighter.highlight(#"{"nombre": "hilo", "n": -2.5e3, "ok": true, "x": null}"#, language: "json"))
        #expect(html.contains(#"<span class="p">"nombre"</span>: <span class="s">"hilo"</span>"#))
        #expect(html.contains(#"<span class="n">-2.5e3</span>"#))
        #expect(html.contains(#"<span class="l">true</span>"#))
        #expect(html.contains(#"<span class="l">null</span>"#))
    }

    @Test func yamlMarksKeysScalarsCommentsAndSequences() throws {
        let code = "site_name: Concurrencia  # título\nnav:\n  - Inicio: index.md\ntimeout: 10\nstrict: false"
        let html = try #require(highlighter.highlight(code, language: "yaml"))
        #expect(html.contains(#"<span class="p">site_name</span>: <span class="s">Concurrencia</span>  <span class="c"># título</span>"#))
        #expect(html.contains(#"<span class="o">-</span> <span class="p">Inicio</span>: <span class="s">index.md</span>"#))
        #expect(html.contains(#"<span class="n">10</span>"#))
        #expect(html.contains(#"<span class="l">false</span>"#))
    }

    @Test func yamlBlockScalarLinesAreText() throws {
        let code = "run: |\n  swift build\n  # not a comment\nnext: 1"
        let html = try #require(highlighter.highlight(code, language: "yml"))
        #expect(html.contains("\n  <span class=\"s\">swift build</span>\n  <span class=\"s\"># not a comment</span>\n"))
        #expect(html.contains(#"<span class="p">next</span>"#))
    }

    @Test func markdownMarksHeadingsDialectMarkersFencesAndInlineCode() throws {
        let code = "## Colas\n!!! note \"*Queues*\"\n    Usa `Queue`.\n```swift title=\"a.swift\"\nlet x = \"no\"\n```\n- [Hilos](hilos.md)"
        let html = try #require(highlighter.highlight(code, language: "md"))
        #expect(html.contains(#"<span class="k">## Colas</span>"#))
        #expect(html.contains(#"<span class="k">!!!</span> <span class="a">note</span> <span class="s">"*Queues*"</span>"#))
        #expect(html.contains(#"<span class="s">`Queue`</span>"#))
        #expect(html.contains(#"<span class="o">```</span><span class="a">swift title="a.swift"</span>"#))
        #expect(html.contains("\nlet x = \"no\"\n"), "code inside a fence is left plain")
        #expect(html.contains(#"<span class="o">-</span> [Hilos]<span class="p">(hilos.md)</span>"#))
    }

    @Test(arguments: [
        ("python", "class A:\n    '''doc\n    más'''\n    x = [1, 2.5, 'ñ']  # ¿sí?\n\n\tprint(\"\\\"<b>\")"),
        ("bash", "cat <<'EOF' > f\nhola 'sin cerrar\nEOF\necho ${A:-b} $(date) && ls"),
        ("json", "{\n  \"a\": [1, {\"b\": \"c\\\"d\"}],\n  /* c */ \"e\": \"\n}"),
        ("markdown", "# T\n=== \"A\"\n    ```py\n    # no\n    ```\n> cita `x\n1. uno ](sin cerrar\n~~~\nabierto"),
        ("yaml", "---\na: &x [1, \"dos\", {b: c}]\nb: *x\nc: >-\n  texto\n\n  más\n- !tag v\n\"q\": 'r'  # c\n..."),
    ])
    func everyLanguageKeepsTheTextAndNeverSpansLines(language: String, code: String) throws {
        let html = try #require(highlighter.highlight(code, language: language))
        #expect(HighlightedText.plainText(of: html) == code)
        #expect(!HighlightedText.hasSpanAcrossLines(html))
        #expect(html.split(separator: "\n", omittingEmptySubsequences: false).count == code.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    @Test func unknownLanguagesGoToTheFallbackOrAreLeftToTheRenderer() {
        struct Upper: SyntaxHighlighter {
            func highlight(_ code: String, language: String) -> String? { language == "swift" ? code.uppercased() : nil }
        }
        #expect(BuiltinHighlighter().highlight("let x = 1", language: "swift") == nil)
        #expect(BuiltinHighlighter(fallback: Upper()).highlight("let x", language: "swift") == "LET X")
        #expect(BuiltinHighlighter(fallback: Upper()).highlight("x", language: "rust") == nil)
    }
}
