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
        let options = ExtensionOptions(["repo_url_shorthand": .text("true"), "user": .text("org"), "repo": .text("proj")])
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

    /// `?N` is a discussion; `normalize_issue_symbols` shows `#` for `!` and `?`. Expected HTML is what
    /// pymdownx.magiclink 10 writes for the same text and options.
    @Test func magicLinkDiscussionsAndNormalizedSymbols() {
        func render(_ text: String, normalize: Bool) -> String {
            var values: [String: ConfigValue] = ["repo_url_shorthand": .text("true"), "user": .text("squidfunk"), "repo": .text("mkdocs-material")]
            if normalize { values["normalize_issue_symbols"] = .text("true") }
            return ExtensionRender.html(text + "\n", ["pymdownx.magiclink"], options: ["pymdownx.magiclink": ExtensionOptions(values)])
        }
        func link(_ kind: String, _ path: String, _ title: String, _ text: String) -> String {
            #"<a class="magiclink magiclink-github magiclink-\#(kind)" href="https://github.com/\#(path)" title="\#(title)">\#(text)</a>"#
        }
        #expect(render("see other/thing?12 and mkdocs-material?3 and other?4", normalize: false) == "<p>see "
            + link("discussion", "other/thing/discussions/12", "GitHub Discussion: other/thing #12", "other/thing?12") + " and "
            + link("discussion", "squidfunk/mkdocs-material/discussions/3", "GitHub Discussion: squidfunk/mkdocs-material #3", "?3") + " and "
            + link("discussion", "squidfunk/other/discussions/4", "GitHub Discussion: squidfunk/other #4", "other?4") + "</p>\n")
        #expect(render("in ?5800, !13 and other/thing?12.", normalize: true) == "<p>in "
            + link("discussion", "squidfunk/mkdocs-material/discussions/5800", "GitHub Discussion: squidfunk/mkdocs-material #5800", "#5800") + ", "
            + link("pull", "squidfunk/mkdocs-material/pull/13", "GitHub Pull Request: squidfunk/mkdocs-material #13", "#13") + " and "
            + link("discussion", "other/thing/discussions/12", "GitHub Discussion: other/thing #12", "other/thing#12") + ".</p>\n")
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
        let options = ExtensionOptions(["custom_checkbox": .text("true")])
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
