import Foundation

/// A site kept in memory between builds, for `sitegen serve`: `rebuild(changedPaths:)` re-parses
/// only the changed pages, re-renders only those unless a title, URL or the nav changed (then
/// every page), and writes only the files whose bytes changed (each written to a temporary file
/// and renamed into place). A change to the config or the templates rebuilds everything.
///
///     let session = SiteBuildSession(builder: SiteBuilder(options: options))
///     _ = session.build()
///     let report = session.rebuild(changedPaths: ["/project/content/index.md"])
public final class SiteBuildSession: @unchecked Sendable {
    public let builder: SiteBuilder
    private let lock = NSLock()
    private var state: SessionState?

    public init(builder: SiteBuilder) {
        self.builder = builder
    }

    /// A full build (atomic, as `sitegen build`), remembered for later rebuilds.
    public func build() -> BuildReport {
        lock.withLock { fullBuild() }
    }

    /// Brings the site up to date after the files at `changedPaths` (absolute, or relative to the
    /// project root) were created, modified or deleted. A failed rebuild writes nothing.
    public func rebuild(changedPaths: [String]) -> BuildReport {
        lock.withLock {
            guard let state, state.siteWritten else { return fullBuild() }
            let root = builder.options.projectRoot
            let changed = Set(changedPaths.map { PathUtilities.absolute($0, relativeTo: root) })
            let config = state.config
            let needsFull = changed.contains { path in
                path == config.configFilePath(root: root) || PathUtilities.isInside(path, config.templatesDir)
                    || PathUtilities.folder(of: path) == config.projectRoot && (path.hasSuffix("sitegen.yml") || path.hasSuffix("mkdocs.yml"))
            }
            return needsFull ? fullBuild() : incrementalBuild(state: state, changed: changed)
        }
    }

    private func fullBuild() -> BuildReport {
        let start = DispatchTime.now()
        let loader = builder.loader
        let (config, configDiagnostics) = ConfigLoader.load(options: builder.options)
        let scan = DocsScan.scan(config.docsDir)
        let loaded = loader.pageLoader(for: config).load(scan.markdownFiles)
        let site = SiteLoader.assemble(config: config, scan: scan, loaded: loaded, diagnostics: configDiagnostics)
        let (templates, templateDiagnostics) = TemplateSet.load(from: config.templatesDir, display: config.displayPath)
        var next = SessionState(config: config, configDiagnostics: configDiagnostics + templateDiagnostics, scan: scan,
                                loaded: Dictionary(uniqueKeysWithValues: zip(scan.markdownFiles, loaded)),
                                templates: templates, structure: SiteStructure(site), written: [:], siteWritten: false)
        var diagnostics = site.diagnostics + templateDiagnostics + LinkChecker(site: site, strict: builder.options.strict).check()
        var changedFiles: [String] = []
        if let templates, !diagnostics.hasErrors {
            let files = SiteRenderer(site: site, templates: templates).render()
            let problems = AtomicSiteWriter(siteDir: config.siteDir).write(files)
            diagnostics += problems
            if problems.isEmpty {
                next.written = Dictionary(files.map { ($0.path, $0.fingerprint) }, uniquingKeysWith: { $1 })
                next.siteWritten = true
                changedFiles = files.map(\.path)
            }
        }
        if next.siteWritten || state == nil || state?.config.siteDir != config.siteDir { state = next } else {
            next.written = state?.written ?? [:]
            next.siteWritten = state?.siteWritten ?? false
            state = next
        }
        return report(diagnostics, site: site, start: start, changed: changedFiles, written: next.siteWritten)
    }

    private func incrementalBuild(state old: SessionState, changed: Set<String>) -> BuildReport {
        let start = DispatchTime.now()
        var state = old
        let config = state.config
        let scan = DocsScan.scan(config.docsDir)
        let docsPrefix = config.docsDir + "/"
        let touched = Set(changed.filter { $0.hasPrefix(docsPrefix) }.map { String($0.dropFirst(docsPrefix.count)) })
        let toLoad = scan.markdownFiles.filter { touched.contains($0) || state.loaded[$0] == nil }
        let reloaded = builder.loader.pageLoader(for: config).load(toLoad)
        var reparsed = Set<String>()
        for (path, result) in zip(toLoad, reloaded) {
            if let previous = state.loaded[path]?.page, let page = result.page, previous.contentHash == page.contentHash,
               result.diagnostics == state.loaded[path]?.diagnostics {
                continue
            }
            state.loaded[path] = result
            reparsed.insert(path)
        }
        let current = Set(scan.markdownFiles)
        state.loaded = state.loaded.filter { current.contains($0.key) }
        state.scan = scan
        let site = SiteLoader.assemble(config: config, scan: scan, loaded: scan.markdownFiles.compactMap { state.loaded[$0] },
                                       diagnostics: state.configDiagnostics)
        var diagnostics = site.diagnostics + LinkChecker(site: site, strict: builder.options.strict).check()
        var changedFiles: [String] = []
        if let templates = state.templates, !diagnostics.hasErrors {
            let structure = SiteStructure(site)
            let only: Set<String>? = structure == state.structure ? reparsed : nil
            state.structure = structure
            let files = SiteRenderer(site: site, templates: templates).render(onlyPages: only)
            let expected = Set(site.pages.map { PageURL.outputFile(forURL: $0.url) }).union(files.map(\.path))
            let writer = IncrementalSiteWriter(siteDir: config.siteDir, docsDir: config.docsDir, changedSources: changed)
            let outcome = writer.update(files: files, expected: expected, previous: state.written)
            diagnostics += outcome.diagnostics
            state.written = outcome.written
            changedFiles = outcome.changedFiles
        }
        self.state = state
        return report(diagnostics, site: site, start: start, changed: changedFiles, written: true)
    }

    private func report(_ diagnostics: [Diagnostic], site: ParsedSite, start: DispatchTime, changed: [String],
                        written: Bool) -> BuildReport {
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return BuildReport(diagnostics: diagnostics, pageCount: site.pages.count, duration: seconds,
                           siteDir: written && !diagnostics.hasErrors ? site.config.siteDir : nil, changedFiles: changed)
    }
}

/// What a session remembers between builds.
struct SessionState {
    var config: SiteConfig
    /// Config and template problems (they only change on a full build).
    var configDiagnostics: [Diagnostic]
    var scan: DocsScan
    /// Every page's load result by docs-relative path.
    var loaded: [String: PageLoader.Loaded]
    var templates: TemplateSet?
    var structure: SiteStructure
    /// Site-relative path → fingerprint of what was last written there.
    var written: [String: Int]
    /// True once a build has put a site in place.
    var siteWritten: Bool
}

/// What every page's rendering depends on besides its own content: page URLs and titles and the
/// nav. When it is unchanged, only the pages that changed need re-rendering.
struct SiteStructure: Equatable {
    var pages: [String]
    var nav: [String]

    init(_ site: ParsedSite) {
        pages = site.pages.map { "\($0.sourcePath)\u{0}\($0.url)\u{0}\($0.title)" }
        var nav: [String] = []
        func walk(_ items: [NavItem], depth: Int) {
            for item in items {
                nav.append("\(depth)\u{0}\(item.title)\u{0}\(item.kind)")
                walk(item.children, depth: depth + 1)
            }
        }
        walk(site.nav.items, depth: 0)
        self.nav = nav
    }
}

extension SiteBuilder {
    var loader: SiteLoader { SiteLoader(options: options, highlighter: highlighter, renderMarkdown: renderMarkdown) }
}

extension SiteConfig {
    /// The config file's absolute path, if there is one.
    func configFilePath(root: String) -> String? {
        configFile.map { PathUtilities.absolute($0, relativeTo: displayRoot) }
    }
}
