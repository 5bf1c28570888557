/// A link destination as written in Markdown, split into the parts link rewriting and checking need.
///
///     LinkTarget("../a.md#b")   // path "../a.md", fragment "b"
struct LinkTarget: Sendable, Hashable {
    /// Everything before `?`/`#` (may be empty for `#anchor`).
    var path: String
    /// `?a=b` including the `?`, or empty.
    var query: String
    /// The anchor without `#`, `nil` when there is none.
    var fragment: String?

    init(_ destination: String) {
        var rest = Substring(destination)
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        } else {
            fragment = nil
        }
        if let mark = rest.firstIndex(of: "?") {
            query = String(rest[mark...])
            rest = rest[..<mark]
        } else {
            query = ""
        }
        path = String(rest)
    }

    /// True for `https://…`, `mailto:…`, `//host/…`: anything with a scheme or a host.
    static func isExternal(_ destination: String) -> Bool {
        if destination.hasPrefix("//") { return true }
        guard let colon = destination.firstIndex(of: ":") else { return false }
        let scheme = destination[..<colon]
        guard let first = scheme.first, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// True for destinations sitegen leaves alone: external, absolute (`/x`), or empty.
    static func isUntouched(_ destination: String) -> Bool {
        destination.isEmpty || destination.hasPrefix("/") || isExternal(destination)
    }

    /// True when the path names a Markdown page.
    var isMarkdown: Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }
}
