import Foundation

/// Checks the relative links of a page once all pages are parsed: missing pages, missing files
/// and missing anchors (`a.md#nope`, `#nope`). Warnings, or errors with `--strict`.
/// `LinkCheckStage` runs it on the pages of a build that need it.
struct LinkChecker: Sendable {
    var site: ParsedSite
    var strict: Bool

    /// One page's link problems and the docs-relative paths its links name (what they depend on).
    struct PageLinks: Equatable, Sendable {
        var diagnostics: [Diagnostic]
        var targets: Set<String>
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
struct AnchorSet: Equatable, Sendable {
    private var ids: Set<String> = []

    /// No anchors (a page that could not be parsed).
    init() {}

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
