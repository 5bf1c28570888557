import Testing
@testable import SiteGen

@Suite("Config loading")
struct ConfigLoaderTests {
    @Test func readsSitegenYAMLWithMkDocsKeysAndSnippets() {
        let fixture = SiteFixture([
            "sitegen.yml": """
            site_name: Curso
            site_url: https://example.com/curso/
            theme:
              language: en
            snippets:
              library: [Sources/Threading, Sources/Extra]
              module: Threading
              timeout: 5
            """,
            "content/index.md": "# Hola\n",
        ])
        let (config, diagnostics) = ConfigLoader.load(options: fixture.options)
        #expect(diagnostics.isEmpty)
        #expect(config.siteName == "Curso")
        #expect(config.siteURL == "https://example.com/curso/")
        #expect(config.language == "en")
        #expect(config.docsDir == fixture.root + "/content")
        #expect(config.siteDir == fixture.root + "/site")
        #expect(config.snippets == SnippetsConfig(librarySources: [fixture.root + "/Sources/Threading", fixture.root + "/Sources/Extra"],
                                                  moduleName: "Threading", defaultTimeout: 5))
    }

    @Test func snippetsLibraryMayBeASinglePathAndTimeoutDefaultsToTen() {
        let fixture = SiteFixture(["sitegen.yml": "snippets:\n  library: Sources/Threading\n", "content/a.md": "x"])
        let (config, _) = ConfigLoader.load(options: fixture.options)
        #expect(config.snippets?.librarySources == [fixture.root + "/Sources/Threading"])
        #expect(config.snippets?.defaultTimeout == 10)
    }

    @Test func fallsBackToMkDocsYAMLWithDocsFolder() {
        let fixture = SiteFixture(["mkdocs.yml": "site_name: Viejo\nplugins:\n  - search\n", "docs/index.md": "# Hola\n"])
        let (config, diagnostics) = ConfigLoader.load(options: fixture.options)
        #expect(diagnostics.isEmpty)
        #expect(config.configFile == "mkdocs.yml")
        #expect(config.siteName == "Viejo")
        #expect(config.docsDir == fixture.root + "/docs")
    }

    @Test func missingConfigUsesDefaultsWithANote() {
        let fixture = SiteFixture(["content/index.md": "# Hola\n"])
        let (config, diagnostics) = ConfigLoader.load(options: fixture.options)
        #expect(config.configFile == nil)
        #expect(config.language == "es")
        #expect(diagnostics.map(\.severity) == [.note])
    }

    @Test func unknownKeyIsAWarningAtItsLine() {
        let fixture = SiteFixture(["sitegen.yml": "site_name: A\nsite_nmae: B\ntheme:\n  colour: red\n", "content/a.md": "x"])
        let (_, diagnostics) = ConfigLoader.load(options: fixture.options)
        #expect(SiteFixture.lines(diagnostics) == [
            "sitegen.yml:2:1: warning: unknown key 'site_nmae' (ignored)",
            "sitegen.yml:4:3: warning: unknown key 'theme.colour' (ignored)",
        ])
    }

    @Test func malformedYAMLIsAnErrorWithLineAndColumn() {
        let fixture = SiteFixture(["sitegen.yml": "site_name: A\nnav:\n  - a.md\n - b.md\n", "content/a.md": "x"])
        let (_, diagnostics) = ConfigLoader.load(options: fixture.options)
        let error = diagnostics.first { $0.severity == .error }
        #expect(error?.location?.file == "sitegen.yml")
        #expect(error?.location?.line == 4)
        #expect(error?.message.hasPrefix("malformed YAML") == true)
    }

    @Test func wrongTypesAreLocatedErrors() {
        let fixture = SiteFixture(["sitegen.yml": "nav: 3\nsite_name: [a, b]\nsnippets:\n  timeout: soon\n", "content/a.md": "x"])
        let (config, diagnostics) = ConfigLoader.load(options: fixture.options)
        #expect(SiteFixture.lines(diagnostics) == [
            "sitegen.yml:1:6: error: 'nav' must be a list, not '3'",
            "sitegen.yml:2:12: error: 'site_name' must be text, not a list",
            "sitegen.yml:4:12: error: 'snippets.timeout' must be a whole number, not 'soon'",
        ])
        #expect(config.nav == nil)
    }

    @Test func siteDirInsideDocsDirIsRefused() {
        let fixture = SiteFixture(["sitegen.yml": "docs_dir: content\nsite_dir: content/out\n", "content/a.md": "x"])
        let (_, diagnostics) = ConfigLoader.load(options: fixture.options)
        #expect(SiteFixture.lines(diagnostics) == [
            "sitegen.yml:2:11: error: site_dir 'content/out' is inside docs_dir 'content'; choose a folder outside it",
        ])
    }

    @Test func siteDirEqualToDocsDirIsRefusedEvenFromTheCommandLine() {
        let fixture = SiteFixture(["content/a.md": "x"])
        var options = fixture.options
        options.siteDirOverride = "content"
        let (_, diagnostics) = ConfigLoader.load(options: options)
        #expect(diagnostics.contains { $0.severity == .error && $0.message.contains("inside docs_dir") })
    }

    @Test func navFormsOfMkDocs() {
        let fixture = SiteFixture(["sitegen.yml": """
            nav:
              - index.md
              - Hilos: concurrencia/hilos.md
              - Avanzado:
                  - Colas: avanzado/colas.md
              - GitHub: https://github.com/x/y
            """, "content/index.md": "x"])
        let (config, diagnostics) = ConfigLoader.load(options: fixture.options)
        #expect(diagnostics.isEmpty)
        #expect(config.nav == [
            .page(title: nil, path: "index.md"),
            .page(title: "Hilos", path: "concurrencia/hilos.md"),
            .section(title: "Avanzado", children: [.page(title: "Colas", path: "avanzado/colas.md")]),
            .link(title: "GitHub", url: "https://github.com/x/y"),
        ])
    }

    @Test func useDirectoryURLsIsRead() {
        let fixture = SiteFixture(["sitegen.yml": "use_directory_urls: true\n", "content/a.md": "x"])
        #expect(ConfigLoader.load(options: fixture.options).config.useDirectoryURLs)
    }
}
