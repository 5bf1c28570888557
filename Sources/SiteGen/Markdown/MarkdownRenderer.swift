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
    /// The extensions `markdown_extensions:` turns on (our whole dialect for `sitegen.yml` projects).
    public var extensions: MarkdownExtensions
    /// Icons and emoji for `pymdownx.emoji`, shared by the pages of a build.
    var icons: IconLibrary?
    /// Read as Python-Markdown where it differs from CommonMark in ways real pages rely on: a list
    /// item right after a paragraph line is text, a line of one inline tag (`<small>`) starts a
    /// paragraph, not raw HTML, an ordered list is numbered from 1 (`lazy_ol`), what is indented 4
    /// spaces past a wide list marker (`10.  x`) stays in its item. On for `mkdocs.yml` projects.
    public var pythonMarkdown = false
    /// The verification record's entries for this page: their blocks get the "verificado" badge,
    /// and a `timeline` snippet's recorded timeline is drawn under its output.
    public var verifiedSnippets: [VerificationRecord.Entry] = []
    /// The page's abbreviations (`*[HTML]: …` definitions, its own and auto-appended ones), for `abbr`.
    var abbreviations: [String: String] = [:]

    public init(strings: LocalizedStrings = .spanish, highlighter: (any SyntaxHighlighter)? = nil,
                rewriteLink: @escaping @Sendable (String) -> String = { $0 },
                headingAnchors: Bool = true, decorateCodeBlocks: Bool = true,
                extensions: MarkdownExtensions = .sitegenDialect) {
        self.extensions = extensions
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
        let inline = options.decorateCodeBlocks ? InlinePipeline(extensions: options.extensions, icons: options.icons,
                                                                           abbreviations: options.abbreviations) : nil
        let renderTitle: (String) -> String = { CmarkDocument.renderInline($0, rewriteURL: rewrite, inline: inline).html }
        let features = inline == nil ? BlockFeatures() : BlockFeatures(options)
        let transformed = BlockTransformer.transform(normalized, file: file, firstLine: firstLine, strings: options.strings,
                                                     features: features, unclosedFencesAsText: options.decorateCodeBlocks,
                                                     renderInline: renderTitle)
        let lineMap = LineMap(source: normalized, origins: transformed.document.origins, tabs: transformed.document.tabs,
                              file: file, firstLine: firstLine)
        var assembler = DocumentAssembler(options: options, lineMap: lineMap)
        let blockExtensions = inline?.cmarkExtensions(block: true) ?? CmarkDocument.defaultExtensionNames
        let rendered = CmarkDocument.render(transformed.text, extensions: blockExtensions, rewriteURL: options.rewriteLink,
                                            inline: inline, listsFromOne: options.pythonMarkdown) { scan in
            assembler.replacements(for: scan)
        }
        var document = assembler.document
        document.html = rendered.html
        if features.definitionLists { document.html = DefinitionListHTML.unwrapTightDefinitions(document.html) }
        if inline != nil {
            document.html = FootnoteShape.rewrite(document.html, backTitle: options.strings["footnoteBack"])
            if options.extensions.contains("pymdownx.tasklist") {
                document.html = TaskListShape.rewrite(document.html,
                                                      customCheckbox: options.extensions["pymdownx.tasklist"].bool("custom_checkbox", default: false))
            }
        }
        document.diagnostics = (transformed.diagnostics + document.diagnostics).sorted(by: Self.pageOrder)
        return document
    }

    private static func pageOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        let left = a.location.map { ($0.line, $0.column) } ?? (0, 0)
        let right = b.location.map { ($0.line, $0.column) } ?? (0, 0)
        return left < right
    }
}
