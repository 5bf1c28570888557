/// The link-check stage of a build: every page's links checked against every page's anchors
/// and the docs folder's files, in parallel. Each page's result is kept, so the next build
/// checks again only what may have changed: the pages it parsed again, the pages linking to a
/// page whose anchors changed (or which appeared or vanished), every page when the docs folder's
/// files changed (a link may name any of them). A first build has nothing kept: it checks all.
struct LinkCheckStage: Sendable {
    private var results: [String: LinkChecker.PageLinks] = [:]

    /// What changed since the last check.
    struct Changes {
        /// Pages parsed again (their own links may differ).
        var reparsed: Set<String>
        /// Pages whose anchors changed, appeared or vanished.
        var anchorsChanged: Set<String>
        /// True when the docs folder's list of files changed.
        var filesChanged: Bool
    }

    /// Checks what `changes` calls for; returns the link problems of every page of `site`, in page order.
    mutating func check(_ site: ParsedSite, anchors: [String: AnchorSet], changes: Changes, strict: Bool) -> [Diagnostic] {
        let current = Set(site.pages.map(\.sourcePath))
        results = results.filter { current.contains($0.key) }
        let toCheck = site.pages.filter { page in
            guard !changes.filesChanged, !changes.reparsed.contains(page.sourcePath),
                  let kept = results[page.sourcePath] else { return true }
            return !kept.targets.isDisjoint(with: changes.anchorsChanged)
        }
        let checker = LinkChecker(site: site, strict: strict)
        let assets = Set(site.assetFiles)
        let checked = ParallelWork.map(toCheck.count) { checker.check(toCheck[$0], anchors: anchors, assets: assets) }
        for (page, result) in zip(toCheck, checked) { results[page.sourcePath] = result }
        return site.pages.flatMap { results[$0.sourcePath]?.diagnostics ?? [] }
    }
}
