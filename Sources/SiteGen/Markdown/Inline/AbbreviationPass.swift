/// `abbr`: every whole-word occurrence of a defined abbreviation (`*[HTML]: Hyper Text Markup
/// Language`) becomes `<abbr title="Hyper Text Markup Language">HTML</abbr>`. Longer
/// abbreviations are tried first, so `HTML5` wins over `HTML`.
struct AbbreviationPass {
    let abbreviations: [(word: String, title: String)]

    init(_ definitions: [String: String]) {
        abbreviations = definitions.map { ($0.key, $0.value) }.sorted { $0.word.count > $1.word.count || ($0.word.count == $1.word.count && $0.word < $1.word) }
    }

    var pass: InlinePass {
        let pass = self
        return InlinePass(name: "abbr") { run in run.rewriteTexts(pass.split) }
    }

    func split(_ text: String) -> [InlineRun.Piece]? {
        var pieces: [InlineRun.Piece] = []
        var rest = Substring(text)
        var changed = false
        while !rest.isEmpty {
            var best: (range: Range<Substring.Index>, title: String)?
            for (word, title) in abbreviations {
                var search = rest.startIndex
                while let range = rest[search...].range(of: word) {
                    if isBoundary(before: range.lowerBound, in: rest), isBoundary(after: range.upperBound, in: rest) {
                        if best == nil || range.lowerBound < best!.range.lowerBound { best = (range, title) }
                        break
                    }
                    search = range.upperBound
                }
            }
            guard let found = best else { break }
            if found.range.lowerBound > rest.startIndex { pieces.append(.text(String(rest[..<found.range.lowerBound]))) }
            pieces.append(.html("<abbr title=\"\(HTMLEscaping.escape(found.title))\">"))
            pieces.append(.text(String(rest[found.range])))
            pieces.append(.html("</abbr>"))
            rest = rest[found.range.upperBound...]
            changed = true
        }
        guard changed else { return nil }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces
    }

    private func isBoundary(before index: Substring.Index, in text: Substring) -> Bool {
        guard index > text.startIndex else { return true }
        let previous = text[text.index(before: index)]
        return !(previous.isLetter || previous.isNumber || previous == "_")
    }

    private func isBoundary(after index: Substring.Index, in text: Substring) -> Bool {
        guard index < text.endIndex else { return true }
        let next = text[index]
        return !(next.isLetter || next.isNumber || next == "_")
    }
}
