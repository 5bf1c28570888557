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
        let ruleBytes: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "*"), UInt8(ascii: "_"),
                                     LineScan.space, LineScan.tab]
        if content.allSatisfy(ruleBytes.contains) { return false }
        if definitionTextStart(content) != nil || ContainerMarker.parse(content) != nil { return false }
        if LineScan.fenceOpening(content, at: content.startIndex) != nil { return false }
        if LineScan.listItemContentOffset(content, at: content.startIndex) != nil { return false }
        if markdownInHTML, HTMLTagLine.opening(content) != nil { return false }
        return true
    }

    /// The term a line holds: its text without surrounding whitespace.
    static func term(_ content: ArraySlice<UInt8>) -> String {
        String(decoding: content, as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }
}
