/// A page after loading and parsing, before templates.
public struct ParsedPage: Sendable {
    /// Path inside the docs folder, `/`-separated (`concurrencia/hilos.md`).
    public var sourcePath: String
    /// Path diagnostics print (`content/concurrencia/hilos.md`).
    public var displayPath: String
    /// The page's URL relative to the site root (`concurrencia/hilos/`; `""` for the home page).
    public var url: String
    public var document: RenderedDocument
    /// The page's title: its `nav:` title, else front matter `title:`, else its first H1, else its
    /// file name prettified (`mi-pagina.md` → "Mi pagina").
    public var title: String
    /// `title:` from the page's front matter, if any.
    public var frontMatterTitle: String? { meta.title }
    /// What the page's front matter says (title, description, hidden parts, search exclusion).
    public var meta: PageMeta
    /// A hash of the page's bytes, and of the text it includes (incremental rebuilds compare it).
    public var contentHash: Int
    /// Absolute paths of the files the page includes (`--8<--`, include variants, `auto_append`):
    /// when one of them changes, `serve` parses the page again.
    public var includedFiles: Set<String> = []

    public init(sourcePath: String, displayPath: String, url: String, document: RenderedDocument,
                title: String? = nil, frontMatterTitle: String? = nil, meta: PageMeta = PageMeta(), contentHash: Int = 0) {
        self.sourcePath = sourcePath
        self.displayPath = displayPath
        self.url = url
        self.document = document
        self.meta = meta
        if let frontMatterTitle { self.meta.title = frontMatterTitle }
        self.title = title ?? self.meta.title ?? document.title ?? PageTitle.prettified(fileName: sourcePath)
        self.contentHash = contentHash
    }
}

/// Every page of a site, loaded and parsed: what `build` renders and `verify-snippets` checks.
public struct ParsedSite: Sendable {
    public var config: SiteConfig
    /// Pages in navigation order (pages not in `nav:` follow, sorted by path).
    public var pages: [ParsedPage]
    /// Problems found while loading and parsing (config, files, Markdown).
    public var diagnostics: [Diagnostic]
    /// The navigation tree (from `nav:` or the folder tree).
    public var nav: SiteNav
    /// Docs-relative paths of the files that are not Markdown (copied as-is).
    public var assetFiles: [String]

    public init(config: SiteConfig, pages: [ParsedPage], diagnostics: [Diagnostic],
                nav: SiteNav = SiteNav(items: []), assetFiles: [String] = []) {
        self.config = config
        self.pages = pages
        self.diagnostics = diagnostics
        self.nav = nav
        self.assetFiles = assetFiles
    }
}
