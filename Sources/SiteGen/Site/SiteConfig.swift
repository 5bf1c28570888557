/// A project's configuration (`sitegen.yml`, or `mkdocs.yml` when there is none), paths resolved.
public struct SiteConfig: Sendable {
    /// Absolute path of the folder the config file is in.
    public var projectRoot: String
    /// The config file as the user names it (`sitegen.yml`), `nil` when there is none.
    public var configFile: String?
    public var siteName: String
    /// `site_url`: makes sitemap URLs absolute.
    public var siteURL: String?
    /// Absolute path of the Markdown folder (`docs_dir`, default `content`; `docs` for mkdocs.yml).
    public var docsDir: String
    /// Absolute path of the output folder (`site_dir`, default `site`).
    public var siteDir: String
    /// Absolute path of the templates folder (`theme.custom_dir`, else the project's `templates/`,
    /// else the templates sitegen ships).
    public var templatesDir: String
    /// `theme.language`, default `es`.
    public var language: String
    /// `nav:` as written; `nil` means "from the folder tree".
    public var nav: [NavEntry]?
    /// Read from an `mkdocs.yml`: pages render as MkDocs renders them where Python-Markdown and
    /// CommonMark differ (a list cannot interrupt a paragraph).
    public var isMkDocsProject = false
    /// `markdown_extensions:`: what an `mkdocs.yml` lists (nothing else, as in MkDocs); our whole
    /// dialect for `sitegen.yml` projects, plus what theirs lists.
    public var markdownExtensions: MarkdownExtensions = .sitegenDialect
    /// `snippets:`; `nil` means the standard library and Foundation only.
    public var snippets: SnippetsConfig?
    /// `use_directory_urls: true` makes internal links end in `a/b/` instead of `a/b/index.html`
    /// (which also works from `file://`, hence the default).
    public var useDirectoryURLs: Bool = false
    /// Absolute path printed paths are relative to (the current directory for the CLI).
    public var displayRoot: String
    /// Where each `nav:` page path is written in the config file.
    public var navLocations: [String: SourceLocation] = [:]
    /// Where `docs_dir:` / `site_dir:` are written, for errors about them.
    public var docsDirLocation: SourceLocation?
    public var siteDirLocation: SourceLocation?

    public init(projectRoot: String, configFile: String? = nil, siteName: String = "sitegen",
                siteURL: String? = nil, docsDir: String, siteDir: String, templatesDir: String,
                language: String = "es", nav: [NavEntry]? = nil, snippets: SnippetsConfig? = nil) {
        self.projectRoot = projectRoot
        self.configFile = configFile
        self.siteName = siteName
        self.siteURL = siteURL
        self.docsDir = docsDir
        self.siteDir = siteDir
        self.templatesDir = templatesDir
        self.language = language
        self.nav = nav
        self.snippets = snippets
        self.displayRoot = projectRoot
    }

    /// `path` as diagnostics print it (relative to `displayRoot` when inside it).
    public func displayPath(_ path: String) -> String {
        PathUtilities.display(path, relativeTo: displayRoot)
    }
}

/// One entry of `nav:`: a page (`- Título: path.md`, `- path.md`) or a section with children.
public indirect enum NavEntry: Sendable, Hashable {
    case page(title: String?, path: String)
    case link(title: String, url: String)
    case section(title: String, children: [NavEntry])
}
