import Testing
@testable import SiteGen

@Suite("Config tags: !ENV and Python")
struct ConfigTagsTests {
    private func load(_ yaml: String, environment: [String: String]) -> (SiteConfig, [Diagnostic]) {
        let fixture = SiteFixture(["mkdocs.yml": yaml, "docs/index.md": "# A\n"])
        var options = fixture.options
        options.environment = environment
        return ConfigLoader.load(options: options)
    }

    @Test func envScalarTakesTheVariable() {
        let (config, diagnostics) = load("site_name: !ENV NOMBRE\nsite_url: !ENV SIN_DEFINIR\n", environment: ["NOMBRE": "Desde el entorno"])
        #expect(diagnostics.isEmpty)
        #expect(config.siteName == "Desde el entorno")
        #expect(config.siteURL == nil)
    }

    @Test func envListTakesTheFirstSetVariableElseTheDefault() {
        let yaml = "site_name: !ENV [PRIMERA, SEGUNDA, Por defecto]\nsite_description: !ENV [NADA, Texto]\n"
        let (config, _) = load(yaml, environment: ["SEGUNDA": "Segunda"])
        #expect(config.siteName == "Segunda")
        #expect(config.links.siteDescription == "Texto")
        let (fallback, _) = load(yaml, environment: [:])
        #expect(fallback.siteName == "Por defecto")
    }

    @Test func envValueIsReadAsABoolean() {
        let (config, diagnostics) = load("use_directory_urls: !ENV [URLS, false]\n", environment: ["URLS": "true"])
        #expect(diagnostics.isEmpty)
        #expect(config.useDirectoryURLs)
    }

    @Test func envOnAMappingIsALocatedError() {
        let (_, diagnostics) = load("site_name: A\nextra: !ENV {a: b}\n", environment: [:])
        #expect(SiteFixture.lines(diagnostics) == ["mkdocs.yml:2:8: error: '!ENV' takes a variable name or a list [VAR, …, default], not a mapping"])
    }

    @Test func pythonTagsInMarkdownExtensionsParseWithoutAWord() {
        let yaml = """
        site_name: Con etiquetas
        markdown_extensions:
          - pymdownx.superfences:
              custom_fences:
                - name: mermaid
                  class: mermaid
                  format: !!python/name:pymdownx.superfences.fence_code_format
          - pymdownx.tabbed:
              slugify: !!python/object/apply:pymdownx.slugs.slugify
                kwds:
                  case: lower
          - pymdownx.highlight:
              linenums: !ENV [LINENUMS, false]
          - pymdownx.snippets:
              base_path: !relative $config_dir
        """
        let (config, diagnostics) = load(yaml, environment: [:])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(config.siteName == "Con etiquetas")
    }
}
