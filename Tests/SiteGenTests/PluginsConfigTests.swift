import Testing
@testable import SiteGen

@Suite("plugins and hooks")
struct PluginsConfigTests {
    @Test func everyPluginButSearchAndEveryHookIsWarnedOnceAtItsLine() {
        let fixture = SiteFixture([
            "mkdocs.yml": """
            plugins:
              - blog
              - search:
                  separator: '[\\s\\-]+'
              - minify:
                  minify_html: true
            hooks:
              - hooks/shortcodes.py
              - hooks/translations.py
            """,
            "docs/index.md": "# A\n",
        ])
        let report = fixture.build()
        #expect(report.succeeded)
        #expect(SiteFixture.lines(report.diagnostics) == [
            "mkdocs.yml:2:5: warning: plugin 'blog' is not supported by sitegen; ignored",
            "mkdocs.yml:5:5: warning: plugin 'minify' is not supported by sitegen; ignored",
            "mkdocs.yml:8:5: warning: hook 'hooks/shortcodes.py' is not run by sitegen (it runs no Python); ignored",
            "mkdocs.yml:9:5: warning: hook 'hooks/translations.py' is not run by sitegen (it runs no Python); ignored",
        ])
    }

    @Test func mappingFormIsWarnedToo() {
        let fixture = SiteFixture(["mkdocs.yml": "plugins:\n  search:\n  mkdocstrings:\n    handlers: {}\n", "docs/index.md": "# A\n"])
        let (_, diagnostics) = ConfigLoader.load(options: fixture.options)
        #expect(SiteFixture.lines(diagnostics) == ["mkdocs.yml:3:3: warning: plugin 'mkdocstrings' is not supported by sitegen; ignored"])
    }

    @Test func aChildsListReplacesItsParentsPlugins() {
        let fixture = SiteFixture([
            "base.yml": "plugins:\n  - blog\n",
            "mkdocs.yml": "INHERIT: base.yml\nplugins:\n  - search\n  - tags\n",
            "docs/index.md": "# A\n",
        ])
        let (_, diagnostics) = ConfigLoader.load(options: fixture.options)
        #expect(SiteFixture.lines(diagnostics) == ["mkdocs.yml:4:5: warning: plugin 'tags' is not supported by sitegen; ignored"])
    }

    @Test func aChildsMappingMergesIntoItsParentsMapping() {
        let fixture = SiteFixture([
            "base.yml": "plugins:\n  blog: {}\n",
            "mkdocs.yml": "INHERIT: base.yml\nplugins:\n  tags: {}\n",
            "docs/index.md": "# A\n",
        ])
        let (config, _) = ConfigLoader.load(options: fixture.options)
        #expect(config.plugins.map(\.name) == ["blog", "tags"])
    }

    @Test func redirectMapsAreReadAndThePluginIsNotWarned() {
        let fixture = SiteFixture([
            "mkdocs.yml": "plugins:\n  - redirects:\n      redirect_maps:\n        viejo.md: nuevo.md\n        fuera.md: https://example.com/\n",
            "docs/nuevo.md": "# Nuevo\n",
        ])
        let (config, diagnostics) = ConfigLoader.load(options: fixture.options)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(config.redirects == ["viejo.md": "nuevo.md", "fuera.md": "https://example.com/"])
    }
}
