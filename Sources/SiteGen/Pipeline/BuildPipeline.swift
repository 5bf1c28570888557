import Foundation

/// The one build pipeline: `sitegen build` runs it once; `sitegen serve` runs it for the first
/// build and again after every change. One page, from Markdown to file:
///
/// 1. **Inputs** (`BuildMemory.init`): the config (`ConfigLoader`) and the templates (`TemplateSet`);
///    the docs folder's files (`DocsScan`).
/// 2. **Parse** (`PageLoader`): `content/a/b.md` is read, its front matter split off, its Markdown
///    rendered to the body HTML with its headings, links and search text (`ParsedPage`); right
///    away `PageRecord` derives what other pages need from it (anchors, search entry) and drops
///    what no later stage reads. Pages are parsed in parallel.
/// 3. **Assemble** (`SiteLoader.assemble`): the nav (from `nav:` or the folder tree) and the pages
///    in nav order, nav titles applied (`ParsedSite`).
/// 4. **Check links** (`LinkCheckStage`): each page's links against every page's anchors.
/// 5. **Render and write** (`SiteRenderer`, `SiteOutput`): the page through the page template
///    becomes `a/b/index.html`, put in the site as soon as it is rendered, in parallel; so at
///    any moment only as many rendered pages exist as there are threads. Then the site-wide
///    files (`404.html`, `sitemap.xml`, the search index, assets), and the output ends: a fresh
///    site swapped in, or the live one with its stale files deleted.
///
/// A rebuild runs the same stages on the memory of the previous build, each filtered to what
/// changed: pages are parsed again only when touched (or new), links re-checked only where
/// anchors or pages changed, pages rendered again only when parsed again (every page when a
/// title, a URL or the nav changed), and a file written only when its bytes differ from the
/// file already there. A change to the config or the templates starts from no memory.
struct BuildPipeline {
    var options: BuildOptions
    var highlighter: (any SyntaxHighlighter)?
    var renderMarkdown: MarkdownRendering
    /// False for a one-off build (`sitegen build`): nothing it would leave in its memory is read
    /// again, so it skips what only a rebuild needs (fingerprints of the files it writes).
    var remembers = true

    /// Builds the site. With `memory` from the previous run and the absolute paths `changed`
    /// since, does only the work those changes call for; leaves the memory for the next run.
    /// A build with errors writes nothing.
    func run(memory: inout BuildMemory?, changed: Set<String>? = nil) -> BuildReport {
        let start = DispatchTime.now()
        var clock = PhaseTimings()
        let previous = memory.take()
        var state: BuildMemory
        var touched: Set<String> = []
        if let previous, let changed, !previous.isStale(after: changed) {
            state = previous
            let docsPrefix = state.config.docsDir + "/"
            touched = Set(changed.filter { $0.hasPrefix(docsPrefix) }.map { String($0.dropFirst(docsPrefix.count)) })
            // Pages that include a changed file (inside the docs folder or not) are parsed again.
            for (path, record) in state.records where record.page?.includedFiles.isDisjoint(with: changed) == false {
                touched.insert(path)
            }
        } else {
            state = BuildMemory(options: options)
            if let site = previous?.site, site.dir == state.config.siteDir { state.site = site }
        }
        clock.lap("load config and templates")

        let filesChanged = state.records.isEmpty || !state.scan.stillLists(touched, docsDir: state.config.docsDir)
        if filesChanged { state.scan = DocsScan.scan(state.config.docsDir) }
        let parsed = parse(touched, into: &state)
        clock.lap("load and parse pages")

        let site = SiteLoader.assemble(config: state.config, scan: state.scan,
                                       loaded: state.scan.markdownFiles.compactMap { state.records[$0]?.loaded },
                                       diagnostics: state.configDiagnostics)
        let anchors = state.records.compactMapValues { $0.page == nil ? nil : $0.anchors }
        let linkChanges = LinkCheckStage.Changes(reparsed: parsed.changed, anchorsChanged: parsed.anchorsChanged, filesChanged: filesChanged)
        var diagnostics = site.diagnostics + state.links.check(site, anchors: anchors, changes: linkChanges, strict: options.strict)
        clock.lap("check links")

        var changedFiles: [String] = []
        if let templates = state.templates, !diagnostics.hasErrors {
            let written = write(site, templates: templates, parsed: parsed.changed, memory: state, changed: changed ?? [], clock: &clock)
            diagnostics += written.diagnostics
            changedFiles = written.changedFiles
            state.site = written.site
        } else if var site = state.site {
            site.stalePages.formUnion(parsed.changed)
            state.site = site
        }
        memory = state

        var report = BuildReport(diagnostics: diagnostics, pageCount: site.pages.count,
                                 duration: Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9,
                                 siteDir: diagnostics.hasErrors ? nil : site.config.siteDir, changedFiles: changedFiles)
        report.timings = clock
        report.includedFiles = state.records.values.reduce(into: Set<String>()) { $0.formUnion($1.page?.includedFiles ?? []) }
        report.language = site.config.language
        return report
    }

    /// What the parse stage changed.
    private struct Parsed {
        /// Pages new or parsed again with different bytes or problems.
        var changed: Set<String> = []
        /// Pages whose anchors changed, appeared or vanished.
        var anchorsChanged: Set<String> = []
    }

    /// Parses the pages of `touched` and those without a record (all of them on a first build),
    /// and drops the records of pages gone.
    private func parse(_ touched: Set<String>, into state: inout BuildMemory) -> Parsed {
        var parsed = Parsed()
        let current = Set(state.scan.markdownFiles)
        for path in state.records.keys where !current.contains(path) {
            state.records[path] = nil
            parsed.anchorsChanged.insert(path)
        }
        let toParse = state.scan.markdownFiles.filter { touched.contains($0) || state.records[$0] == nil }
        let loader = SiteLoader(options: options, highlighter: highlighter, renderMarkdown: renderMarkdown).pageLoader(for: state.config)
        for (path, record) in zip(toParse, loader.load(toParse, keep: PageRecord.init)) {
            let previous = state.records[path]
            if let previous, record.isUnchanged(from: previous) { continue }
            parsed.changed.insert(path)
            if previous?.anchors != record.anchors || previous?.page == nil { parsed.anchorsChanged.insert(path) }
            state.records[path] = record
        }
        return parsed
    }

    /// What the render-and-write stage did.
    private struct Written {
        var changedFiles: [String] = []
        var diagnostics: [Diagnostic] = []
        var site: WrittenSite?
    }

    /// Renders the pages that need it and the site-wide files, putting each in the site folder as
    /// it is made: in place when the memory knows what the folder holds, else in a fresh folder
    /// swapped in at the end.
    private func write(_ site: ParsedSite, templates: TemplateSet, parsed: Set<String>, memory: BuildMemory,
                       changed: Set<String>, clock: inout PhaseTimings) -> Written {
        let structure = SiteStructure(site)
        let known = memory.site
        let pages = known?.structure == structure
            ? site.pages.filter { parsed.contains($0.sourcePath) || known?.stalePages.contains($0.sourcePath) == true }
            : site.pages
        let renderer = SiteRenderer(site: site, templates: templates)
        let siteFiles = renderer.siteFiles(searchEntries: site.pages.compactMap { memory.records[$0.sourcePath]?.searchEntry })
        clock.lap("search index and site files")
        let paths = site.pages.map(SiteRenderer.outputPath(of:)) + siteFiles.map(\.path)
        let output: any SiteOutput
        do {
            if let known {
                output = try InPlaceSiteOutput(siteDir: known.dir, paths: paths, previous: known.files, changedSources: changed)
            } else {
                output = try StagedSiteOutput(siteDir: site.config.siteDir, paths: paths, fingerprints: remembers)
            }
        } catch {
            return Written(diagnostics: [.error("cannot write the site: \(error.localizedDescription)")], site: known)
        }
        clock.lap("prepare the site folder")
        let pagePuts = ParallelWork.map(pages.count) { output.put(renderer.file(for: pages[$0])) }
        clock.lap("render and write pages")
        let puts = pagePuts + ParallelWork.map(siteFiles.count) { output.put(siteFiles[$0]) }
        let outcome = output.finish(puts)
        clock.lap("site files and finish")

        // A staged site that was not swapped in leaves the folder as unknown as it was.
        guard known != nil || outcome.complete else { return Written(diagnostics: outcome.diagnostics, site: nil) }
        // Without fingerprints the folder's contents are unknown to a later build.
        guard remembers else { return Written(changedFiles: outcome.changedFiles, diagnostics: outcome.diagnostics, site: nil) }
        var written = known ?? WrittenSite(dir: site.config.siteDir, files: [:])
        written.files = outcome.files
        if outcome.complete {
            written.structure = structure
            written.stalePages = []
        } else {
            written.stalePages.formUnion(pages.map(\.sourcePath))
        }
        return Written(changedFiles: outcome.changedFiles, diagnostics: outcome.diagnostics, site: written)
    }
}

extension DocsScan {
    /// True when listing `docsDir` again would give the same files: every touched path (docs-
    /// relative) is one this scan lists and is still a regular file (it was edited, not created,
    /// deleted or replaced by a folder).
    func stillLists(_ touched: Set<String>, docsDir: String) -> Bool {
        guard !touched.isEmpty else { return true }
        let known = Set(markdownFiles).union(otherFiles)
        return touched.allSatisfy { path in
            var info = stat()
            return known.contains(path) && stat(docsDir + "/" + path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
        }
    }
}
