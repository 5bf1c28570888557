import Testing
import Yams
@testable import SiteGen

@Suite struct IncludeSettingsTests {
    private func settings(_ yaml: String) throws -> IncludeSettings {
        let node = try #require(try Yams.compose(yaml: yaml))
        var reader = YAMLReader(file: "mkdocs.yml")
        return IncludeSettings(extensions: MarkdownExtensionsParser.parse(node, reader: &reader), projectRoot: "/p")
    }

    @Test func listFormWithOptions() throws {
        let parsed = try settings("""
            - abbr
            - pymdownx.snippets:
                base_path: [docs, includes]
                auto_append:
                  - includes/mkdocs.md
                check_paths: true
            - pymdownx.superfences:
                custom_fences:
                  - name: mermaid
                    format: !!python/name:pymdownx.superfences.fence_code_format
            """)
        #expect(parsed.abbreviations)
        #expect(!parsed.includeVariants)
        #expect(parsed.snippets == .init(basePaths: ["/p/docs", "/p/includes"], autoAppend: ["includes/mkdocs.md"],
                                         checkPaths: true, autoAppendLine: 5))
    }

    @Test func mappingFormAndDefaults() throws {
        let parsed = try settings("abbr:\nmarkdown_include_variants:\npymdownx.snippets:\n")
        #expect(parsed.includeVariants && parsed.abbreviations)
        #expect(parsed.snippets == .init(basePaths: ["/p"]))
    }

    @Test func nothingEnabled() throws {
        #expect(try settings("- toc:\n    permalink: true\n").isEmpty)
    }
}
