import Testing
@testable import SiteGen

/// smartsymbols, arithmatex (inline), critic, magiclink shorthands, abbreviations: pymdownx 13.1 shapes.
@Suite struct SmallInlineExtensionTests {
    @Test func smartSymbols() {
        #expect(ExtensionRender.html("(c) (tm) --> <-- =/= +/- 1/2 1st 22nd c/o 11/23\n", ["pymdownx.smartsymbols"])
            == "<p>© ™ → ← ≠ ± ½ 1<sup>st</sup> 22<sup>nd</sup> ℅ 11/23</p>\n")
    }

    @Test func inlineMath() {
        #expect(ExtensionRender.html("$x_1$ and $$y$$ but $ 5 and 10$ stay\n", ["pymdownx.arithmatex"])
            == ##"<p><span class="arithmatex">\(x_1\)</span> and <span class="arithmatex">\[y\]</span> but $ 5 and 10$ stay</p>"## + "\n")
    }

    @Test func critic() {
        #expect(ExtensionRender.html("{++nuevo++} {--viejo--} {~~a~>b~~}\n", ["pymdownx.critic"])
            == ##"<p><ins class="critic">nuevo</ins> <del class="critic">viejo</del> <del class="critic">a</del><ins class="critic">b</ins></p>"## + "\n")
    }

    @Test func magicLinkShorthands() {
        let options = ExtensionOptions(["repo_url_shorthand": .scalar("true"), "user": .scalar("org"), "repo": .scalar("proj")])
        let html = ExtensionRender.html("See #12, @ana and other/lib#3.\n", ["pymdownx.magiclink"],
                                        options: ["pymdownx.magiclink": options])
        #expect(html == """
            <p>See <a class="magiclink magiclink-github magiclink-issue" href="https://github.com/org/proj/issues/12" \
            title="GitHub Issue: org/proj #12">#12</a>, <a class="magiclink magiclink-github magiclink-mention" \
            href="https://github.com/ana" title="GitHub User: ana">@ana</a> and <a class="magiclink magiclink-github \
            magiclink-issue" href="https://github.com/other/lib/issues/3" title="GitHub Issue: other/lib #3">other/lib#3</a>.</p>

            """)
        #expect(html.contains(#"href="https://github.com/org/proj/issues/12""#))
        #expect(html.contains(#"href="https://github.com/other/lib/issues/3""#))
    }

    @Test func abbreviationsOnWholeWordsOutsideCode() {
        var options = MarkdownOptions(strings: .english, extensions: MarkdownExtensions(["abbr": ExtensionOptions()]))
        options.abbreviations = ["HTML": "Hyper Text", "HTML5": "Fifth"]
        let html = MarkdownRenderer(options: options).render("HTML5 and HTML, not HTMLX or `HTML`\n", file: "t.md").html
        #expect(html == ##"<p><abbr title="Fifth">HTML5</abbr> and <abbr title="Hyper Text">HTML</abbr>, not HTMLX or <code>HTML</code></p>"## + "\n")
    }

    @Test func footnotesHaveMkDocsIDs() {
        let html = ExtensionRender.html("Uno[^1] y[^nota].\n\n[^1]: primero\n[^nota]: segunda\n", ["footnotes"])
        #expect(html.contains(##"<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>"##))
        #expect(html.contains(##"<sup id="fnref:nota"><a class="footnote-ref" href="#fn:nota">2</a></sup>"##))
        #expect(html.contains("<div class=\"footnote\">\n<hr />\n<ol>\n<li id=\"fn:1\">"))
        #expect(html.contains(##"<p>segunda&#160;<a class="footnote-backref" href="#fnref:nota" title="Jump back to footnote 2 in the text">&#8617;</a></p>"##))
    }

    @Test func taskListShape() {
        let options = ExtensionOptions(["custom_checkbox": .scalar("true")])
        #expect(ExtensionRender.html("- [x] hecho\n- [ ] no\n", ["pymdownx.tasklist"], options: ["pymdownx.tasklist": options]) == """
            <ul class="task-list">
            <li class="task-list-item"><label class="task-list-control"><input type="checkbox" disabled checked/>\
            <span class="task-list-indicator"></span></label> hecho</li>
            <li class="task-list-item"><label class="task-list-control"><input type="checkbox" disabled/>\
            <span class="task-list-indicator"></span></label> no</li>
            </ul>

            """)
    }
}

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

    @Test func unclosedDisplayMathIsAWarning() {
        let page = ExtensionRender.document("$$\nx\n", math)
        #expect(page.diagnostics.map(\.description) == ["t.md:2:1: warning: display math is not closed: end it with a line '$$'"])
    }
}

/// Tables as Python-Markdown splits them.
@Suite struct TableTests {
    @Test func pipesInsideCodeSpansDoNotSplitCells() {
        let html = ExtensionRender.html("| F | E |\n| --- | --- |\n| `a|b` | `{{ v|lower }}` |\n", [])
        #expect(html.contains("<td><code>a|b</code></td>\n<td><code>{{ v|lower }}</code></td>"))
    }

    @Test func outsideTablesCodeSpansKeepTheirPipes() {
        #expect(ExtensionRender.html("Texto `a|b` y más\n", []) == "<p>Texto <code>a|b</code> y más</p>\n")
    }
}

/// Where Python-Markdown reads lists differently from CommonMark, MkDocs projects follow MkDocs.
@Suite struct PythonMarkdownListTests {
    private func render(_ markdown: String, mkdocs: Bool) -> RenderedDocument {
        var options = MarkdownOptions(strings: .english, extensions: .mkdocsDefaults)
        options.pythonMarkdown = mkdocs
        return MarkdownRenderer(options: options).render(markdown, file: "t.md")
    }

    @Test func aListRightAfterAParagraphLineIsTextWithAWarning() {
        let page = render("Resultado:\n- uno\n- dos\n\n1. tres\n", mkdocs: true)
        #expect(page.html == "<p>Resultado:\n- uno\n- dos</p>\n<ol>\n<li>tres</li>\n</ol>\n")
        #expect(page.diagnostics.map(\.description) == [
            "t.md:2:1: warning: MkDocs reads this list item as text: a list needs a blank line before it; rendered as MkDocs does (add a blank line to make it a list)",
        ])
    }

    @Test func sitegenProjectsKeepCommonMarkLists() {
        #expect(render("Resultado:\n- uno\n", mkdocs: false).html == "<p>Resultado:</p>\n<ul>\n<li>uno</li>\n</ul>\n")
    }

    @Test func thematicBreaksAndHeadingsAreLeftAlone() {
        #expect(render("Texto\n* * *\n", mkdocs: true).html == "<p>Texto</p>\n<hr />\n")
        #expect(render("# T\n- uno\n", mkdocs: true).html.contains("<ul>\n<li>uno</li>\n</ul>"))
    }
}

/// `toc: slugify:` choices (ids measured with pymdownx.slugs 13.1).
@Suite struct HeadingSlugStyleTests {
    @Test func unicodeLowerKeepsAccents() {
        let style = HeadingSlugStyle(toc: ExtensionOptions(["slugify": .tagged(tag: "tag:yaml.org,2002:python/object/apply:pymdownx.slugs.slugify", value: "case=lower")]))
        #expect(style.slug("¿Dónde están  los resultados? Árbol_x-y") == "dónde-están-los-resultados-árbol_x-y")
        #expect(style.slug("Niño & niña") == "niño--niña")
    }

    @Test func withoutTheOptionMkDocsDefault() {
        #expect(HeadingSlugStyle(toc: ExtensionOptions()).slug("¿Dónde están?") == "donde-estan")
    }
}

/// `markdown_extensions:` read from an INHERIT chain as MkDocs merges it.
@Suite struct MarkdownExtensionsConfigTests {
    @Test func mappingsMergeAcrossInheritListsReplace() {
        let fixture = SiteFixture([
            "base.yml": "markdown_extensions:\n  pymdownx.highlight:\n    linenums: true\n  abbr:\n",
            "mkdocs.yml": "INHERIT: base.yml\nsite_name: x\nmarkdown_extensions:\n  pymdownx.highlight:\n    line_spans: __span\n  pymdownx.mark:\n  zensical.extensions.macros:\n",
            "docs/index.md": "# x\n",
        ])
        let (config, diagnostics) = ConfigLoader.load(options: fixture.options)
        let extensions = config.markdownExtensions
        #expect(extensions.contains("abbr") && extensions.contains("pymdownx.mark") && extensions.contains("toc"))
        #expect(extensions["pymdownx.highlight"].bool("linenums", default: false))
        #expect(extensions["pymdownx.highlight"].string("line_spans") == "__span")
        #expect(diagnostics.map(\.description).contains(
            "mkdocs.yml:7:3: warning: Markdown extension 'zensical.extensions.macros' is not supported by sitegen; pages render without it"))

        let listed = SiteFixture(["mkdocs.yml": "site_name: x\nmarkdown_extensions:\n  - pymdownx.mark\n", "docs/index.md": "# x\n"])
        let names = ConfigLoader.load(options: listed.options).config.markdownExtensions
        #expect(names.contains("pymdownx.mark") && !names.contains("abbr") && !names.contains("pymdownx.tabbed"))
    }
}

extension PythonMarkdownListTests {
    @Test func aLineOfOneInlineTagStartsAParagraphNotRawHTML() {
        #expect(render("<small>\n  **Tip:** x\n</small>\n", mkdocs: true).html
            == "<p><small><!-- -->\n<strong>Tip:</strong> x\n</small></p>\n")
        #expect(render("<small>\n  **Tip:** x\n</small>\n", mkdocs: false).html == "<small>\n  **Tip:** x\n</small>\n")
    }
}

extension PythonMarkdownListTests {
    @Test func rawHTMLBlocksEndAtTheirClosingTag() {
        #expect(render("<div class=\"a\">\n<div>x</div>\n</div>\n**Markdown** after\n", mkdocs: true).html
            == "<div class=\"a\">\n<div>x</div>\n</div>\n<p><strong>Markdown</strong> after</p>\n")
        #expect(render("<div>\n</div>\n**raw**\n", mkdocs: false).html == "<div>\n</div>\n**raw**\n")
    }
}
