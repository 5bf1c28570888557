/// A trailing attribute list on a heading, as Python-Markdown's `attr_list` writes it:
/// `## Título {#mi-id}` or `## Título {: #mi-id }`. Only the id is used.
struct HeadingAttribute: Equatable {
    /// The heading text without the attribute list (trailing spaces removed).
    var text: String
    var id: String

    /// Finds `{#id}` / `{: #id}` at the end of `text`; `nil` when there is none.
    static func parse(_ text: String) -> HeadingAttribute? {
        let trimmed = text.trimmingTrailingWhitespace()
        guard trimmed.hasSuffix("}"), let open = trimmed.lastIndex(of: "{") else { return nil }
        var body = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        if body.hasPrefix(":") { body = body.dropFirst() }
        let words = body.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let idWord = words.first(where: { $0.hasPrefix("#") }), idWord.count > 1 else { return nil }
        let before = String(trimmed[..<open]).trimmingTrailingWhitespace()
        return HeadingAttribute(text: before, id: String(idWord.dropFirst()))
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex {
            let previous = index(before: end)
            guard self[previous] == " " || self[previous] == "\t" else { break }
            end = previous
        }
        return String(self[..<end])
    }
}
