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
    /// `theme.language`: `es` by default for `sitegen.yml` projects, `en` for `mkdocs.yml` ones (as MkDocs).
    public var language: String
    /// `theme:` options besides the language (Material's logo, favicon, palette, features; a
    /// `custom_dir` of Jinja overrides whose static files are copied).
    public var theme = ThemeOptions()
    /// `site_description`, `copyright`, `repo_url`, `repo_name`, `edit_uri`.
    public var links = ProjectLinks()
    /// `extra_css`, `extra_javascript`.
    public var extraAssets = ExtraAssets()
    /// `extra:`, free values for templates (`{{extra.version}}`).
    public var extra: ConfigValue = .map([:])
    /// `plugins:` entries other than `search`, and the `redirects` plugin's `redirect_maps`
    /// (old docs-relative path → new path or URL).
    public var plugins: [PluginUse] = []
    public var redirects: [String: String] = [:]
    /// `hooks:` (Python files MkDocs would run).
    public var hooks: [PluginUse] = []
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
    /// What `verify-snippets` last proved (read from `verificationRecordPath`): the build badges
    /// the blocks it lists and never runs code itself.
    public var verifiedSnippets = VerificationRecord()
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
    /// Absolute paths of the files the config inherits from (`INHERIT:`), root-most first.
    public var inheritedConfigFiles: [String] = []
    /// `theme.custom_dir` as written (absolute) and where, until the loader decides what it is.
    var customDir: (path: String, location: SourceLocation)?
    /// True when the last `plugins:` read was a mapping (MkDocs merges a child's mapping into it).
    var pluginsAreMapping = false

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

    /// The verification record's file: `snippets: record:`, else `verified-snippets.json` at the project root.
    public var verificationRecordPath: String {
        snippets?.recordFile ?? projectRoot + "/" + VerificationRecord.defaultFileName
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
