/// What a `SiteBuildSession` derives from each page and keeps between builds, so that a rebuild
/// redoes it only for the pages that changed: the anchors a page offers, the check of its links,
/// its search-index entry.
///
/// Link checks are exact: a rebuild re-checks the changed pages, plus every page linking to a
/// page whose anchors changed, appeared or vanished; everything when the docs folder's files
/// changed (a link may name any of them).
struct SessionPageCaches {
    private(set) var anchors: [String: AnchorSet] = [:]
    private(set) var links: [String: LinkChecker.PageLinks] = [:]
    private(set) var searchEntries: [String: SearchIndex.Entry] = [:]

    /// What `update` found.
    struct Update {
        /// Link problems of every page, in page order (as `LinkChecker.check()` lists them).
        var linkDiagnostics: [Diagnostic]
        /// True when a page's search entry changed, or a page appeared or vanished.
        var searchChanged: Bool
    }

    /// Derives everything for every page of `site` (a full build).
    mutating func rebuildAll(site: ParsedSite, strict: Bool) -> [Diagnostic] {
        let pages = site.pages
        let derived = parallelMap(pages.count) { index in (AnchorSet(page: pages[index]), SearchIndex.entry(for: pages[index])) }
        anchors = [:]
        searchEntries = [:]
        for (page, (anchorSet, entry)) in zip(pages, derived) {
            anchors[page.sourcePath] = anchorSet
            searchEntries[page.sourcePath] = entry
        }
        let checker = LinkChecker(site: site, strict: strict)
        let assets = Set(site.assetFiles)
        let anchors = self.anchors
        let checked = parallelMap(pages.count) { index in checker.check(pages[index], anchors: anchors, assets: assets) }
        links = Dictionary(zip(pages.map(\.sourcePath), checked), uniquingKeysWith: { $1 })
        return checked.flatMap(\.diagnostics)
    }

    /// Brings the caches up to date with `site` after the pages at `reparsed` changed; with
    /// `recheckAllLinks`, every page's links are checked again.
    mutating func update(site: ParsedSite, reparsed: Set<String>, recheckAllLinks: Bool, strict: Bool) -> Update {
        let current = Set(site.pages.map(\.sourcePath))
        var anchorsChanged = Set<String>()
        var searchChanged = false
        for path in anchors.keys where !current.contains(path) {
            anchors[path] = nil
            links[path] = nil
            searchEntries[path] = nil
            anchorsChanged.insert(path)
            searchChanged = true
        }
        var fresh = Set<String>()
        for page in site.pages where reparsed.contains(page.sourcePath) || anchors[page.sourcePath] == nil {
            let path = page.sourcePath
            fresh.insert(path)
            let anchorSet = AnchorSet(page: page)
            if anchors[path] != anchorSet { anchorsChanged.insert(path) }
            anchors[path] = anchorSet
            let entry = SearchIndex.entry(for: page)
            if searchEntries[path]?.json != entry.json { searchChanged = true }
            searchEntries[path] = entry
        }
        let checker = LinkChecker(site: site, strict: strict)
        let assets = Set(site.assetFiles)
        let anchors = self.anchors
        let toCheck = site.pages.filter { page in
            recheckAllLinks || fresh.contains(page.sourcePath)
                || links[page.sourcePath].map { !$0.targets.isDisjoint(with: anchorsChanged) } ?? true
        }
        let checked = parallelMap(toCheck.count) { index in checker.check(toCheck[index], anchors: anchors, assets: assets) }
        for (page, result) in zip(toCheck, checked) { links[page.sourcePath] = result }
        let diagnostics = site.pages.flatMap { links[$0.sourcePath]?.diagnostics ?? [] }
        return Update(linkDiagnostics: diagnostics, searchChanged: searchChanged)
    }

    /// The search index files for `site`'s pages, from the kept entries.
    func searchIndexFiles(for site: ParsedSite) -> [OutputFile] {
        let entries = site.pages.compactMap { searchEntries[$0.sourcePath] }
        return SearchIndex.outputFiles(entries: entries, strings: LocalizedStrings.forLanguage(site.config.language))
    }
}
