/// `pymdownx.keys`: `++ctrl+alt+del++` → `<span class="keys"><kbd class="key-control">Ctrl</kbd><span>+</span>…</span>`.
/// A quoted key (`++"Mi tecla"++`) is shown as written, without a class; a sequence with a name
/// the key map does not know stays text, as pymdownx leaves it.
enum KeysPass {
    static let pass = InlinePass(name: "keys", triggers: ByteSet("+")) { run in
        run.rewriteTexts(split)
    }

    static func split(_ text: String) -> [InlineRun.Piece]? {
        guard text.containsBytes("++") else { return nil }
        var pieces: [InlineRun.Piece] = []
        var rest = Substring(text)
        var changed = false
        while let open = rest.range(of: "++") {
            let afterOpen = rest[open.upperBound...]
            guard let close = closing(in: afterOpen), let html = keysHTML(afterOpen[..<close.lowerBound]) else {
                pieces.append(.text(String(rest[..<open.upperBound])))
                rest = afterOpen
                continue
            }
            if open.lowerBound > rest.startIndex { pieces.append(.text(String(rest[..<open.lowerBound]))) }
            pieces.append(.html(html))
            rest = afterOpen[close.upperBound...]
            changed = true
        }
        guard changed else { return nil }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return merged(pieces)
    }

    /// The closing `++`: the first `++` not inside quotes.
    private static func closing(in text: Substring) -> Range<Substring.Index>? {
        var index = text.startIndex
        var quoted = false
        while index < text.endIndex {
            let character = text[index]
            if character == "\"" { quoted.toggle() }
            if !quoted, character == "+", text[index...].hasPrefix("++") {
                return index..<text.index(index, offsetBy: 2)
            }
            if character == " " && !quoted { return nil }
            index = text.index(after: index)
        }
        return nil
    }

    private static func keysHTML(_ sequence: Substring) -> String? {
        guard !sequence.isEmpty else { return nil }
        var keys: [String] = []
        var current = ""
        var quoted = false
        for character in sequence {
            if character == "\"" { quoted.toggle(); current.append(character); continue }
            if character == "+", !quoted {
                keys.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        keys.append(current)
        var parts: [String] = []
        for key in keys {
            if key.count >= 2, key.hasPrefix("\""), key.hasSuffix("\"") {
                parts.append("<kbd>\(HTMLEscaping.escape(key.dropFirst().dropLast()))</kbd>")
            } else if let known = KeyNames.lookup(key.lowercased()) {
                parts.append("<kbd class=\"key-\(known.id)\">\(HTMLEscaping.escape(known.label))</kbd>")
            } else {
                return nil
            }
        }
        return "<span class=\"keys\">" + parts.joined(separator: "<span>+</span>") + "</span>"
    }

    private static func merged(_ pieces: [InlineRun.Piece]) -> [InlineRun.Piece] {
        var result: [InlineRun.Piece] = []
        for piece in pieces {
            if case .text(let text) = piece, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + text)
            } else {
                result.append(piece)
            }
        }
        return result
    }
}
