import Foundation
import Synchronization

/// Renders `nav_html`: the nav, each top-level entry through the theme's `nav-item` partial,
/// reusing what pages share. Entries off the current page's path look the same on every page at
/// the same depth, so they are rendered once per depth; the section holding the current page is
/// rendered once per depth and path with no current page, and each page then swaps in its own
/// entry rendered as current; the "N more" entries of a pruned long list are rendered once per
/// range and depth. The HTML is what `{{#nav}}{{> nav-item}}{{/nav}}` gives, at a
/// fraction of the Mustache work on large sites.
struct NavHTMLRenderer: Sendable {
    static let partial = "nav-item"

    var navContext: NavContext
    var templates: TemplateSet
    private let cache = RenderedFragments()

    init?(navContext: NavContext, templates: TemplateSet) {
        guard templates.renderPartial(Self.partial, [:]) != nil else { return nil }
        self.navContext = navContext
        self.templates = templates
    }

    /// The nav for the page at `current` (`nil` for the 404 page) with links from `root`.
    func html(current: String?, root: String) -> String {
        let path = current.flatMap { navContext.nav.sectionPath[$0] } ?? []
        let active = Set(path)
        var html = ""
        for shown in navContext.shown(navContext.nav.items, parent: NavContext.topLevelID, current: current, active: active) {
            guard case .item(let item) = shown else {
                if case .hidden(let parent, let range, let items) = shown {
                    // The same "N more" entry comes back on every page of a section of a long list.
                    html += cache.value(for: "h\(parent)|\(range.lowerBound)-\(range.upperBound)|\(root)") {
                        templates.renderPartial(Self.partial, navContext.hiddenEntry(parent: parent, range: range, in: items, root: root)) ?? ""
                    }
                }
                continue
            }
            if item.kind == .section, active.contains(item.id), let current {
                html += activeSection(item, current: current, path: path, root: root)
            } else if case .page(let sourcePath) = item.kind, sourcePath == current {
                html += render(item, current: current, active: active, root: root)
            } else {
                html += cache.value(for: "i\(item.id)|\(root)") { render(item, current: nil, active: [], root: root) }
            }
        }
        return html
    }

    private func activeSection(_ section: NavItem, current: String, path: [Int], root: String) -> String {
        let active = Set(path)
        // Pages of a long list show different windows of it: those with the same one share the HTML.
        let pathKey = path.map(String.init).joined(separator: ",") + "|" + navContext.windowSignature(current: current)
        let shared = cache.value(for: "s\(section.id)|\(root)|\(pathKey)") {
            render(section, current: nil, anchor: current, active: active, root: root)
        }
        if let leaf = Self.firstEntry(for: current, in: section.children) {
            let plain = cache.value(for: "l\(leaf.id)|\(root)") { render(leaf, current: nil, active: [], root: root) }
            if let spliced = Self.replacingFirst(plain, in: shared, with: render(leaf, current: current, active: active, root: root)) {
                return spliced
            }
        }
        return render(section, current: current, active: active, root: root)
    }

    private func render(_ item: NavItem, current: String?, anchor: String?? = nil, active: Set<Int>, root: String) -> String {
        templates.renderPartial(Self.partial, navContext.entry(for: item, current: current, anchor: anchor, active: active, root: root)) ?? ""
    }

    /// `text` with the first occurrence of `target` replaced (a `memchr`/`memcmp` search on the
    /// UTF-8 bytes: much cheaper than Foundation's `range(of:)`), or `nil` when `target` does not occur.
    static func replacingFirst(_ target: String, in text: String, with replacement: String) -> String? {
        var text = text, target = target, replacement = replacement
        return text.withUTF8 { haystack in
            target.withUTF8 { needle -> String? in
                guard let index = haystack.firstIndex(of: needle, from: 0) else { return nil }
                return replacement.withUTF8 { inserted in
                    String(unsafeUninitializedCapacity: haystack.count - needle.count + inserted.count) { buffer in
                        var offset = 0
                        for part in [UnsafeBufferPointer(rebasing: haystack[..<index]), inserted,
                                     UnsafeBufferPointer(rebasing: haystack[(index + needle.count)...])] {
                            _ = UnsafeMutableBufferPointer(rebasing: buffer[offset...]).initialize(from: part)
                            offset += part.count
                        }
                        return offset
                    }
                }
            }
        }
    }

    private static func firstEntry(for sourcePath: String, in items: [NavItem]) -> NavItem? {
        for item in items {
            if item.kind == .page(sourcePath: sourcePath) { return item }
            if let found = firstEntry(for: sourcePath, in: item.children) { return found }
        }
        return nil
    }
}

/// Rendered HTML fragments shared by the pages rendered in parallel.
final class RenderedFragments: Sendable {
    private let fragments = Mutex<[String: String]>([:])

    /// The fragment stored under `key`, made (outside the lock) the first time it is asked for.
    func value(for key: String, make: () -> String) -> String {
        if let found = fragments.withLock({ $0[key] }) { return found }
        let made = make()
        fragments.withLock { $0[key] = made }
        return made
    }
}
