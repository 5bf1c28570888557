import Foundation

/// Reads and parses the Markdown pages of a docs folder, in parallel on every core.
struct PageLoader: Sendable {
    var config: SiteConfig
    var highlighter: (any SyntaxHighlighter)?
    var renderMarkdown: MarkdownRendering = MarkdownRendering.standard
    /// Snippets, include variants, abbreviation definitions (`markdown_extensions:`); `nil`: none.
    var includes: IncludeStage?

    /// One page's outcome: the page, or nothing when the file could not be used (its errors say why).
    struct Loaded: Sendable {
        var page: ParsedPage?
        var diagnostics: [Diagnostic]
    }

    /// Loads `sourcePaths` (docs-relative), keeping their order.
    func load(_ sourcePaths: [String]) -> [Loaded] {
        load(sourcePaths) { $0 }
    }

    /// Loads `sourcePaths` on every core and hands each page, as soon as it is loaded, to `keep`,
    /// which returns what the caller keeps of it (so a build never holds every full page at once).
    func load<Kept: Sendable>(_ sourcePaths: [String], keep: @escaping @Sendable (Loaded) -> Kept) -> [Kept] {
        let strings = LocalizedStrings.forLanguage(config.language)
        let icons = iconLibrary()
        return ParallelWork.map(sourcePaths.count) { index in
            keep(load(sourcePaths[index], strings: strings, icons: icons))
        }
    }

    /// The icons of `pymdownx.emoji` (its `custom_icons` folders, the theme folder's `.icons`, an
    /// installed Material's), when the extension is on.
    func iconLibrary() -> IconLibrary? {
        let extensions = config.markdownExtensions
        guard extensions.contains("pymdownx.emoji") else { return nil }
        var folders = (extensions["pymdownx.emoji"]["options"].flatMap { option -> [String]? in
            if case .map(let values) = option { return values["custom_icons"]?.strings }
            return nil
        } ?? []).map { PathUtilities.absolute($0, relativeTo: config.projectRoot) }
        folders.append(config.templatesDir + "/.icons")
        return IconLibrary.discover(extraFolders: folders)
    }

    /// Reads, decodes and parses one page.
    func load(_ sourcePath: String, strings: LocalizedStrings, icons: IconLibrary? = nil) -> Loaded {
        let absolute = config.docsDir + "/" + sourcePath
        let displayPath = config.displayPath(absolute)
        guard let data = FileManager.default.contents(atPath: absolute) else {
            return Loaded(page: nil, diagnostics: [.error("cannot read the file", at: SourceLocation(file: displayPath, line: 1))])
        }
        let bytes = [UInt8](data)
        let text: String
        switch SourceText.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let bad):
            let location = SourceLocation(file: displayPath, line: bad.line, column: bad.column)
            return Loaded(page: nil, diagnostics: [.error("invalid UTF-8 (the page was skipped)", at: location)])
        }
        var diagnostics: [Diagnostic] = []
        let front = FrontMatter.split(text, file: displayPath, diagnostics: &diagnostics)
        let resolver = LinkResolver(sourcePath: sourcePath, directoryURLs: config.useDirectoryURLs)
        var options = MarkdownOptions(strings: strings, highlighter: highlighter, rewriteLink: { resolver.rewrite($0) },
                                      extensions: config.markdownExtensions)
        options.icons = icons
        options.verifiedSnippets = config.verifiedSnippets.entries(forPage: sourcePath)
        options.pythonMarkdown = config.isMkDocsProject
        // An mkdocs.yml says how its code renders; a sitegen.yml project gets Material's shapes, lean.
        options.codeBlockStyle = config.isMkDocsProject ? CodeBlockStyle(config.markdownExtensions) : .sitegen
        let document: RenderedDocument
        var contentHash = ContentFingerprint.of(bytes)
        let expanded = includes?.expand(front.body, file: displayPath, absolutePath: absolute, firstLine: front.firstLine)
        if let expanded, !expanded.isUnchanged {
            diagnostics += expanded.diagnostics
            options.abbreviations = expanded.abbreviations
            document = renderMarkdown.render(expanded.text, displayPath, 1, options).remapped(through: expanded, file: displayPath)
            // What the page includes is part of it: a rebuild after an included file changed must see a change.
            var text = expanded.text
            contentHash = contentHash &* 31 &+ text.withUTF8 { ContentFingerprint.of(UnsafeRawBufferPointer($0)) }
        } else {
            document = renderMarkdown.render(front.body, displayPath, front.firstLine, options)
        }
        diagnostics += document.diagnostics
        var page = ParsedPage(sourcePath: sourcePath, displayPath: displayPath, url: resolver.pageURL,
                              document: document, meta: front.meta, contentHash: contentHash)
        page.includedFiles = expanded?.includedFiles ?? []
        return Loaded(page: page, diagnostics: diagnostics)
    }
}

/// How pages are turned into documents: `MarkdownRenderer` in builds; tests of the site layer
/// may substitute a simpler one to exercise assembly on its own.
struct MarkdownRendering: Sendable {
    var render: @Sendable (_ source: String, _ file: String, _ firstLine: Int, _ options: MarkdownOptions) -> RenderedDocument

    static let standard = MarkdownRendering { source, file, firstLine, options in
        MarkdownRenderer(options: options).render(source, file: file, firstLine: firstLine)
    }
}
