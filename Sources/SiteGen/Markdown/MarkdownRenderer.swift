/// Options for rendering one page.
public struct MarkdownOptions: Sendable {
    /// UI language: default admonition titles, "Salida" label…
    public var strings: LocalizedStrings
    /// Build-time highlighting; `nil` shows code escaped.
    public var highlighter: (any SyntaxHighlighter)?
    /// Rewrites a link or image destination as written (`a.md#x`) into the URL to emit (`a/#x`).
    public var rewriteLink: @Sendable (String) -> String
    /// Heading ids and permalink anchors (`<h2 id="x">…<a class="headerlink"…>¶</a></h2>`).
    /// Off, headings render exactly as cmark-gfm renders them (used by the conformance tests).
    public var headingAnchors: Bool
    /// Code blocks in pymdownx's shapes (titles, line numbers, hidden lines removed), inline
    /// hilite, and unclosed fences shown as text as MkDocs shows them. Off, code renders exactly
    /// as cmark-gfm renders it (used by the conformance tests).
    public var decorateCodeBlocks: Bool
    /// The pymdownx.highlight / superfences / inlinehilite settings (Material's recommended ones by default).
    public var codeBlockStyle = CodeBlockStyle()

    public init(strings: LocalizedStrings = .spanish, highlighter: (any SyntaxHighlighter)? = nil,
                rewriteLink: @escaping @Sendable (String) -> String = { $0 },
                headingAnchors: Bool = true, decorateCodeBlocks: Bool = true) {
        self.strings = strings
        self.highlighter = highlighter
        self.rewriteLink = rewriteLink
        self.headingAnchors = headingAnchors
        self.decorateCodeBlocks = decorateCodeBlocks
    }
}

/// Turns MkDocs-Material Markdown into HTML: our block layer (tabs, admonitions, details) over cmark-gfm.
///
///     let page = MarkdownRenderer().render("# Hola\n", file: "content/index.md")
///     page.html // <h1 id="hola">Hola…</h1>
///
/// The block layer rewrites the page into one CommonMark document (containers become raw HTML
/// lines, bodies are dedented), cmark-gfm parses it once, and every heading, code block, link and
/// diagnostic is mapped back to its line in the page. Safe to call from many threads at once.
public struct MarkdownRenderer: Sendable {
    public var options: MarkdownOptions

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    /// Renders `source`; `file` is the path diagnostics print; `firstLine` is the file line of
    /// the source's first line (after front matter).
    public func render(_ source: String, file: String, firstLine: Int = 1) -> RenderedDocument {
        let normalized = NormalizedSource(source)
        let rewrite = options.rewriteLink
        let renderTitle: (String) -> String = { CmarkDocument.renderInline($0, rewriteURL: rewrite).html }
        let transformed = BlockTransformer.transform(normalized, file: file, firstLine: firstLine, strings: options.strings,
                                                     unclosedFencesAsText: options.decorateCodeBlocks, renderInline: renderTitle)
        let lineMap = LineMap(source: normalized, origins: transformed.document.origins, file: file, firstLine: firstLine)
        var assembler = DocumentAssembler(options: options, lineMap: lineMap)
        let rendered = CmarkDocument.render(transformed.text, rewriteURL: options.rewriteLink) { scan in
            assembler.replacements(for: scan)
        }
        var document = assembler.document
        document.html = rendered.html
        document.diagnostics = (transformed.diagnostics + document.diagnostics).sorted(by: Self.pageOrder)
        return document
    }

    private static func pageOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        let left = a.location.map { ($0.line, $0.column) } ?? (0, 0)
        let right = b.location.map { ($0.line, $0.column) } ?? (0, 0)
        return left < right
    }
}
