/// `pymdownx.arithmatex` (generic mode), inline `$x$` → `<span class="arithmatex">\(x\)</span>` in
/// text the block layer did not see line by line (admonition titles, tab labels); page lines are
/// protected before cmark by `InlineMathProtector`, which also reads `\(x\)`.
/// A `$` opening must be followed, and a closing one preceded, by a non-space; `$$` inside a
/// paragraph is display math (`<span class="arithmatex">\[x\]</span>` when alone on its lines it
/// is a block: the block layer handles that).
enum MathPass {
    static let pass = InlinePass(name: "arithmatex", triggers: ByteSet("$")) { run in
        run.rewriteTexts(split)
    }

    static func split(_ text: String) -> [InlineRun.Piece]? {
        let characters = Array(text)
        var pieces: [InlineRun.Piece] = []
        var start = 0, index = 0
        func flush(_ end: Int) {
            if end > start { pieces.append(.text(String(characters[start..<end]))) }
        }
        while index < characters.count {
            let character = characters[index]
            if character == "$", index + 1 < characters.count, characters[index + 1] != "$", characters[index + 1] != " ",
               index == 0 || characters[index - 1] != "\\" && characters[index - 1] != "$" {
                var close = index + 1
                while close < characters.count, characters[close] != "$" { close += 1 }
                if close < characters.count, characters[close - 1] != " ", characters[close - 1] != "\\",
                   close + 1 == characters.count || !characters[close + 1].isNumber && characters[close + 1] != "$" {
                    flush(index)
                    pieces.append(.html(span(String(characters[(index + 1)..<close]), display: false)))
                    index = close + 1
                    start = index
                    continue
                }
            } else if character == "$", index + 1 < characters.count, characters[index + 1] == "$" {
                if let close = find(["$", "$"], in: characters, from: index + 2), close > index + 2 {
                    flush(index)
                    pieces.append(.html(span(String(characters[(index + 2)..<close]), display: true)))
                    index = close + 2
                    start = index
                    continue
                }
            }
            index += 1
        }
        guard !pieces.isEmpty else { return nil }
        flush(characters.count)
        return pieces
    }

    private static func find(_ pair: [Character], in characters: [Character], from start: Int) -> Int? {
        var index = start
        while index + 1 < characters.count {
            if characters[index] == pair[0], characters[index + 1] == pair[1] { return index }
            index += 1
        }
        return nil
    }

    static func span(_ math: String, display: Bool) -> String {
        let body = HTMLEscaping.escape(math)
        return display ? "<span class=\"arithmatex\">\\[\(body)\\]</span>" : "<span class=\"arithmatex\">\\(\(body)\\)</span>"
    }
}
