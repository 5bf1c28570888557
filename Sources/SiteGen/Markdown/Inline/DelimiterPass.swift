/// Paired-delimiter extensions: `pymdownx.caret` (`^^ins^^`, `^sup^`), `pymdownx.mark` (`==mark==`)
/// and `pymdownx.tilde` (`~~del~~`, `~sub~`).
///
/// Doubled delimiters may enclose spaces and other inline elements (`==a *b*==`): openers and
/// closers are found in the run's text pieces and paired like brackets, so the HTML stays nested
/// inside the container. Single ones (`^2^`, `~2~`) enclose one word without spaces, in one text.
enum DelimiterPass {
    static let caret = [doubled("^", tag: "ins"), single("^", tag: "sup")]
    static let mark = [doubled("=", tag: "mark")]
    static let tilde = [doubled("~", tag: "del"), single("~", tag: "sub")]

    /// `XX…XX` → `<tag>…</tag>`: the opener is followed by a non-space, the closer preceded by one.
    static func doubled(_ character: Character, tag: String) -> InlinePass {
        let byte = character.asciiValue!
        return InlinePass(name: "\(character)\(character)", triggers: ByteSet(String(character))) { run in
            pairDoubled(&run, byte: byte, tag: tag)
        }
    }

    private struct Delimiter {
        var piece: Int
        var offset: Int
        var canOpen: Bool
        var canClose: Bool
    }

    private static func pairDoubled(_ run: inout InlineRun, byte: UInt8, tag: String) {
        var found: [Delimiter] = []
        for (pieceIndex, piece) in run.pieces.enumerated() {
            guard case .text(let text) = piece else { continue }
            let bytes = Array(text.utf8)
            var index = 0
            while index + 1 < bytes.count {
                guard bytes[index] == byte, bytes[index + 1] == byte else { index += 1; continue }
                var end = index
                while end < bytes.count, bytes[end] == byte { end += 1 }
                // Exactly two of them: a longer run (`===`) is text.
                if end - index == 2, !(index > 0 && bytes[index - 1] == UInt8(ascii: "\\")) {
                    let before: UInt8? = index > 0 ? bytes[index - 1] : nil
                    let after: UInt8? = end < bytes.count ? bytes[end] : nil
                    let nodeBefore = index == 0 && pieceIndex > 0
                    let nodeAfter = end == bytes.count && pieceIndex + 1 < run.pieces.count
                    let canOpen = after.map { !isSpace($0) } ?? nodeAfter
                    let canClose = before.map { !isSpace($0) } ?? nodeBefore
                    if canOpen || canClose { found.append(Delimiter(piece: pieceIndex, offset: index, canOpen: canOpen, canClose: canClose)) }
                }
                index = end
            }
        }
        guard found.count >= 2 else { return }
        var openers: [Int] = []
        var pairs: [(open: Delimiter, close: Delimiter)] = []
        for (number, delimiter) in found.enumerated() {
            if delimiter.canClose, let opener = openers.last, !adjacent(found[opener], delimiter) {
                openers.removeLast()
                pairs.append((found[opener], delimiter))
            } else if delimiter.canOpen {
                openers.append(number)
            }
        }
        guard !pairs.isEmpty else { return }
        var cuts: [Int: [(offset: Int, html: String)]] = [:]
        for pair in pairs {
            cuts[pair.open.piece, default: []].append((pair.open.offset, "<\(tag)>"))
            cuts[pair.close.piece, default: []].append((pair.close.offset, "</\(tag)>"))
        }
        var result: [InlineRun.Piece] = []
        for (pieceIndex, piece) in run.pieces.enumerated() {
            guard let pieceCuts = cuts[pieceIndex], case .text(let text) = piece else { result.append(piece); continue }
            let bytes = Array(text.utf8)
            var start = 0
            for cut in pieceCuts.sorted(by: { $0.offset < $1.offset }) {
                if cut.offset > start { result.append(.text(String(decoding: bytes[start..<cut.offset], as: UTF8.self))) }
                result.append(.html(cut.html))
                start = cut.offset + 2
            }
            if start < bytes.count { result.append(.text(String(decoding: bytes[start...], as: UTF8.self))) }
        }
        run.pieces = result
    }

    /// `^^^^`-like empty pairs are not pairs.
    private static func adjacent(_ open: Delimiter, _ close: Delimiter) -> Bool {
        open.piece == close.piece && close.offset == open.offset + 2
    }

    /// `X…X` with no space inside, in one text piece: `H~2~O`, `x^2^`.
    static func single(_ character: Character, tag: String) -> InlinePass {
        let byte = character.asciiValue!
        return InlinePass(name: "\(character)", triggers: ByteSet(String(character))) { run in
            run.rewriteTexts { text in splitSingles(text, byte: byte, tag: tag) }
        }
    }

    private static func splitSingles(_ text: String, byte: UInt8, tag: String) -> [InlineRun.Piece]? {
        let bytes = Array(text.utf8)
        var pieces: [InlineRun.Piece] = []
        var start = 0, index = 0
        while index < bytes.count {
            guard bytes[index] == byte, index + 1 < bytes.count, bytes[index + 1] != byte,
                  index == 0 || bytes[index - 1] != byte, !isSpace(bytes[index + 1]) else { index += 1; continue }
            var close = index + 1
            while close < bytes.count, bytes[close] != byte, !isSpace(bytes[close]) { close += 1 }
            guard close < bytes.count, bytes[close] == byte, close + 1 == bytes.count || bytes[close + 1] != byte else {
                index += 1
                continue
            }
            if index > start { pieces.append(.text(String(decoding: bytes[start..<index], as: UTF8.self))) }
            pieces += [.html("<\(tag)>"), .text(String(decoding: bytes[(index + 1)..<close], as: UTF8.self)), .html("</\(tag)>")]
            start = close + 1
            index = start
        }
        guard !pieces.isEmpty else { return nil }
        if start < bytes.count { pieces.append(.text(String(decoding: bytes[start...], as: UTF8.self))) }
        return pieces
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A }
}
