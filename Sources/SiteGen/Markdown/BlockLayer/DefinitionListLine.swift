/// What `def_list` needs to know about one line (indentation already removed): whether it opens a
/// definition (`:` then 1–3 spaces, Python-Markdown's `[ ]{0,3}:[ ]{1,3}`), and whether it is plain
/// paragraph text, so it can be a term.
///
///     Apple                       term (plain text)
///     :   Pomaceous fruit…        definition: its text starts after the spaces
enum DefinitionListLine {
    /// The index where the definition's text starts when `content` opens a definition; `nil` otherwise.
    /// The text may be empty (`:   ` alone), the body then starts on the next lines.
    static func definitionTextStart(_ content: ArraySlice<UInt8>) -> Int? {
        guard content.first == UInt8(ascii: ":") else { return nil }
        var index = content.startIndex + 1
        guard index < content.endIndex, content[index] == LineScan.space || content[index] == LineScan.tab else { return nil }
        while index < content.endIndex, content[index] == LineScan.space || content[index] == LineScan.tab { index += 1 }
        return index
    }

    /// True when a line with this content (indentation under 4 columns) continues or starts a
    /// paragraph: not a container marker, fence, list item, heading, block quote, rule or
    /// setext underline, `md_in_html` tag, nor a definition. Raw HTML counts as text: Python-Markdown
    /// reads a comment before a definition (`<!-- md:option x -->`) as its term.
    static func isParagraphText(_ content: ArraySlice<UInt8>, markdownInHTML: Bool) -> Bool {
        guard let first = content.first else { return false }
        if first == UInt8(ascii: "#") {
            let hashes = content.prefix(while: { $0 == UInt8(ascii: "#") }).count
            let after = content.dropFirst(hashes).first
            if hashes <= 6, after == nil || after == LineScan.space || after == LineScan.tab { return false }
        }
        if first == UInt8(ascii: ">") { return false }
        let isRuleByte: (UInt8) -> Bool = { byte in
            byte == UInt8(ascii: "-") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_")
                || byte == LineScan.space || byte == LineScan.tab
        }
        if content.allSatisfy(isRuleByte) { return false }
        if definitionTextStart(content) != nil || ContainerMarker.parse(content) != nil { return false }
        if LineScan.fenceOpening(content, at: content.startIndex) != nil { return false }
        if LineScan.listItemContentOffset(content, at: content.startIndex) != nil { return false }
        if markdownInHTML, HTMLTagLine.opening(content) != nil { return false }
        return true
    }

    /// Where a leading HTML comment ends and the text after it starts (`<!-- md:default x --> Text`),
    /// when the comment ends on the line and text follows it.
    static func leadingComment(_ text: ArraySlice<UInt8>) -> (end: Int, textStart: Int)? {
        guard text.starts(with: "<!--".utf8) else { return nil }
        var index = text.startIndex + 4
        while index + 3 <= text.endIndex {
            if text[index] == UInt8(ascii: "-"), text[index + 1] == UInt8(ascii: "-"), text[index + 2] == UInt8(ascii: ">") {
                var rest = index + 3
                while rest < text.endIndex, text[rest] == LineScan.space || text[rest] == LineScan.tab { rest += 1 }
                return rest < text.endIndex ? (index + 3, rest) : nil
            }
            index += 1
        }
        return nil
    }

    /// True for a link reference or footnote definition (`[id]: url`, `[^1]: text`).
    static func isReferenceDefinition(_ content: ArraySlice<UInt8>) -> Bool {
        guard content.first == UInt8(ascii: "["), let close = content.firstIndex(of: UInt8(ascii: "]")),
              close > content.startIndex + 1 else { return false }
        return close + 1 < content.endIndex && content[close + 1] == UInt8(ascii: ":")
    }

    /// The term a line holds: its text without surrounding whitespace.
    static func term(_ content: ArraySlice<UInt8>) -> String {
        String(decoding: content, as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }
}
