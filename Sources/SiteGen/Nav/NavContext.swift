/// The `nav` template value for one page: entries with hrefs relative to that page, the current
/// page and the sections on its path marked. On large sites only the sections on the current
/// page's path list their children (the others are collapsed, linking to their first page), so
/// the output does not grow with pages × nav entries.
struct NavContext {
    var nav: SiteNav
    /// Page URLs by source path.
    var urls: [String: String]
    var directoryURLs: Bool
    /// Collapse sections off the current path.
    var collapses: Bool

    /// Sites with more pages than this get collapsed navs.
    static let collapseThreshold = 100

    /// The entries for the page at `current` (a source path; `nil` for the 404 page), with `root`
    /// the relative (or root-absolute) prefix to the site root.
    func entries(current: String?, root: String) -> [[String: Any]] {
        let activeSections = Set(current.flatMap { nav.sectionPath[$0] } ?? [])
        return entries(nav.items, current: current, active: activeSections, root: root)
    }

    private func entries(_ items: [NavItem], current: String?, active: Set<Int>, root: String) -> [[String: Any]] {
        items.map { entry(for: $0, current: current, active: active, root: root) }
    }

    /// The template value of one entry (and its subtree): `current` is the page being rendered,
    /// `active` the ids of the sections containing it.
    func entry(for item: NavItem, current: String?, active: Set<Int>, root: String) -> [String: Any] {
        let isSection = item.kind == .section
        let isActive = isSection ? active.contains(item.id) : (item.kind == .page(sourcePath: current ?? "\u{0}"))
        let collapsed = isSection && collapses && !isActive
        let children = isSection && !collapsed ? entries(item.children, current: current, active: active, root: root) : []
        return [
            "title": item.title,
            "url": href(for: item, root: root),
            "is_current": !isSection && isActive,
            "is_active": isActive,
            "is_section": isSection,
            "is_collapsed": collapsed,
            "is_external": { if case .link = item.kind { return true } else { return false } }(),
            "children": children,
            "has_children": !children.isEmpty,
        ]
    }

    /// Where an entry links: a page's relative href, a link as written, a section's first page.
    func href(for item: NavItem, root: String) -> String {
        if case .link(let url) = item.kind { return url }
        guard let page = item.firstPage, let url = urls[page] else { return "" }
        return PageURL.href(toURL: url, root: root, directoryURLs: directoryURLs)
    }
}
