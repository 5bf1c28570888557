import Testing
@testable import SiteGen

/// markdown-include-variants 0.0.8: the Markdown it writes, then what our pipeline renders of it.
@Suite struct IncludeVariantsTests {
    let files = IncludeFixture([
        "docs_src/app/tutorial001_an_py310.py": "import typer\n\n\ndef main():\n    print(1)\n",
        "docs_src/app/tutorial001_py310.py": "def main():\n    pass\n",
        "docs_src/plain/tutorial002.py": "a = 1\nb = 2\nc = 3\n",
    ])
    let settings = IncludeSettings(includeVariants: true)

    @Test func wholeFileWithVariants() {
        let expanded = files.expand("{* docs_src/app/tutorial001_an_py310.py hl[4] *}", settings)
        #expect(expanded.text == """
            //// tab | Python 3.10+
            ```python hl_lines="4"
            import typer


            def main():
                print(1)
            ```

            ////

            ///// details | 🤓 Other versions and variants

            //// tab | Python 3.10+ - non-Annotated

            /// tip

            Prefer to use the `Annotated` version if possible.

            ///

            ```python
            def main():
                pass
            ```
            ////

            /////

            """)
        #expect(expanded.location(line: 3).description == "docs_src/app/tutorial001_an_py310.py:1:1")
        #expect(expanded.location(line: 1).description == "docs/page.md:1:1")
    }

    @Test func lineRangesShowOmittedCommentsAndAFullPreview() {
        let expanded = files.expand("{* docs_src/plain/tutorial002.py ln[2:2] hl[2] title[\"m.py\"] *}", settings)
        #expect(expanded.text == """
            //// tab | Python 3.8+
            ```python hl_lines="3" title="m.py"
            # Code above omitted 👆

            b = 2

            # Code below omitted 👇
            ```

            ////

            ///// details | 👀 Full file preview

            //// tab | Python 3.8+

            ```python hl_lines="2" title="m.py"
            a = 1
            b = 2
            c = 3
            ```

            ////

            /////

            """)
    }

    @Test func highlightsAreRenumberedAcrossRanges() {
        let directive = IncludeVariantsDirective.parse("{* x.py ln[3:4,7:8] hl[4,8] *}")!
        #expect(IncludeVariantsDirective.hlString(directive.highlightInShownLines) == "4 9")
    }

    @Test func missingFileIsAWarning() {
        let expanded = files.expand("a\n{* docs_src/nothing.py *}", settings)
        #expect(expanded.text == "a")
        #expect(expanded.diagnostics.map(\.description).first?.hasPrefix("docs/page.md:2:4: warning: include-variants: 'docs_src/nothing.py' not found") == true)
    }

    @Test func rendersTabsWithHighlightedLines() {
        let expanded = files.expand("{* docs_src/plain/tutorial002.py hl[2] *}", settings)
        let html = MarkdownRenderer().render(expanded.text, file: "docs/page.md").html
        #expect(html.contains(#"<div class="tabbed-set tabbed-alternate" data-tabs="1:1">"#))
        #expect(html.contains(#"<label for="__tabbed_1_1">Python 3.8+</label>"#))
        #expect(html.contains("hll"))
    }

    @Test func indentedDirectiveIsText() {
        #expect(files.expand("    {* docs_src/plain/tutorial002.py *}", settings).isUnchanged)
    }
}
