import Testing
@testable import SiteGen

/// The include stage inside a real load: `markdown_extensions:` of mkdocs.yml, the real renderer,
/// locations in included files.
@Suite struct IncludeSiteTests {
    private func load(_ files: [String: String]) -> ParsedSite {
        let fixture = SiteFixture(files)
        return SiteLoader(options: fixture.options).load()
    }

    private let config = """
        site_name: t
        markdown_extensions:
          - abbr
          - pymdownx.snippets:
              auto_append:
                - includes/glossary.md

        """

    @Test func snippetsRenderAndProblemsPointAtTheIncludedFile() {
        let site = load([
            "mkdocs.yml": config,
            "includes/glossary.md": "*[HTML]: Hyper Text Markup Language\n  [home]: https://example.com\n",
            "includes/part.md": "## Included heading\n\n--8<-- \"includes/nope.md\"\n",
            "docs/index.md": "---\ntitle: T\n---\n# Page\n\n--8<-- \"includes/part.md\"\n\nSee [home].\n",
        ])
        let page = site.pages[0]
        #expect(page.document.html.contains(#"<h2 id="included-heading">Included heading"#))
        #expect(page.document.html.contains(#"<a href="https://example.com">home</a>"#))
        #expect(!page.document.html.contains("*[HTML]"))
        #expect(page.document.headings.map(\.location.description) == ["docs/index.md:4:1", "includes/part.md:1:1"])
        #expect(SiteFixture.lines(site.diagnostics) == [
            "includes/part.md:3:9: warning: snippet 'includes/nope.md' not found (base_path: .)",
        ])
    }

    @Test func missingAutoAppendFilePointsAtTheConfig() {
        let site = load(["mkdocs.yml": config, "docs/index.md": "# Page\n"])
        #expect(SiteFixture.lines(site.diagnostics) == [
            "mkdocs.yml:6:1: warning: snippet 'includes/glossary.md' not found (base_path: .)",
        ])
    }

    @Test func withoutMarkdownExtensionsPagesAreUntouched() {
        let site = load(["mkdocs.yml": "site_name: t\n", "docs/index.md": "--8<-- \"x.md\"\n"])
        #expect(site.pages[0].document.html == "<p>--8&lt;-- &quot;x.md&quot;</p>\n")
        #expect(site.diagnostics.isEmpty)
    }
}
