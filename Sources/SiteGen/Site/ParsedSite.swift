/// A page after loading and parsing, before templates.
public struct ParsedPage: Sendable {
    /// Path inside the docs folder, `/`-separated (`concurrencia/hilos.md`).
    public var sourcePath: String
    /// Path diagnostics print (`content/concurrencia/hilos.md`).
    public var displayPath: String
    /// The page's URL relative to the site root (`concurrencia/hilos/`; `""` for the home page).
    public var url: String
    public var document: RenderedDocument

    public init(sourcePath: String, displayPath: String, url: String, document: RenderedDocument) {
        self.sourcePath = sourcePath
        self.displayPath = displayPath
        self.url = url
        self.document = document
    }
}

/// Every page of a site, loaded and parsed: what `build` renders and `verify-snippets` checks.
public struct ParsedSite: Sendable {
    public var config: SiteConfig
    /// Pages in navigation order.
    public var pages: [ParsedPage]
    /// Problems found while loading and parsing (config, files, Markdown).
    public var diagnostics: [Diagnostic]

    public init(config: SiteConfig, pages: [ParsedPage], diagnostics: [Diagnostic]) {
        self.config = config
        self.pages = pages
        self.diagnostics = diagnostics
    }
}
