/// One Markdown page after parsing and rendering: its HTML body and what the site needs to know of it.
public struct RenderedDocument: Sendable {
    /// The page body as HTML (no `<html>`/`<body>`: the template wraps it).
    public var html: String
    /// The text of the first level-1 heading, if any.
    public var title: String?
    /// Every heading in document order (those inside tabs and admonitions too).
    public var headings: [Heading]
    /// Every fenced code block in document order, with its expected output attached.
    public var codeBlocks: [CodeBlock]
    /// Every link and image destination, for checking.
    public var links: [LinkReference]
    /// The text by section, for search.
    public var sections: [DocumentSection]
    /// Problems found in this page.
    public var diagnostics: [Diagnostic]

    public init(html: String = "", title: String? = nil, headings: [Heading] = [], codeBlocks: [CodeBlock] = [],
                links: [LinkReference] = [], sections: [DocumentSection] = [], diagnostics: [Diagnostic] = []) {
        self.html = html
        self.title = title
        self.headings = headings
        self.codeBlocks = codeBlocks
        self.links = links
        self.sections = sections
        self.diagnostics = diagnostics
    }
}
