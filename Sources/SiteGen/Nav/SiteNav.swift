/// The site's navigation tree, resolved against the pages that exist: what templates show,
/// and the order previous/next follow.
public struct SiteNav: Sendable {
    public var items: [NavItem]
    /// Source paths of the pages in navigation order (each once, at its first appearance).
    public private(set) var pageOrder: [String]
    /// For each page in the nav, the ids of the sections containing it (outermost first).
    public private(set) var sectionPath: [String: [Int]]

    public init(items: [NavItem]) {
        self.items = items
        var order: [String] = []
        var paths: [String: [Int]] = [:]
        func walk(_ items: [NavItem], ancestors: [Int]) {
            for item in items {
                switch item.kind {
                case .page(let sourcePath):
                    if paths[sourcePath] == nil {
                        paths[sourcePath] = ancestors
                        order.append(sourcePath)
                    }
                case .section:
                    walk(item.children, ancestors: ancestors + [item.id])
                case .link:
                    break
                }
            }
        }
        walk(items, ancestors: [])
        pageOrder = order
        sectionPath = paths
    }

    /// The number of pages reachable from the nav.
    public var pageCount: Int { pageOrder.count }
}

/// One entry of the navigation: a page, an external link, or a section with children.
public struct NavItem: Sendable {
    public enum Kind: Sendable, Hashable {
        /// A page of the site, by docs-relative source path.
        case page(sourcePath: String)
        /// A link outside the site (or an absolute path), emitted as written.
        case link(url: String)
        /// A section; its link goes to its first page.
        case section
    }

    public var title: String
    public var kind: Kind
    public var children: [NavItem]
    /// Unique within a nav (sections use it for "is this section on the current page's path").
    public var id: Int

    public init(title: String, kind: Kind, children: [NavItem] = [], id: Int) {
        self.title = title
        self.kind = kind
        self.children = children
        self.id = id
    }

    /// The first page inside this item (itself for a page), where a section's link points.
    public var firstPage: String? {
        switch kind {
        case .page(let sourcePath): return sourcePath
        case .link: return nil
        case .section: return children.lazy.compactMap(\.firstPage).first
        }
    }
}
