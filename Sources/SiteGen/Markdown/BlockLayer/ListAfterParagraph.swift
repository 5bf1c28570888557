/// Python-Markdown does not let a list interrupt a paragraph: `Texto:\n- uno` is one paragraph
/// in MkDocs, a paragraph and a list in CommonMark. For MkDocs projects the block layer escapes
/// such a marker so cmark reads the line as text too.
enum ListAfterParagraph {
    /// True when a line (its content) can be a paragraph's line: not a heading, quote, table row,
    /// HTML, thematic break or list item.
    static func continuesParagraph(_ content: ArraySlice<UInt8>) -> Bool {
        guard let first = content.first else { return false }
        switch first {
        case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "<"), UInt8(ascii: "`"), UInt8(ascii: "~"):
            return false
        default:
            return !isThematicBreak(content)
        }
    }

    /// The line with its list marker escaped (`- a` → `\- a`, `1. a` → `1\. a`); nil for lines
    /// that must stay as they are (thematic breaks, a lone marker that underlines a heading).
    static func escapeMarker(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        var bytes = Array(text)
        guard let start = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }), !isThematicBreak(text) else { return nil }
        var marker = start
        while marker < bytes.count, bytes[marker] >= 0x30, bytes[marker] <= 0x39 { marker += 1 }
        guard marker < bytes.count, marker + 1 < bytes.count else { return nil }
        bytes.insert(UInt8(ascii: "\\"), at: marker)
        return bytes
    }

    private static func isThematicBreak(_ content: ArraySlice<UInt8>) -> Bool {
        let marks = content.filter { $0 != 0x20 && $0 != 0x09 }
        guard marks.count >= 3, let first = marks.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_")
        else { return false }
        return marks.allSatisfy { $0 == first }
    }
}
