/// What a page's front matter says, in MkDocs-Material's keys:
///
///     ---
///     title: Hilos
///     description: Hilos y colas en Python
///     hide: [navigation, toc, footer]
///     search:
///       exclude: true
///     ---
public struct PageMeta: Sendable, Equatable {
    /// `title:` (the page title unless `nav:` names it).
    public var title: String?
    /// `description:`: the page's `<meta name="description">` (else `site_description`).
    public var description: String?
    /// `hide:`: parts of the page not shown (`navigation`, `toc`, `footer`; others are kept but unused).
    public var hidden: Set<String> = []
    /// `search: {exclude: true}`: the page is left out of the search index.
    public var excludedFromSearch = false

    public init(title: String? = nil, description: String? = nil, hidden: Set<String> = [], excludedFromSearch: Bool = false) {
        self.title = title
        self.description = description
        self.hidden = hidden
        self.excludedFromSearch = excludedFromSearch
    }
}
