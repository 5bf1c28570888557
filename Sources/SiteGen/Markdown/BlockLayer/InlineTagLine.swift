/// A line that is only an inline HTML tag (`<small>`, `<span class="x">`): CommonMark starts a raw
/// HTML block there (kind 7), so the Markdown after it stays raw; Python-Markdown treats inline
/// tags as text in a paragraph, and renders the Markdown around them. For MkDocs projects such a
/// line gets an empty comment after the tag, which keeps it out of kind 7 and in the paragraph.
enum InlineTagLine {
    /// The tags Python-Markdown does not read as block-level.
    static let inlineTags: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "label", "mark", "q",
        "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    ]

    /// The line with `<!-- -->` after its tag, when it is one opening inline tag alone; nil otherwise.
    static func keptInParagraph(_ content: ArraySlice<UInt8>) -> [UInt8]? {
        guard content.first == UInt8(ascii: "<"), content.last == UInt8(ascii: ">") || isTrailingSpace(content) else { return nil }
        let text = String(decoding: content, as: UTF8.self).trimmingTrailingWhitespace()
        guard text.hasSuffix(">"), text.filter({ $0 == "<" }).count == 1 else { return nil }
        let name = text.dropFirst().prefix { $0.isLetter || $0.isNumber }.lowercased()
        guard inlineTags.contains(name) else { return nil }
        return Array((text + "<!-- -->").utf8)
    }

    private static func isTrailingSpace(_ content: ArraySlice<UInt8>) -> Bool {
        content.last == 0x20 || content.last == 0x09
    }
}
