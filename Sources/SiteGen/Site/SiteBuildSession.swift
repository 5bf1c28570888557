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
    var state: SessionState?

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
                path == config.configFilePath(root: root) || config.inheritedConfigFiles.contains(path) || PathUtilities.isInside(path, config.templatesDir)
                    || path == config.verificationRecordPath
                    || config.theme.staticDir.map { PathUtilities.isInside(path, $0) } == true
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
        var diagnostics = site.diagnostics + templateDiagnostics + next.pages.rebuildAll(site: site, strict: builder.options.strict)
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
            // The old site stays in place: the next build cannot trust any of it.
            next.written = state?.written ?? [:]
            next.siteWritten = state?.siteWritten ?? false
            next.structure = nil
            next.siteBehind = true
            state = next
        }
        return report(diagnostics, site: site, start: start, changed: changedFiles, written: next.siteWritten)
    }

    func report(_ diagnostics: [Diagnostic], site: ParsedSite, start: DispatchTime, changed: [String],
                written: Bool) -> BuildReport {
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        var report = BuildReport(diagnostics: diagnostics, pageCount: site.pages.count, duration: seconds,
                                 siteDir: written && !diagnostics.hasErrors ? site.config.siteDir : nil, changedFiles: changed)
        report.language = site.config.language
        return report
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
