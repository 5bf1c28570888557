/// Options for rendering one page.
public struct MarkdownOptions: Sendable {
    /// UI language: default admonition titles, "Salida" label…
    public var strings: LocalizedStrings
    /// Build-time highlighting; `nil` shows code escaped.
    public var highlighter: (any SyntaxHighlighter)?
    /// Rewrites a link or image destination as written (`a.md#x`) into the URL to emit (`a/#x`).
    public var rewriteLink: @Sendable (String) -> String

    public init(strings: LocalizedStrings = .spanish, highlighter: (any SyntaxHighlighter)? = nil,
                rewriteLink: @escaping @Sendable (String) -> String = { $0 }) {
        self.strings = strings
        self.highlighter = highlighter
        self.rewriteLink = rewriteLink
    }
}

/// Turns MkDocs-Material Markdown into HTML: our block layer (tabs, admonitions, details) over cmark-gfm.
///
///     let page = MarkdownRenderer().render("# Hola\n", file: "content/index.md")
///     page.html // <h1 id="hola">Hola…</h1>
public struct MarkdownRenderer: Sendable {
    public var options: MarkdownOptions

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    /// Renders `source`; `file` is the path diagnostics print; `firstLine` is the file line of
    /// the source's first line (after front matter).
    public func render(_ source: String, file: String, firstLine: Int = 1) -> RenderedDocument {
        RenderedDocument(diagnostics: [.error("Markdown rendering is not implemented yet", at: SourceLocation(file: file, line: firstLine))])
    }
}
