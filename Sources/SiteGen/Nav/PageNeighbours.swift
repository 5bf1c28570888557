/// Previous/next pages and breadcrumbs, from the nav order.
struct PageNeighbours {
    var nav: SiteNav
    private var position: [String: Int] = [:]
    private var sectionsByID: [Int: NavItem] = [:]

    init(nav: SiteNav) {
        self.nav = nav
        for (index, path) in nav.pageOrder.enumerated() { position[path] = index }
        func collect(_ items: [NavItem]) {
            for item in items where item.kind == .section {
                sectionsByID[item.id] = item
                collect(item.children)
            }
        }
        collect(nav.items)
    }

    /// The page before `sourcePath` in nav order, if any.
    func previous(of sourcePath: String) -> String? {
        guard let index = position[sourcePath], index > 0 else { return nil }
        return nav.pageOrder[index - 1]
    }

    /// The page after `sourcePath` in nav order, if any.
    func next(of sourcePath: String) -> String? {
        guard let index = position[sourcePath], index + 1 < nav.pageOrder.count else { return nil }
        return nav.pageOrder[index + 1]
    }

    /// The sections containing `sourcePath`, outermost first.
    func sections(containing sourcePath: String) -> [NavItem] {
        (nav.sectionPath[sourcePath] ?? []).compactMap { sectionsByID[$0] }
    }
}
