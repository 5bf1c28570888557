import Foundation

/// Checks every relative link of every page once all pages are parsed: missing pages, missing
/// files and missing anchors (`a.md#nope`, `#nope`). Warnings, or errors with `--strict`.
///
/// `check()` checks the whole site; a rebuild keeps each page's `PageLinks` and re-checks only
/// the pages that changed or that link to a page whose anchors changed (`check(_:anchors:)`).
struct LinkChecker {
    var site: ParsedSite
    var strict: Bool

    /// One page's link problems and the docs-relative paths its links name (what they depend on).
    struct PageLinks: Equatable {
        var diagnostics: [Diagnostic]
        var targets: Set<String>
    }

    func check() -> [Diagnostic] {
        let pages = site.pages
        let anchorSets = parallelMap(pages.count) { AnchorSet(page: pages[$0]) }
        let anchors = Dictionary(zip(pages.map(\.sourcePath), anchorSets), uniquingKeysWith: { first, _ in first })
        let assets = Set(site.assetFiles)
        let checker = self
        return parallelMap(pages.count) { checker.check(pages[$0], anchors: anchors, assets: assets).diagnostics }.flatMap { $0 }
    }

    /// The links of `page` checked against `anchors` (every page's, by source path) and `assets`
    /// (the docs folder's other files).
    func check(_ page: ParsedPage, anchors: [String: AnchorSet], assets: Set<String>) -> PageLinks {
        let resolver = LinkResolver(sourcePath: page.sourcePath, directoryURLs: site.config.useDirectoryURLs)
        var result = PageLinks(diagnostics: [], targets: [])
        for link in page.document.links where !LinkTarget.isUntouched(link.destination) {
            let target = LinkTarget(link.destination)
            if let resolved = resolver.resolvedPath(of: target) { result.targets.insert(resolved) }
            if let problem = problem(with: target, from: page, resolver: resolver, anchors: anchors, assets: assets) {
                result.diagnostics.append(Diagnostic(strict ? .error : .warning, problem, at: link.location))
            }
        }
        return result
    }

    private func problem(with target: LinkTarget, from page: ParsedPage, resolver: LinkResolver,
                         anchors: [String: AnchorSet], assets: Set<String>) -> String? {
        if target.path.isEmpty {
            guard let fragment = target.fragment, !fragment.isEmpty else { return nil }
            return anchors[page.sourcePath]?.contains(fragment) == false ? "no heading or anchor '#\(fragment)' on this page" : nil
        }
        guard let resolved = resolver.resolvedPath(of: target) else {
            return "link '\(target.path)' points outside the docs folder"
        }
        if target.isMarkdown {
            guard let targetAnchors = anchors[resolved] else { return "link to a missing page '\(target.path)'" }
            if let fragment = target.fragment, !fragment.isEmpty, !targetAnchors.contains(fragment) {
                return "no heading or anchor '#\(fragment)' in '\(target.path)'"
            }
            return nil
        }
        if assets.contains(resolved) || anchors[resolved] != nil { return nil }
        var isFolder: ObjCBool = false
        let onDisk = FileManager.default.fileExists(atPath: site.config.docsDir + "/" + resolved, isDirectory: &isFolder)
        return onDisk ? nil : "link to a missing file '\(target.path)'"
    }
}

/// The anchor ids a page offers: its heading ids plus every `id="…"` in its HTML (footnotes, tabs…).
struct AnchorSet: Equatable {
    private var ids: Set<String>

    init(page: ParsedPage) {
        ids = Set(page.document.headings.map(\.id))
        ids.formUnion(Self.htmlIDs(in: page.document.html))
    }

    func contains(_ fragment: String) -> Bool {
        ids.contains(fragment) || ids.contains(fragment.removingPercentEncoding ?? fragment)
    }

    /// Values of ` id="…"` attributes, found with a byte scan.
    static func htmlIDs(in html: String) -> [String] {
        var result: [String] = []
        var html = html
        let marker = Array(" id=\"".utf8)
        html.withUTF8 { bytes in
            var index = 0
            while let found = bytes.firstIndex(of: marker, from: index) {
                let start = found + marker.count
                let end = bytes.firstIndex(of: UInt8(ascii: "\""), from: start) ?? bytes.count
                result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                index = end
            }
        }
        return result
    }
}
