import Foundation

/// What a line means to pymdownx.snippets: `--8<-- "file.md"` (inline), a lone `--8<--`
/// (opening or closing a block of paths), either escaped with `;`, or nothing.
///
///     SnippetLine.parse(#"    --8<-- "a.md:3:5""#) // .inline(indent: "    ", path: "a.md:3:5", pathColumn: 12)
///
/// The marker is any run of `-` around `8<`, alone on its line after indentation; text before
/// it or after the quoted path makes the line ordinary text (`Text --8<-- "a.md"` is not a snippet).
enum SnippetLine: Equatable {
    /// `--8<-- "path"`; `pathColumn` is the 1-based character column of the path (after the quote).
    case inline(indent: String, path: String, pathColumn: Int)
    /// A lone `--8<--`.
    case blockMarker
    /// A snippet line escaped with `;` (`;--8<-- "a.md"`): kept as text without its first `;`.
    case escaped(String)

    static func parse(_ line: String) -> SnippetLine? {
        guard line.utf8.contains(UInt8(ascii: "<")) else { return nil }
        let scalars = Array(line.unicodeScalars)
        var index = 0
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        let indentEnd = index
        while index < scalars.count, scalars[index] == ";" { index += 1 }
        let escaped = index > indentEnd
        guard let afterMarker = markerEnd(scalars, from: index) else { return nil }
        let kind: SnippetLine
        if afterMarker == scalars.count {
            kind = .blockMarker
        } else {
            var pathStart = afterMarker
            while pathStart < scalars.count, scalars[pathStart] == " " || scalars[pathStart] == "\t" { pathStart += 1 }
            guard pathStart > afterMarker, let path = quotedPath(scalars[pathStart...]) else { return nil }
            let indent = String(String.UnicodeScalarView(scalars[..<indentEnd]))
            kind = .inline(indent: expandTabs(indent), path: path, pathColumn: pathStart + 2)
        }
        if escaped {
            var text = line
            if let semicolon = text.firstIndex(of: ";") { text.remove(at: semicolon) }
            return .escaped(text)
        }
        return kind
    }

    /// The index after `-+8<-+` starting at `start`, or nil.
    static func markerEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index < scalars.count, scalars[index] == "-" { index += 1 }
        guard index > start, index + 1 < scalars.count, scalars[index] == "8", scalars[index + 1] == "<" else { return nil }
        index += 2
        let dashes = index
        while index < scalars.count, scalars[index] == "-" { index += 1 }
        return index > dashes ? index : nil
    }

    /// `"path"` or `'path'` running to the end of the line (a quote inside only as `\"`), trimmed.
    private static func quotedPath(_ rest: ArraySlice<Unicode.Scalar>) -> String? {
        guard rest.count >= 3, let quote = rest.first, quote == "\"" || quote == "'", rest.last == quote else { return nil }
        let inner = rest.dropFirst().dropLast()
        var previous: Unicode.Scalar = " "
        for (offset, scalar) in inner.enumerated() {
            // A bare quote ends the path early: only the last character may close it.
            if scalar == quote, previous != "\\", offset < inner.count { return nil }
            previous = scalar
        }
        let path = String(String.UnicodeScalarView(inner))
        return path.trimmingCharacters(in: .whitespaces)
    }

    /// Leading whitespace with tabs expanded to the next multiple of 4 columns.
    static func expandTabs(_ indent: String) -> String {
        var width = 0
        for character in indent { width = character == "\t" ? width + 4 - width % 4 : width + 1 }
        return String(repeating: " ", count: width)
    }
}
