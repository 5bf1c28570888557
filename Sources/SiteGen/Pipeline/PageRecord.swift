/// One page as a build keeps it, made right after the page is parsed: the parsed page without
/// what only its parsing needed, plus what the rest of the site needs from it, derived once
/// (the anchors other pages' links may name, its search-index entry). A rebuild keeps the
/// records of unchanged pages and makes new ones only for the pages it parses again.
struct PageRecord: Sendable {
    /// The page (`nil` when the file could not be used); its search text and code blocks are
    /// dropped once the search entry is made: the page's body HTML, headings and links remain.
    var page: ParsedPage?
    var diagnostics: [Diagnostic]
    /// The ids a link may name on this page (empty when there is no page).
    var anchors: AnchorSet
    /// The page's part of the search index.
    var searchEntry: SearchIndex.Entry

    init(_ loaded: PageLoader.Loaded) {
        diagnostics = loaded.diagnostics
        guard var page = loaded.page else {
            self.page = nil
            anchors = AnchorSet()
            searchEntry = SearchIndex.Entry(json: "")
            return
        }
        anchors = AnchorSet(page: page)
        searchEntry = SearchIndex.entry(for: page)
        page.document.sections = []
        page.document.codeBlocks = []
        self.page = page
    }

    /// As `PageLoader` gave it (what diagnostics and assembly read).
    var loaded: PageLoader.Loaded { PageLoader.Loaded(page: page, diagnostics: diagnostics) }

    /// True when `other` is the same page parsed again: same bytes, same problems.
    func isUnchanged(from other: PageRecord) -> Bool {
        guard let page, let previous = other.page else { return false }
        return page.contentHash == previous.contentHash && diagnostics == other.diagnostics
    }
}
