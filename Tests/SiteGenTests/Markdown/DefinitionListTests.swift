import Testing
@testable import SiteGen

/// `def_list`: Markdown in, Python-Markdown 3.x's HTML out (its tight and loose shapes).
@Suite struct DefinitionListTests {
    private func html(_ markdown: String) -> String {
        ExtensionRender.html(markdown, ["def_list", "admonition", "pymdownx.superfences", "pymdownx.tabbed"])
    }

    @Test func tightDefinitionHoldsItsTextWithoutParagraph() {
        #expect(html("Apple\n:   Pomaceous fruit of plants of the genus Malus in\n    the family Rosaceae.\n") == """
            <dl>
            <dt>Apple</dt>
            <dd>Pomaceous fruit of plants of the genus Malus in
            the family Rosaceae.</dd>
            </dl>

            """)
    }

    @Test func blankLineBeforeTheColonMakesItLoose() {
        #expect(html("Apple\n\n:   Loose def.\n\nOrange\n:   Tight.\n") == """
            <dl>
            <dt>Apple</dt>
            <dd>
            <p>Loose def.</p>
            </dd>
            <dt>Orange</dt>
            <dd>Tight.</dd>
            </dl>

            """)
    }

    @Test func blankLineInsideTheBodyMakesItLoose() {
        #expect(html("Term\n:   def\n    more\n\n    para2\n") == """
            <dl>
            <dt>Term</dt>
            <dd>
            <p>def
            more</p>
            <p>para2</p>
            </dd>
            </dl>

            """)
    }

    @Test func severalTermsForOneDefinition() {
        #expect(html("Term 1\nTerm 2\n:   Def a\n:   Def b\n") == """
            <dl>
            <dt>Term 1</dt>
            <dt>Term 2</dt>
            <dd>Def a</dd>
            <dd>Def b</dd>
            </dl>

            """)
    }

    @Test func severalDefinitionsForOneTerm() {
        #expect(html("Term\n:   Def a\n\n:   Def b\n") == """
            <dl>
            <dt>Term</dt>
            <dd>Def a</dd>
            <dd>Def b</dd>
            </dl>

            """)
        // A definition without terms of its own after a loose one is loose too.
        #expect(html("Term\n:   a\n\n    b\n\n:   c\n") == """
            <dl>
            <dt>Term</dt>
            <dd>
            <p>a</p>
            <p>b</p>
            </dd>
            <dd>
            <p>c</p>
            </dd>
            </dl>

            """)
    }

    @Test func everyLineOfTheParagraphIsATerm() {
        #expect(html("Para one.\nTerm\n:   def\n") == "<dl>\n<dt>Para one.</dt>\n<dt>Term</dt>\n<dd>def</dd>\n</dl>\n")
    }

    @Test func termsAreInlineMarkdown() {
        #expect(html("`navigation.tabs` and *em*\n:   def\n")
            == "<dl>\n<dt><code>navigation.tabs</code> and <em>em</em></dt>\n<dd>def</dd>\n</dl>\n")
    }

    @Test func codeAndAdmonitionInsideADefinition() {
        let code = html("``` yaml\ntheme:\n  features: [navigation.tabs]\n```\n")
        #expect(html("""
            `navigation.tabs`
            :   Body paragraph.

                ``` yaml
                theme:
                  features: [navigation.tabs]
                ```

                !!! note
                    Nested admonition.

            """) == """
            <dl>
            <dt><code>navigation.tabs</code></dt>
            <dd>
            <p>Body paragraph.</p>
            \(code)<div class="admonition note">
            <p class="admonition-title">Note</p>
            <p>Nested admonition.</p>
            </div>
            </dd>
            </dl>

            """)
    }

    @Test func tabsInsideADefinition() {
        let out = html("Term\n\n:   Text.\n\n    === \"A\"\n        One\n\n    === \"B\"\n        Two\n\nAfter.\n")
        #expect(out.hasPrefix("<dl>\n<dt>Term</dt>\n<dd>\n<p>Text.</p>\n<div class=\"tabbed-set tabbed-alternate\" data-tabs=\"1:2\">"))
        #expect(out.hasSuffix("<p>Two</p>\n</div>\n</div>\n</div>\n</dd>\n</dl>\n<p>After.</p>\n"))
    }

    @Test func definitionListInsideAnAdmonition() {
        #expect(html("!!! note\n    Term\n    :   def\n") == """
            <div class="admonition note">
            <p class="admonition-title">Note</p>
            <dl>
            <dt>Term</dt>
            <dd>def</dd>
            </dl>
            </div>

            """)
    }

    @Test func definitionListInsideAListItem() {
        #expect(html("- item\n\n    Term\n    :   def\n") == """
            <ul>
            <li>
            <p>item</p>
            <dl>
            <dt>Term</dt>
            <dd>def</dd>
            </dl>
            </li>
            </ul>

            """)
    }

    @Test func definitionListInsideADefinition() {
        #expect(html("Term\n:   Outer\n\n    Inner\n    :   inner def\n") == """
            <dl>
            <dt>Term</dt>
            <dd>
            <p>Outer</p>
            <dl>
            <dt>Inner</dt>
            <dd>inner def</dd>
            </dl>
            </dd>
            </dl>

            """)
    }

    @Test func aParagraphAfterTheListEndsIt() {
        #expect(html("Term\n:   def\n\nPara.\n") == "<dl>\n<dt>Term</dt>\n<dd>def</dd>\n</dl>\n<p>Para.</p>\n")
    }

    @Test func referenceDefinitionsBetweenItemsKeepOneList() {
        let withFootnote = html("A\n\n:   a[^1]\n\n  [^1]:\n    Note.\n\nB\n\n:   b\n")
        #expect(withFootnote.components(separatedBy: "<dl>").count == 2)
        #expect(withFootnote.contains("</dd>\n<dt>B</dt>\n<dd>\n<p>b</p>\n</dd>\n</dl>\n<div class=\"footnote\">"))
        #expect(html("A\n:   [a][x]\n\n  [x]: https://example.com\n\nB\n:   b\n") == """
            <dl>
            <dt>A</dt>
            <dd><a href="https://example.com">a</a></dd>
            <dt>B</dt>
            <dd>b</dd>
            </dl>

            """)
    }

    @Test func leadingCommentStaysOutOfTheParagraph() {
        // Material's option pages: `<!-- md:option x -->` as the term, `:   <!-- md:default y --> Text`.
        #expect(html("<!-- md:option x -->\n\n:   <!-- md:default `y` --> Text with `code`.\n    More.\n") == """
            <dl>
            <dt><!-- md:option x --></dt>
            <dd>
            <!-- md:default `y` -->
            <p>Text with <code>code</code>.
            More.</p>
            </dd>
            </dl>

            """)
    }

    @Test func colonLineWithoutTermStaysText() {
        #expect(html(":   no term\n") == "<p>:   no term</p>\n")
        #expect(html("# Title\n:   no term\n") == "<h1 id=\"title\">Title<a class=\"headerlink\" href=\"#title\" title=\"Permanent link\">¶</a></h1>\n<p>:   no term</p>\n")
    }

    @Test func colonLinesInCodeFencesAreCode() {
        let out = html("```\nTerm\n:   not a definition\n```\n")
        #expect(!out.contains("<dl>"))
        #expect(out.contains("</a>Term\n</span>"))
        #expect(out.contains("</a>:   not a definition\n</span></code>"))
    }

    @Test func notTriggeredWithoutTheExtension() {
        let page = MarkdownRenderer(options: MarkdownOptions(extensions: .mkdocsDefaults)).render("Term\n:   def\n", file: "t.md")
        #expect(page.html == "<p>Term\n:   def</p>\n")
    }

    @Test func locationsInsideDefinitionsPointAtThePage() {
        let page = ExtensionRender.document("""
            Term
            :   See [there](a.md).

                ## Inside

            Other
            :   ``` swift
                let x = 1
                ```
            """, ["def_list"])
        #expect(page.links.map(\.location.description) == ["t.md:2:9"])
        #expect(page.headings.map(\.location.description) == ["t.md:4:5"])
        #expect(page.codeBlocks.map(\.location.description) == ["t.md:7:5"])
        #expect(page.codeBlocks.first?.code == "let x = 1")
        #expect(page.diagnostics.isEmpty)
    }

    @Test func unclosedFenceInADefinitionIsReportedAndCut() {
        let page = ExtensionRender.document("Term\n:   Text.\n\n    ```\n    code\n\nAfter.\n", ["def_list"])
        #expect(page.diagnostics.map(\.location?.description) == ["t.md:4:5"])
        #expect(page.html.hasSuffix("</dd>\n</dl>\n<p>After.</p>\n"))
    }
}
