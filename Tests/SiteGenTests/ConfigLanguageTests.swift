import Testing
@testable import SiteGen

@Suite("Site language")
struct ConfigLanguageTests {
    @Test func mkdocsProjectsAreEnglishByDefault() {
        let fixture = SiteFixture(["mkdocs.yml": "site_name: Docs\nmarkdown_extensions: [admonition]\n", "docs/index.md": "# Home\n\n!!! tip\n    Text.\n"])
        var builder = fixture.builder()
        builder.renderMarkdown = .standard
        let report = builder.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let html = fixture.read("site/index.html") ?? ""
        #expect(html.contains("<html lang=\"en\""))
        #expect(html.contains("placeholder=\"Search the site\""))
        #expect(html.contains("<p class=\"admonition-title\">Tip</p>"))
        #expect(!html.contains("Consejo"))
        #expect(fixture.read("site/404.html")?.contains("Page not found") == true)
    }

    @Test func sitegenProjectsAreSpanishByDefault() {
        let fixture = SiteFixture(["sitegen.yml": "site_name: Curso\n", "content/index.md": "# A\n"])
        #expect(ConfigLoader.load(options: fixture.options).config.language == "es")
    }

    @Test func themeLanguageOverridesEitherDefault() {
        let mkdocs = SiteFixture(["mkdocs.yml": "theme:\n  name: material\n  language: es\n", "docs/index.md": "# A\n"])
        #expect(ConfigLoader.load(options: mkdocs.options).config.language == "es")
        let sitegen = SiteFixture(["sitegen.yml": "theme:\n  language: en\n", "content/index.md": "# A\n"])
        #expect(ConfigLoader.load(options: sitegen.options).config.language == "en")
    }

    @Test func mkdocsLocaleIsUsedWhenLanguageIsNotGiven() {
        let fixture = SiteFixture(["mkdocs.yml": "theme:\n  name: mkdocs\n  locale: es\n", "docs/index.md": "# A\n"])
        #expect(ConfigLoader.load(options: fixture.options).config.language == "es")
    }
}
