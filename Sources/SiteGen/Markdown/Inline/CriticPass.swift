/// `pymdownx.critic` (view mode): `{++added++}` → `<ins class="critic">`, `{--gone--}` → `<del class="critic">`,
/// `{==marked==}` → `<mark class="critic">`, `{>>note<<}` → `<span class="critic comment">`,
/// `{~~old~>new~~}` → both, within one text.
enum CriticPass {
    static let pass = InlinePass(name: "critic", triggers: ByteSet("{")) { run in
        run.rewriteTexts(split)
    }

    private static let marks: [(open: String, close: String, tag: String, classes: String)] = [
        ("{++", "++}", "ins", "critic"), ("{--", "--}", "del", "critic"), ("{==", "==}", "mark", "critic"),
        ("{>>", "<<}", "span", "critic comment"),
    ]

    static func split(_ text: String) -> [InlineRun.Piece]? {
        var pieces: [InlineRun.Piece] = []
        var rest = Substring(text)
        var changed = false
        while let open = rest.firstIndex(of: "{") {
            let candidate = rest[open...]
            var matched = false
            for mark in marks where candidate.hasPrefix(mark.open) {
                let inner = candidate.dropFirst(3)
                guard let close = inner.range(of: mark.close) else { continue }
                pieces.append(.text(String(rest[..<open])))
                pieces += [.html("<\(mark.tag) class=\"\(mark.classes)\">"), .text(String(inner[..<close.lowerBound])), .html("</\(mark.tag)>")]
                rest = inner[close.upperBound...]
                matched = true
                break
            }
            if !matched, candidate.hasPrefix("{~~"), let close = candidate.range(of: "~~}"),
               let arrow = candidate[..<close.lowerBound].range(of: "~>") {
                pieces.append(.text(String(rest[..<open])))
                pieces += [.html("<del class=\"critic\">"), .text(String(candidate[candidate.index(open, offsetBy: 3)..<arrow.lowerBound])),
                           .html("</del><ins class=\"critic\">"), .text(String(candidate[arrow.upperBound..<close.lowerBound])), .html("</ins>")]
                rest = candidate[close.upperBound...]
                matched = true
            }
            if matched { changed = true; continue }
            pieces.append(.text(String(rest[...open])))
            rest = rest[rest.index(after: open)...]
        }
        guard changed else { return nil }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces.filter { $0 != .text("") }
    }
}
