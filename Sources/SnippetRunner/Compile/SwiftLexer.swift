/// A line-by-line lexer for Swift that tracks bracket depth and whether a comment or a string
/// is still open, and yields identifiers (with `@` for attributes) outside them.
struct Lexer {
    /// `(`, `[` and `{` opened and not yet closed, outside strings and comments.
    private(set) var depth = 0
    private var blockCommentDepth = 0
    /// The open string literal: its `#` count and whether it is a `"""` one.
    private var openString: (hashes: Int, multiline: Bool)?
    /// Brackets opened inside a string interpolation `\(…)`.
    private var interpolationDepth = 0

    /// True when the next line starts inside a comment or a multi-line string.
    var insideLiteralOrComment: Bool { blockCommentDepth > 0 || openString != nil }

    /// Scans one line; returns its identifiers with the bracket depth and the column (0-based, in characters) of each.
    mutating func scan(_ line: String) -> [(word: String, depth: Int, column: Int)] {
        let chars = Array(line)
        var words: [(String, Int, Int)] = []
        var i = 0
        if let open = openString, !open.multiline { // single-line strings end with the line
            openString = nil
            interpolationDepth = 0
        }
        while i < chars.count {
            let c = chars[i]
            if blockCommentDepth > 0 {
                if c == "*", next(chars, i) == "/" { blockCommentDepth -= 1; i += 2; continue }
                if c == "/", next(chars, i) == "*" { blockCommentDepth += 1; i += 2; continue }
                i += 1
                continue
            }
            if let open = openString, interpolationDepth == 0 {
                i = skipStringContent(chars, from: i, open: open)
                continue
            }
            if c == "/", next(chars, i) == "/" { break }
            if c == "/", next(chars, i) == "*" { blockCommentDepth = 1; i += 2; continue }
            if c == "#" || c == "\"" {
                var hashes = 0
                var j = i
                while j < chars.count, chars[j] == "#" { hashes += 1; j += 1 }
                if j < chars.count, chars[j] == "\"" {
                    let multiline = j + 2 < chars.count && chars[j + 1] == "\"" && chars[j + 2] == "\""
                    openString = (hashes, multiline)
                    i = j + (multiline ? 3 : 1)
                    continue
                }
            }
            if interpolationDepth > 0 {
                if c == "(" { interpolationDepth += 1 } else if c == ")" { interpolationDepth -= 1 }
                i += 1
                continue
            }
            if "([{".contains(c) { depth += 1 } else if ")]}".contains(c) { depth = max(0, depth - 1) }
            if c.isLetter || c == "_" || c == "@" {
                var j = i + 1
                while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "_" { j += 1 }
                words.append((String(chars[i..<j]), depth, i))
                i = j
                continue
            }
            i += 1
        }
        return words
    }

    /// Skips string characters from `i`; closes the string or enters an interpolation when it meets one.
    private mutating func skipStringContent(_ chars: [Character], from start: Int, open: (hashes: Int, multiline: Bool)) -> Int {
        var i = start
        let quotes = open.multiline ? 3 : 1
        while i < chars.count {
            if chars[i] == "\\", hashesFollow(chars, i + 1, count: open.hashes) {
                let after = i + 1 + open.hashes
                if after < chars.count, chars[after] == "(" {
                    interpolationDepth = 1
                    return after + 1
                }
                i = after + 1
                continue
            }
            if chars[i] == "\"", quotesAndHashesFollow(chars, i, quotes: quotes, hashes: open.hashes) {
                openString = nil
                return i + quotes + open.hashes
            }
            i += 1
        }
        return i
    }

    private func hashesFollow(_ chars: [Character], _ i: Int, count: Int) -> Bool {
        guard i + count <= chars.count else { return false }
        return chars[i..<(i + count)].allSatisfy { $0 == "#" }
    }

    private func quotesAndHashesFollow(_ chars: [Character], _ i: Int, quotes: Int, hashes: Int) -> Bool {
        guard i + quotes + hashes <= chars.count else { return false }
        return chars[i..<(i + quotes)].allSatisfy { $0 == "\"" } && hashesFollow(chars, i + quotes, count: hashes)
    }

    private func next(_ chars: [Character], _ i: Int) -> Character? {
        i + 1 < chars.count ? chars[i + 1] : nil
    }
}
