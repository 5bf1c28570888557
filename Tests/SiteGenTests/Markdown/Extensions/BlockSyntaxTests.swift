import Testing
@testable import SiteGen

/// Which container syntaxes an mkdocs.yml project reads.
@Suite struct BlockSyntaxTests {
    @Test func withoutTheirExtensionsMarkersAreText() {
        let html = ExtensionRender.html("!!! note\n    x\n\n/// caption\nPie\n///\n", [])
        #expect(html == "<p>!!! note\nx</p>\n<p>/// caption\nPie\n///</p>\n")
    }

    @Test func eachExtensionTurnsOnItsSyntax() {
        #expect(ExtensionRender.html("!!! note\n    x\n", ["admonition"]).hasPrefix("<div class=\"admonition note\">"))
        #expect(ExtensionRender.html("??? note\n    x\n", ["pymdownx.details"]).hasPrefix("<details class=\"note\">"))
        #expect(ExtensionRender.html("=== \"A\"\n    x\n", ["pymdownx.tabbed"]).hasPrefix("<div class=\"tabbed-set"))
        #expect(ExtensionRender.html("/// note\nx\n///\n", ["pymdownx.blocks.admonition"]).hasPrefix("<div class=\"admonition note\">"))
        #expect(ExtensionRender.html("/// details | T\nx\n///\n", ["pymdownx.blocks.admonition"]).hasPrefix("<p>/// details"))
    }

    @Test func abbreviationsReachTabLabels() {
        var options = MarkdownOptions(strings: .english, extensions: MarkdownExtensions(["abbr": ExtensionOptions(), "pymdownx.tabbed": ExtensionOptions()]))
        options.abbreviations = ["IEEE": "Institute"]
        let html = MarkdownRenderer(options: options).render("=== \"IEEE\"\n    x\n", file: "t.md").html
        #expect(html.contains(#"<label for="__tabbed_1_1"><abbr title="Institute">IEEE</abbr></label>"#))
    }
}
