import Foundation

/// The `nav` template value for one page: entries with hrefs relative to that page, the current
/// page and the sections on its path marked. On large sites the nav is pruned, as Material's
/// `navigation.prune`: only the sections on the current page's path list their children (the
/// others are collapsed, linking to their first page), and a long list shows a window around
/// the entry on the path (`NavWindow`), so a page's nav does not grow with the site. The theme's
/// script expands what was pruned from one shared file, `assets/nav.js` (`NavFile`).
struct NavContext {
    var nav: SiteNav
    /// Page URLs by source path.
    var urls: [String: String]
    var directoryURLs: Bool
    /// Prune: collapse sections off the current path and window long lists.
    var collapses: Bool
    /// The label of a hidden run's entry, with `{count}` (`LocalizedStrings` `navMore`).
    var moreLabel = "{count}"

    /// Sites with more pages than this get pruned navs; smaller ones show the whole nav on every page.
    static let collapseThreshold = 100
    /// The `nav_id` of the top level, for a hidden run of top-level entries.
    static let topLevelID = 0

    /// One entry of a shown list: an item, or a run of items left out (shown as "N more").
    enum Shown {
        case item(NavItem)
        case hidden(parent: Int, range: Range<Int>, items: [NavItem])
    }

    /// The entries for the page at `current` (a source path; `nil` for the 404 page), with `root`
    /// the relative (or root-absolute) prefix to the site root.
    func entries(current: String?, root: String) -> [[String: Any]] {
        let activeSections = Set(current.flatMap { nav.sectionPath[$0] } ?? [])
        return entries(nav.items, parent: Self.topLevelID, current: current, anchor: current, active: activeSections, root: root)
    }

    private func entries(_ items: [NavItem], parent: Int, current: String?, anchor: String?, active: Set<Int>, root: String) -> [[String: Any]] {
        shown(items, parent: parent, current: anchor, active: active).map { shown in
            switch shown {
            case .item(let item): entry(for: item, current: current, anchor: anchor, active: active, root: root)
            case .hidden(let parent, let range, let items): hiddenEntry(parent: parent, range: range, in: items, root: root)
            }
        }
    }

    /// What a list of `items` (children of `parent`) shows on the page at `current`.
    func shown(_ items: [NavItem], parent: Int, current: String?, active: Set<Int>) -> [Shown] {
        let window = NavWindow(count: items.count, active: items.firstIndex { isOnPath($0, current: current, active: active) },
                               prunes: collapses)
        var result: [Shown] = []
        if let before = window.hiddenBefore { result.append(.hidden(parent: parent, range: before, items: items)) }
        result += window.visible.map { .item(items[$0]) }
        if let after = window.hiddenAfter { result.append(.hidden(parent: parent, range: after, items: items)) }
        return result
    }

    /// Where each windowed list on the page's path starts (empty when none is windowed): pages with
    /// the same path sections and signature have the same nav apart from their own entry.
    func windowSignature(current: String?) -> String {
        let active = Set(current.flatMap { nav.sectionPath[$0] } ?? [])
        var signature = ""
        var items = nav.items
        while true {
            let index = items.firstIndex { isOnPath($0, current: current, active: active) }
            let window = NavWindow(count: items.count, active: index, prunes: collapses)
            if window.visible.count < items.count { signature += "\(window.visible.lowerBound)," }
            guard let index, items[index].kind == .section else { return signature }
            items = items[index].children
        }
    }

    private func isOnPath(_ item: NavItem, current: String?, active: Set<Int>) -> Bool {
        item.kind == .section ? active.contains(item.id) : item.kind == .page(sourcePath: current ?? "\u{0}")
    }

    /// The template value of one entry (and its subtree): `current` is the page being rendered,
    /// `active` the ids of the sections containing it; long lists are windowed around `anchor`
    /// (the current page, unless `NavHTMLRenderer` renders a page's nav without marking it).
    func entry(for item: NavItem, current: String?, anchor: String?? = nil, active: Set<Int>, root: String) -> [String: Any] {
        let anchor = anchor ?? current
        let isSection = item.kind == .section
        let isActive = isSection ? active.contains(item.id) : item.kind == .page(sourcePath: current ?? "\u{0}")
        let collapsed = isSection && collapses && !active.contains(item.id)
        let children = isSection && !collapsed
            ? entries(item.children, parent: item.id, current: current, anchor: anchor, active: active, root: root) : []
        return [
            "title": item.title,
            "url": href(for: item, root: root),
            "is_current": !isSection && isActive,
            "is_active": isActive,
            "is_section": isSection,
            "is_collapsed": collapsed,
            "is_external": { if case .link = item.kind { return true } else { return false } }(),
            "is_more": false,
            "nav_id": item.id,
            "nav_more": "",
            "children": children,
            "has_children": !children.isEmpty,
        ]
    }

    /// The entry standing for `items[range]`, children of `parent`: "N more", linking to the hidden
    /// page nearest the shown ones; `nav_more` is `parent:from:to` for the theme's script.
    func hiddenEntry(parent: Int, range: Range<Int>, in items: [NavItem], root: String) -> [String: Any] {
        let nearest = range.lowerBound == 0 ? items[range].reversed().first { $0.firstPage != nil } : items[range].first { $0.firstPage != nil }
        return [
            "title": moreLabel.replacingOccurrences(of: "{count}", with: String(range.count)),
            "url": nearest.map { href(for: $0, root: root) } ?? "",
            "is_current": false, "is_active": false, "is_section": false, "is_collapsed": false, "is_external": false,
            "is_more": true,
            "nav_id": parent,
            "nav_more": "\(parent):\(range.lowerBound):\(range.upperBound)",
            "children": [[String: Any]](),
            "has_children": false,
        ]
    }

    /// Where an entry links: a page's relative href, a link as written, a section's first page.
    func href(for item: NavItem, root: String) -> String {
        if case .link(let url) = item.kind { return url }
        guard let page = item.firstPage, let url = urls[page] else { return "" }
        return PageURL.href(toURL: url, root: root, directoryURLs: directoryURLs)
    }
}
