/// pymdownx.inlinehilite: inline code that names its language, `` `#!python x = 1` `` or
/// `` `:::python x = 1` ``, is highlighted in place:
///
///     InlineHilite.html(for: "#!python x", style: CodeBlockStyle(), highlighter: nil)
///     // <code class="language-python highlight">x</code>
///
/// The marker (`#!` or three or more colons), the language (letters, digits, `_#.+-`) and at
/// least one space must start the span, as in pymdownx; the code after them is trimmed.
enum InlineHilite {
    /// The span's HTML, or `nil` when it names no language (it stays ordinary inline code).
    static func html(for literal: String, style: CodeBlockStyle, highlighter: (any SyntaxHighlighter)?) -> String? {
        guard let (language, code) = split(literal) else { return nil }
        guard !language.isEmpty else { return "<code>\(HTMLEscaping.escape(code))</code>" }
        let body = highlighter?.highlight(code, language: language.lowercased()) ?? HTMLEscaping.escape(code)
        let classes = style.languageClass ? "language-\(HTMLEscaping.escape(language)) highlight" : "highlight"
        return #"<code class="\#(classes)">\#(body)</code>"#
    }

    /// The language and the code of a span that starts with a marker.
    static func split(_ literal: String) -> (language: String, code: String)? {
        var rest = Substring(literal)
        if rest.hasPrefix("#!") {
            rest = rest.dropFirst(2)
        } else if rest.hasPrefix(":::") {
            rest = rest.drop { $0 == ":" }
        } else {
            return nil
        }
        let language = rest.prefix { $0.isLetter || $0.isNumber || "_#.+-".contains($0) }
        rest = rest.dropFirst(language.count)
        guard let first = rest.first, first.isWhitespace else { return nil }
        let code = rest.drop { $0.isWhitespace }
        var end = code.endIndex
        while end > code.startIndex, code[code.index(before: end)].isWhitespace { end = code.index(before: end) }
        return (String(language), String(code[..<end]))
    }
}
