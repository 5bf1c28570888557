/// A section marker inside a snippet file: `--8<-- [start:name]` … `--8<-- [end:name]`, anywhere
/// on a line (`# --8<-- [start:setup]` in a Python file). Escaped with `;` it is text.
struct SnippetSection: Equatable {
    var isStart: Bool
    /// As written (names match exactly).
    var name: String
    /// The line with the escape's first `;` removed, when the marker was escaped.
    var escapedText: String?

    /// The first section marker on `line`, or nil.
    static func parse(_ line: String) -> SnippetSection? {
        guard line.contains("8<-") else { return nil }
        let scalars = Array(line.unicodeScalars)
        var search = 0
        while search + 2 < scalars.count {
            guard scalars[search] == "8", scalars[search + 1] == "<", scalars[search + 2] == "-" else { search += 1; continue }
            var markerStart = search
            while markerStart > 0, scalars[markerStart - 1] == "-" { markerStart -= 1 }
            var escapeStart = markerStart
            while escapeStart > 0, scalars[escapeStart - 1] == ";" { escapeStart -= 1 }
            if markerStart < search, let end = SnippetLine.markerEnd(scalars, from: markerStart),
               let (isStart, name) = bracket(scalars, from: end) {
                var escapedText: String?
                if escapeStart < markerStart {
                    var copy = scalars
                    copy.remove(at: escapeStart)
                    escapedText = String(String.UnicodeScalarView(copy))
                }
                return SnippetSection(isStart: isStart, name: name, escapedText: escapedText)
            }
            search += 1
        }
        return nil
    }

    /// `[ \t]+[start:name]` (spaces allowed inside the brackets) right after the marker.
    private static func bracket(_ scalars: [Unicode.Scalar], from start: Int) -> (Bool, String)? {
        var index = start
        func skipBlanks() { while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 } }
        skipBlanks()
        guard index > start, index < scalars.count, scalars[index] == "[" else { return nil }
        index += 1
        skipBlanks()
        var word = ""
        while index < scalars.count, scalars[index].properties.isAlphabetic { word.unicodeScalars.append(scalars[index]); index += 1 }
        let type = word.lowercased()
        guard type == "start" || type == "end" else { return nil }
        skipBlanks()
        guard index < scalars.count, scalars[index] == ":" else { return nil }
        index += 1
        skipBlanks()
        var name = ""
        while index < scalars.count, isNameCharacter(scalars[index], first: name.isEmpty) {
            name.unicodeScalars.append(scalars[index]); index += 1
        }
        skipBlanks()
        guard !name.isEmpty, index < scalars.count, scalars[index] == "]" else { return nil }
        return (type == "start", name)
    }

    /// `[a-z][-_0-9a-z]*`, ASCII, any case.
    static func isNameCharacter(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
        let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        if first { return isLetter }
        return isLetter || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
    }
}
