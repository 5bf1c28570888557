/// Where a Markdown page ends up: pretty URLs (`a/b.md` → `a/b/index.html`, URL `a/b/`;
/// `index.md` and `README.md` → their folder's `index.html`).
enum PageURL {
    /// The page URL relative to the site root for a docs-relative source path (`""` for the home page).
    static func url(forSource sourcePath: String) -> String {
        let folder = PathUtilities.folder(of: sourcePath)
        let fileName = sourcePath.split(separator: "/").last.map(String.init) ?? sourcePath
        let stem = stripExtension(fileName)
        let isIndex = ["index", "readme"].contains(stem.lowercased())
        let parts = (folder.isEmpty ? [] : [folder]) + (isIndex ? [] : [stem])
        return parts.isEmpty ? "" : parts.joined(separator: "/") + "/"
    }

    /// The file written for a page URL (`a/b/` → `a/b/index.html`, `""` → `index.html`).
    static func outputFile(forURL url: String) -> String {
        url + "index.html"
    }

    /// How many folders deep a page URL is (`""` → 0, `a/b/` → 2).
    static func depth(ofURL url: String) -> Int {
        url.split(separator: "/").count
    }

    /// `../` repeated once per folder: the relative prefix from a page to the site root.
    static func root(forURL url: String) -> String {
        String(repeating: "../", count: depth(ofURL: url))
    }

    /// A page URL written as an href relative to `root` prefix: `a/b/index.html`, or `a/b/` with directory URLs.
    static func href(toURL url: String, root: String, directoryURLs: Bool) -> String {
        let target = directoryURLs ? url : outputFile(forURL: url)
        let href = root + target
        return href.isEmpty ? "./" : href
    }

    private static func stripExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
