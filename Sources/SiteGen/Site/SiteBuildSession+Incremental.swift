import Foundation

extension SiteBuildSession {
    /// Rebuilds after docs changes with work proportional to the change. When the edited files
    /// were already known (no file appeared or vanished), the docs folder is not listed again;
    /// when the site's structure (page URLs and titles, nav) is unchanged and the site on disk is
    /// current, only the changed pages are rendered, the search index is rebuilt from the kept
    /// entries of the others, and 404/sitemap/assets are left alone. Anything else takes the
    /// general path: every site-wide file again, every page when the structure changed.
    func incrementalBuild(state old: SessionState, changed: Set<String>) -> BuildReport {
        let start = DispatchTime.now()
        var state = old
        let config = state.config
        let docsPrefix = config.docsDir + "/"
        let touched = Set(changed.filter { $0.hasPrefix(docsPrefix) }.map { String($0.dropFirst(docsPrefix.count)) })
        let rescanned = !state.scan.stillLists(touched, docsDir: config.docsDir)
        let scan = rescanned ? DocsScan.scan(config.docsDir) : state.scan
        let reparsed = reload(touched, scan: scan, into: &state)
        state.scan = scan
        let site = SiteLoader.assemble(config: config, scan: scan, loaded: scan.markdownFiles.compactMap { state.loaded[$0] },
                                       diagnostics: state.configDiagnostics)
        let update = state.pages.update(site: site, reparsed: reparsed, recheckAllLinks: rescanned, strict: builder.options.strict)
        var diagnostics = site.diagnostics + update.linkDiagnostics
        var changedFiles: [String] = []
        let dirty = reparsed.union(state.unwrittenPages)
        if let templates = state.templates, !diagnostics.hasErrors {
            let structure = SiteStructure(site)
            let renderer = SiteRenderer(site: site, templates: templates)
            let files: [OutputFile]
            let expected: Set<String>
            if structure == state.structure, !state.siteBehind, !rescanned {
                files = renderer.renderPages(dirty) + copies(of: touched, in: scan, config: config)
                    + (update.searchChanged ? state.pages.searchIndexFiles(for: site) : [])
                // A new search index replaces the old one's files (their number may change).
                let searchFolder = SearchIndex.folder + "/"
                expected = Set(state.written.keys.filter { !update.searchChanged || !$0.hasPrefix(searchFolder) }).union(files.map(\.path))
            } else {
                files = renderer.render(onlyPages: structure == state.structure ? dirty : nil)
                expected = Set(site.pages.map { PageURL.outputFile(forURL: $0.url) }).union(files.map(\.path))
            }
            let writer = IncrementalSiteWriter(siteDir: config.siteDir, docsDir: config.docsDir, changedSources: changed)
            let outcome = writer.update(files: files, expected: expected, previous: state.written)
            diagnostics += outcome.diagnostics
            state.written = outcome.written
            changedFiles = outcome.changedFiles
            let wroteAll = outcome.diagnostics.isEmpty
            state.structure = wroteAll ? structure : nil
            state.unwrittenPages = wroteAll ? [] : dirty
            state.siteBehind = !wroteAll
        } else {
            state.unwrittenPages = dirty
            state.siteBehind = true
        }
        self.state = state
        return report(diagnostics, site: site, start: start, changed: changedFiles, written: true)
    }

    /// Loads the touched pages and those not loaded yet, drops vanished ones; returns the pages
    /// whose content or diagnostics changed.
    private func reload(_ touched: Set<String>, scan: DocsScan, into state: inout SessionState) -> Set<String> {
        let toLoad = scan.markdownFiles.filter { touched.contains($0) || state.loaded[$0] == nil }
        let reloaded = builder.loader.pageLoader(for: state.config).load(toLoad)
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
        return reparsed
    }

    /// The docs folder's other files among `touched`, to copy again.
    private func copies(of touched: Set<String>, in scan: DocsScan, config: SiteConfig) -> [OutputFile] {
        let assets = Set(scan.otherFiles)
        return touched.filter(assets.contains).sorted().map { OutputFile(path: $0, content: .copy(from: config.docsDir + "/" + $0)) }
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
