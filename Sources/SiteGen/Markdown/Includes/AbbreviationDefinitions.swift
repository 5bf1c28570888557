import Foundation

/// Python-Markdown's `abbr` definitions: a line `*[HTML]: Hyper Text Markup Language` (at the
/// start of the line, outside fenced code) defines an abbreviation and prints nothing.
///
///     var lines = …  // "*[W3C]: World Wide Web Consortium", "The W3C…"
///     let found = AbbreviationDefinitions.extract(from: &lines)
///     found // ["W3C": "World Wide Web Consortium"]; the definition line is now blank
///
/// A title may sit on the next line (`*[HTML]:` then `Hyper Text…`); an empty title removes an
/// earlier definition; a later definition replaces an earlier one.
enum AbbreviationDefinitions {
    /// Blanks every definition line of `lines` (the next paragraph starts there, as in
    /// Python-Markdown) and returns the definitions.
    static func extract(from lines: inout [SourceLine]) -> [String: String] {
        var found: [String: String] = [:]
        var fence = FenceTracker()
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            if fence.consume(lines[index].text) { continue }
            guard let (abbreviation, title) = parse(lines[index].text) else { continue }
            lines[index].text = ""
            var text = title
            if text.isEmpty, index + 1 < lines.count, !lines[index + 1].text.allSatisfy(\.isWhitespace) {
                index += 1
                text = lines[index].text.trimmingCharacters(in: .whitespaces)
                lines[index].text = ""
            }
            found[abbreviation] = text.isEmpty ? nil : text
        }
        return found
    }

    /// `*[ABBR]: title` → (ABBR, title); the abbreviation has no backslash, `]` ends it.
    static func parse(_ line: String) -> (String, String)? {
        guard line.hasPrefix("*["), let close = line.firstIndex(of: "]") else { return nil }
        let abbreviation = line[line.index(line.startIndex, offsetBy: 2)..<close]
        guard !abbreviation.contains("\\") else { return nil }
        var rest = line[line.index(after: close)...]
        if rest.first == " " { rest = rest.dropFirst() }
        guard rest.first == ":" else { return nil }
        return (String(abbreviation), rest.dropFirst().trimmingCharacters(in: .whitespaces))
    }
}

/// Follows fenced code (```` ``` ````/`~~~`, any indentation) line by line.
struct FenceTracker {
    private var open: (character: Character, length: Int)?

    /// True when `line` opens, is inside or closes a fence.
    mutating func consume(_ line: String) -> Bool {
        let content = line.drop(while: { $0 == " " || $0 == "\t" })
        guard let first = content.first, first == "`" || first == "~" else { return open != nil }
        let run = content.prefix(while: { $0 == first }).count
        if let fence = open {
            if first == fence.character, run >= fence.length,
               content.dropFirst(run).allSatisfy({ $0 == " " || $0 == "\t" }) { open = nil }
            return true
        }
        guard run >= 3, first == "~" || !content.dropFirst(run).contains("`") else { return false }
        open = (first, run)
        return true
    }
}
