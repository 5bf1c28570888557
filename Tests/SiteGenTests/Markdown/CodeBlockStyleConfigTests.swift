import Testing
import Yams
@testable import SiteGen

/// `CodeBlockStyle` read from a MkDocs config's `markdown_extensions:` (both forms).
@Suite struct CodeBlockStyleConfigTests {
    private func style(_ yaml: String) throws -> CodeBlockStyle {
        var reader = YAMLReader(file: "mkdocs.yml")
        return CodeBlockStyle(MarkdownExtensionsParser.parse(try #require(try Yams.compose(yaml: yaml)), reader: &reader))
    }

    @Test func materialListForm() throws {
        let read = try style("""
            - admonition
            - pymdownx.highlight:
                anchor_linenums: true
                line_spans: __span
                pygments_lang_class: true
            - pymdownx.inlinehilite
            - pymdownx.superfences:
                custom_fences:
                  - name: mermaid
                    class: mermaid
                    format: !!python/name:pymdownx.superfences.fence_code_format
                  - name: math
                    class: arithmatex
                    format: !!python/object/apply:pymdownx.arithmatex.arithmatex_fenced_format {kwds: {mode: generic}}
            """)
        #expect(read == CodeBlockStyle().with { $0.customFences = [.mermaid, .math] })
    }

    @Test func typerMappingForm() throws {
        let read = try style("""
            attr_list:
            pymdownx.highlight:
              line_spans: __span
              linenums_style: pymdownx-inline
            pymdownx.inlinehilite:
            pymdownx.superfences:
              custom_fences:
              - name: mermaid
                class: mermaid
                format: !!python/name:pymdownx.superfences.fence_div_format
            """)
        #expect(read.lineSpans == "__span")
        #expect(read.lineNumberStyle == .pymdownxInline)
        #expect(!read.languageClass)
        #expect(!read.anchorLineNumbers)
        #expect(read.inlineHilite)
        #expect(read.customFences == [CustomFence(name: "mermaid", className: "mermaid", format: .div)])
    }

    @Test func codehiliteGetsThePlainShape() throws {
        let read = try style("- admonition\n- codehilite:\n    css_class: highlight\n")
        #expect(!read.languageClass && read.lineSpans == nil && !read.anchorLineNumbers && !read.inlineHilite)
        #expect(read.customFences.isEmpty)
    }
}

private extension CodeBlockStyle {
    func with(_ change: (inout CodeBlockStyle) -> Void) -> CodeBlockStyle {
        var copy = self
        change(&copy)
        return copy
    }
}
