import Foundation

/// Small path helpers shared by config, loading and output (all paths are `/`-separated strings).
enum PathUtilities {
    /// `path` made absolute against `base` (unchanged when already absolute), `.`/`..` resolved.
    static func absolute(_ path: String, relativeTo base: String) -> String {
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        return normalized(joined)
    }

    /// Resolves `.` and `..` and doubled slashes; keeps a leading `/`.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !path.hasPrefix("/") {
                    parts.append(part)
                }
            default: parts.append(part)
            }
        }
        let body = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + body : body
    }

    /// How to print `path` to the user: relative to `root` when inside it, else absolute.
    static func display(_ path: String, relativeTo root: String) -> String {
        let root = normalized(root)
        let path = normalized(path)
        if path == root { return "." }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// True when `inner` is `outer` or lies inside it.
    static func isInside(_ inner: String, _ outer: String) -> Bool {
        let inner = normalized(inner), outer = normalized(outer)
        return inner == outer || inner.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
    }

    /// The folder part of a `/`-separated relative path (`a/b.md` → `a`, `b.md` → ``).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}
