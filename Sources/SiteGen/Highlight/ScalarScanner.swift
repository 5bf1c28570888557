/// A cursor over a code block's Unicode scalars for the hand-written lexers: they move `position`
/// forward and call `mark(from:as:)` for each token; text between tokens is written unstyled.
struct ScalarScanner {
    let scalars: [Unicode.Scalar]
    private(set) var position = 0
    private var plainStart = 0
    private var writer: HighlightedHTMLWriter

    init(_ code: String) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(code.utf8.count)
        for scalar in code.unicodeScalars { scalars.append(scalar) }  // one decoding pass, not count-then-copy
        self.scalars = scalars
        writer = HighlightedHTMLWriter(capacity: scalars.count * 2)
    }

    var isAtEnd: Bool { position >= scalars.count }

    /// The scalar `offset` places ahead of the cursor, or nil past the end.
    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let index = position + offset
        return index < scalars.count ? scalars[index] : nil
    }

    /// The scalar just before the cursor, or nil at the start.
    var previous: Unicode.Scalar? { position > 0 ? scalars[position - 1] : nil }

    /// True when the text at the cursor starts with `literal`.
    func hasPrefix(_ literal: String) -> Bool {
        var index = position
        for scalar in literal.unicodeScalars {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
        }
        return true
    }

    mutating func advance(by count: Int = 1) {
        position = min(position + count, scalars.count)
    }

    /// Moves the cursor to `index` (backwards only within the current token).
    mutating func move(to index: Int) {
        position = max(plainStart, min(index, scalars.count))
    }

    mutating func advance(while predicate: (Unicode.Scalar) -> Bool) {
        while position < scalars.count, predicate(scalars[position]) { position += 1 }
    }

    /// Moves to the end of the line (not past the newline).
    mutating func advanceToEndOfLine() {
        advance(while: { $0 != "\n" })
    }

    /// Moves past a string closed by `quote` (the cursor is just after the opening quote);
    /// `escapes` honours backslashes; `multiline` false stops at the end of the line (unterminated).
    mutating func advancePastString(closedBy quote: String, escapes: Bool = true, multiline: Bool = false) {
        while !isAtEnd {
            if hasPrefix(quote) {
                advance(by: quote.unicodeScalars.count)
                return
            }
            if scalars[position] == "\n", !multiline { return }
            if escapes, scalars[position] == "\\" { advance() }
            advance()
        }
    }

    /// The text from `start` to the cursor.
    func text(from start: Int) -> String {
        let range = start..<position
        if scalars[range].allSatisfy(\.isASCII) {
            // Words are short and ASCII: written straight into the string (small strings stay inline).
            return String(unsafeUninitializedCapacity: range.count) { buffer in
                for (offset, index) in range.enumerated() { buffer[offset] = UInt8(truncatingIfNeeded: scalars[index].value) }
                return range.count
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// Writes the text before `start` unstyled and `start..<position` as a token of `tokenClass`.
    mutating func mark(from start: Int, as tokenClass: TokenClass?) {
        guard start < position else { return }
        if plainStart < start { writer.append(scalars, plainStart..<start) }
        writer.append(scalars, start..<position, as: tokenClass)
        plainStart = position
    }

    /// Writes what is left and returns the HTML.
    mutating func finish() -> String {
        if plainStart < scalars.count { writer.append(scalars, plainStart..<scalars.count) }
        plainStart = scalars.count
        return writer.html
    }
}

extension Unicode.Scalar {
    /// ASCII letters, `_`, and any non-ASCII letter (identifiers may use them).
    var isIdentifierStart: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || self == "_" || (value > 127 && properties.isAlphabetic)
    }

    var isIdentifierContinue: Bool { isIdentifierStart || isDigit }

    var isDigit: Bool { ("0"..."9").contains(self) }

    var isSpaceOrTab: Bool { self == " " || self == "\t" }
}
