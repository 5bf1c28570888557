/// What a page's `markdown_extensions:` turn on in the block layer, decided once per page by
/// the renderer. The default (all off, every container syntax on) is the plain dialect tests use.
struct BlockFeatures: Sendable, Equatable {
    /// `md_in_html`: HTML elements with a `markdown` attribute hold Markdown.
    var markdownInHTML = false
    /// The container syntaxes read (`!!!`, `???`, `===`, `///`).
    var syntaxes = BlockSyntaxes.all
    /// `pymdownx.arithmatex`: `$$` blocks and inline math kept away from cmark.
    var displayMath = false
    /// `tables`: pipes inside code spans of table rows stay in their cell.
    var tables = false
    /// MkDocs projects: a list item may not interrupt a paragraph, an inline tag line is paragraph text.
    var pythonMarkdown = false
    /// `def_list`: `Term` + `:   Definition`.
    var definitionLists = false

    init() {}

    /// The features `options` ask for.
    init(_ options: MarkdownOptions) {
        let extensions = options.extensions
        markdownInHTML = extensions.contains("md_in_html")
        syntaxes = extensions == .sitegenDialect ? .all : BlockSyntaxes(extensions)
        displayMath = extensions.contains("pymdownx.arithmatex")
        tables = extensions.contains("tables")
        pythonMarkdown = options.pythonMarkdown
        definitionLists = extensions.contains("def_list")
    }
}
