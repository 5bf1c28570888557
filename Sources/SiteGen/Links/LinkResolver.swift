import Foundation

/// Resolves and rewrites the links of one page: relative `.md` links become relative page URLs
/// (`../b.md#x` → `../b/index.html#x`), relative asset links are re-based for the page's pretty URL,
/// and absolute or external links stay as written.
struct LinkResolver: Sendable {
    /// Docs-relative path of the page holding the links (`guia/a.md`).
    var sourcePath: String
    /// That page's URL (`guia/a/`).
    var pageURL: String
    /// `use_directory_urls`: hrefs end in `b/` instead of `b/index.html`.
    var directoryURLs: Bool

    init(sourcePath: String, directoryURLs: Bool) {
        self.sourcePath = sourcePath
        self.pageURL = PageURL.url(forSource: sourcePath)
        self.directoryURLs = directoryURLs
    }

    /// The docs-relative path a relative destination names (`nil` for untouched ones, `#x` and
    /// paths escaping the docs folder).
    func resolvedPath(of target: LinkTarget) -> String? {
        guard !target.path.isEmpty, !LinkTarget.isUntouched(target.path) else { return nil }
        let decoded = target.path.removingPercentEncoding ?? target.path
        let folder = PathUtilities.folder(of: sourcePath)
        let joined = PathUtilities.normalized(folder.isEmpty ? decoded : folder + "/" + decoded)
        if joined == ".." || joined.hasPrefix("../") || joined.isEmpty { return nil }
        return joined
    }

    /// The href to emit for `destination`.
    func rewrite(_ destination: String) -> String {
        if LinkTarget.isUntouched(destination) { return destination }
        let target = LinkTarget(destination)
        guard let resolved = resolvedPath(of: target) else { return destination }
        let fragment = target.fragment.map { "#" + $0 } ?? ""
        if target.isMarkdown {
            let url = PageURL.url(forSource: resolved)
            let file = directoryURLs ? url : PageURL.outputFile(forURL: url)
            return RelativePath.between(fromFolder: pageURL, to: file) + target.query + fragment
        }
        let keepsSlash = target.path.hasSuffix("/") ? "/" : ""
        let path = RelativePath.between(fromFolder: pageURL, to: resolved)
        return encodedPath(path + keepsSlash, like: target.path) + target.query + fragment
    }

    /// Keeps the author's percent-encoding: when they wrote `%20`, emit it encoded again.
    private func encodedPath(_ path: String, like original: String) -> String {
        guard original.contains("%") else { return path }
        return path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }
}
