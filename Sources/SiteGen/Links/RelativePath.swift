/// Relative references between files of the built site, so it works from `file://` and any sub-path.
enum RelativePath {
    /// The path from the folder of page URL `from` (`a/b/`) to site path `to` (`a/c/index.html`):
    /// `../c/index.html`. Both are relative to the site root.
    static func between(fromFolder from: String, to target: String) -> String {
        let base = from.split(separator: "/")
        var parts = target.split(separator: "/", omittingEmptySubsequences: false)
        if parts.first == "" { parts.removeFirst() }
        var common = 0
        while common < base.count, common < parts.count - 1, base[common] == parts[common] {
            common += 1
        }
        let up = String(repeating: "../", count: base.count - common)
        let down = parts[common...].joined(separator: "/")
        let result = up + down
        return result.isEmpty ? "./" : result
    }
}
