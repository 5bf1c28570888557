import Testing
@testable import SiteGen

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

        // Configs are composed without implicit types: YAML's nulls still mean "none", and
        // values that look like numbers or booleans are still read as what they say.
        for none in ["", " ~", " null", " Null"] {
            let fixture = SiteFixture(["mkdocs.yml": "site_name: 2024\nuse_directory_urls: no\nmarkdown_extensions:\(none)\n", "docs/index.md": "# x\n"])
            let (config, diagnostics) = ConfigLoader.load(options: fixture.options)
            #expect(diagnostics.isEmpty, "markdown_extensions:\(none)")
            #expect(config.siteName == "2024" && !config.useDirectoryURLs)
        }
        let quoted = SiteFixture(["mkdocs.yml": "site_name: x\nmarkdown_extensions: \"null\"\n", "docs/index.md": "# x\n"])
        #expect(ConfigLoader.load(options: quoted.options).diagnostics.map(\.description) == [
            "mkdocs.yml:2:22: warning: markdown_extensions: expected a list of extensions"])

        let listed = SiteFixture(["mkdocs.yml": "site_name: x\nmarkdown_extensions:\n  - pymdownx.mark\n", "docs/index.md": "# x\n"])
        let names = ConfigLoader.load(options: listed.options).config.markdownExtensions
        #expect(names.contains("pymdownx.mark") && !names.contains("abbr") && !names.contains("pymdownx.tabbed"))
    }
}
