import Testing
@testable import SiteGen

@Suite("Config INHERIT")
struct ConfigInheritTests {
    @Test func chainDeepMergesMappingsAndReplacesLists() {
        let fixture = SiteFixture([
            "base/root.yml": """
            site_name: Raíz
            site_description: De la raíz
            theme:
              language: es
              logo: img/raiz.svg
            extra:
              version: 1
              social:
                github: https://github.com/a
            extra_css: [raiz.css, comun.css]
            """,
            "base/common.yml": """
            INHERIT: root.yml
            site_name: Común
            theme:
              favicon: img/fav.png
            extra:
              social:
                mastodon: https://example.social/@a
            """,
            "mkdocs.yml": """
            INHERIT: base/common.yml
            theme:
              language: en
            extra_css: [propio.css]
            """,
            "docs/index.md": "# A\n",
        ])
        let (config, diagnostics) = ConfigLoader.load(options: fixture.options)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(config.siteName == "Común")
        #expect(config.links.siteDescription == "De la raíz")
        #expect(config.language == "en")
        #expect(config.theme.logo == "img/raiz.svg")
        #expect(config.theme.favicon == "img/fav.png")
        #expect(config.extraAssets.stylesheets == ["propio.css"])
        #expect(config.extra == .map([
            "version": .text("1"),
            "social": .map(["github": .text("https://github.com/a"), "mastodon": .text("https://example.social/@a")]),
        ]))
        #expect(config.inheritedConfigFiles == [fixture.root + "/base/root.yml", fixture.root + "/base/common.yml"])
    }

    @Test func pathsInInheritedFilesAreRelativeToTheProjectsConfig() {
        let fixture = SiteFixture([
            "shared/base.yml": "docs_dir: paginas\n",
            "mkdocs.yml": "INHERIT: shared/base.yml\n",
            "paginas/index.md": "# A\n",
        ])
        let (config, diagnostics) = ConfigLoader.load(options: fixture.options)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(config.docsDir == fixture.root + "/paginas")
    }

    @Test func diagnosticsNameTheFileAndLineTheyComeFrom() {
        let fixture = SiteFixture([
            "base.yml": "site_name: A\nsite_nmae: B\nplugins:\n  - blog\n",
            "mkdocs.yml": "INHERIT: base.yml\ncolour: red\n",
            "docs/index.md": "# A\n",
        ])
        let (_, diagnostics) = ConfigLoader.load(options: fixture.options)
        #expect(SiteFixture.lines(diagnostics) == [
            "base.yml:2:1: warning: unknown key 'site_nmae' (ignored)",
            "mkdocs.yml:2:1: warning: unknown key 'colour' (ignored)",
            "base.yml:4:5: warning: plugin 'blog' is not supported by sitegen; ignored",
        ])
    }

    @Test func aMissingParentIsAnErrorAtTheINHERITLine() {
        let fixture = SiteFixture(["mkdocs.yml": "site_name: A\nINHERIT: falta.yml\n", "docs/index.md": "# A\n"])
        let (config, diagnostics) = ConfigLoader.load(options: fixture.options)
        #expect(SiteFixture.lines(diagnostics) == [
            "mkdocs.yml:2:10: error: INHERIT names 'falta.yml', which does not exist (looked for falta.yml)",
        ])
        #expect(config.siteName == "A")
    }

    @Test func aCircleIsAnErrorNotAHang() {
        let fixture = SiteFixture(["mkdocs.yml": "INHERIT: b.yml\n", "b.yml": "INHERIT: mkdocs.yml\n", "docs/index.md": "# A\n"])
        let (_, diagnostics) = ConfigLoader.load(options: fixture.options)
        #expect(SiteFixture.lines(diagnostics) == [
            "b.yml:1:10: error: INHERIT goes round in a circle: mkdocs.yml → b.yml → mkdocs.yml",
        ])
    }

    @Test func malformedParentIsLocatedInTheParent() {
        let fixture = SiteFixture(["mkdocs.yml": "INHERIT: b.yml\n", "b.yml": "nav:\n  - a.md\n - b.md\n", "docs/index.md": "# A\n"])
        let (_, diagnostics) = ConfigLoader.load(options: fixture.options)
        #expect(diagnostics.first?.location?.file == "b.yml")
        #expect(diagnostics.first?.location?.line == 3)
    }
}
