/// What a build leaves for the next one (`SiteBuildSession` keeps it between the builds of
/// `serve`): its inputs, every page's record, the link checks, and what the site folder holds.
/// `BuildPipeline` reads it to filter each stage down to what changed.
struct BuildMemory: Sendable {
    var config: SiteConfig
    /// Config and template problems (they only change when the config or templates do).
    var configDiagnostics: [Diagnostic]
    var templates: TemplateSet?
    var scan = DocsScan()
    /// Every page's record, by docs-relative path.
    var records: [String: PageRecord] = [:]
    var links = LinkCheckStage()
    /// The site folder as the builds left it; `nil` when unknown (the next build writes a whole
    /// site and swaps it in).
    var site: WrittenSite?

    /// Reads the config and the templates: the inputs of every stage.
    init(options: BuildOptions) {
        let (config, diagnostics) = ConfigLoader.load(options: options)
        let (templates, templateDiagnostics) = TemplateSet.load(from: config.templatesDir, display: config.displayPath)
        self.config = config
        self.configDiagnostics = diagnostics + templateDiagnostics
        self.templates = templates
    }

    /// True when one of `changed` (absolute paths) is an input every page depends on: the config
    /// (or a file it inherits), the verification record, the templates, a Material `custom_dir`; or when the config had
    /// errors (they may be gone: a missing docs folder created). Then nothing kept holds.
    func isStale(after changed: Set<String>) -> Bool {
        guard !configDiagnostics.hasErrors else { return true }
        let root = config.projectRoot
        let configFile = config.configFile.map { PathUtilities.absolute($0, relativeTo: config.displayRoot) }
        return changed.contains { path in
            path == configFile || config.inheritedConfigFiles.contains(path) || PathUtilities.isInside(path, config.templatesDir)
                || path == config.verificationRecordPath
                || config.theme.staticDir.map { PathUtilities.isInside(path, $0) } == true
                || PathUtilities.folder(of: path) == root && (path.hasSuffix("sitegen.yml") || path.hasSuffix("mkdocs.yml"))
        }
    }
}

/// What the site folder holds, as far as the builds that wrote it know.
struct WrittenSite: Sendable {
    /// Absolute path of the folder.
    var dir: String
    /// Site-relative path → fingerprint of the file there.
    var files: [String: Int]
    /// The structure the pages there were rendered with (`nil`: unknown, re-render every page).
    var structure: SiteStructure?
    /// Pages whose file there is out of date (parsed by a build that failed before writing them).
    var stalePages: Set<String> = []
}

/// What every page's rendering depends on besides its own content: page URLs and titles and the
/// nav. When it is unchanged, only the pages that changed need rendering again.
struct SiteStructure: Equatable, Sendable {
    struct Page: Equatable, Sendable {
        var sourcePath: String
        var url: String
        var title: String
    }

    struct NavEntry: Equatable, Sendable {
        var depth: Int
        var title: String
        var kind: NavItem.Kind
        var id: Int
    }

    var pages: [Page]
    var nav: [NavEntry]

    init(_ site: ParsedSite) {
        pages = site.pages.map { Page(sourcePath: $0.sourcePath, url: $0.url, title: $0.title) }
        var nav: [NavEntry] = []
        func walk(_ items: [NavItem], depth: Int) {
            for item in items {
                nav.append(NavEntry(depth: depth, title: item.title, kind: item.kind, id: item.id))
                walk(item.children, depth: depth + 1)
            }
        }
        walk(site.nav.items, depth: 0)
        self.nav = nav
    }
}
