@testable import SiteGen

/// Renders one paragraph or page with exactly the extensions named (as an `mkdocs.yml` would list them).
enum ExtensionRender {
    static func html(_ markdown: String, _ names: [String], options: [String: ExtensionOptions] = [:],
                     icons: IconLibrary? = nil) -> String {
        var extensions = MarkdownExtensions.mkdocsDefaults
        for name in names { extensions.enable(name, options[name] ?? ExtensionOptions()) }
        var markdownOptions = MarkdownOptions(strings: .english, extensions: extensions)
        markdownOptions.icons = icons
        return MarkdownRenderer(options: markdownOptions).render(markdown, file: "t.md").html
    }

    static func document(_ markdown: String, _ names: [String], icons: IconLibrary? = nil) -> RenderedDocument {
        var extensions = MarkdownExtensions.mkdocsDefaults
        for name in names { extensions.enable(name) }
        var markdownOptions = MarkdownOptions(strings: .english, extensions: extensions)
        markdownOptions.icons = icons
        return MarkdownRenderer(options: markdownOptions).render(markdown, file: "t.md")
    }
}
