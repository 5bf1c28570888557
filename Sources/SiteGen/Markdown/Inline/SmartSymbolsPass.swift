/// `pymdownx.smartsymbols`: `(c)` ©, `(r)` ®, `(tm)` ™, `c/o` ℅, `+/-` ±, `-->` →, `<--` ←,
/// `<-->` ↔, `=/=` ≠, common fractions (`1/2` ½) and ordinals (`1st` → `1<sup>st</sup>`).
enum SmartSymbolsPass {
    static let pass = InlinePass(name: "smartsymbols", triggers: ByteSet("(/<>0123456789"), mayApply: { bytes in
        let found = scan(bytes)
        return found.symbols || found.fractions || found.ordinals
    }) { run in
        run.rewriteTexts(replace)
    }

    private static let symbols: [(String, String)] = [
        ("<-->", "\u{2194}"), ("-->", "\u{2192}"), ("<--", "\u{2190}"), ("=/=", "\u{2260}"), ("+/-", "\u{00B1}"),
        ("(c)", "\u{00A9}"), ("(C)", "\u{00A9}"), ("(r)", "\u{00AE}"), ("(R)", "\u{00AE}"),
        ("(tm)", "\u{2122}"), ("(TM)", "\u{2122}"), ("c/o", "\u{2105}"),
    ]

    private static let fractions: [String: String] = [
        "1/2": "\u{00BD}", "1/3": "\u{2153}", "2/3": "\u{2154}", "1/4": "\u{00BC}", "3/4": "\u{00BE}",
        "1/5": "\u{2155}", "2/5": "\u{2156}", "3/5": "\u{2157}", "4/5": "\u{2158}", "1/6": "\u{2159}",
        "5/6": "\u{215A}", "1/8": "\u{215B}", "3/8": "\u{215C}", "5/8": "\u{215D}", "7/8": "\u{215E}",
    ]

    static func replace(_ text: String) -> [InlineRun.Piece]? {
        let found = scan(text)
        guard found.symbols || found.fractions || found.ordinals else { return nil }
        var output = text
        if found.symbols {
            for (pattern, symbol) in symbols where output.containsBytes(pattern) {
                output = output.replacingAll(pattern, with: symbol, wordBoundedBy: pattern == "c/o")
            }
        }
        if found.fractions { output = replaceFractions(output) }
        let pieces = found.ordinals ? ordinals(output) : nil
        if pieces == nil, output == text { return nil }
        return pieces ?? [.text(output)]
    }

    /// One look at the bytes: which of the three kinds of replacement the text may need.
    private static func scan(_ text: String) -> (symbols: Bool, fractions: Bool, ordinals: Bool) {
        var text = text
        return text.withUTF8 { scan($0) }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (symbols: Bool, fractions: Bool, ordinals: Bool) {
        var symbols = false, fractions = false, ordinals = false
        var previous: UInt8 = 0
        for byte in bytes {
            let previousIsDigit = previous >= UInt8(ascii: "0") && previous <= UInt8(ascii: "9")
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "<"), UInt8(ascii: ">"): symbols = true
            case UInt8(ascii: "/"):
                symbols = true
                if previousIsDigit { fractions = true }
            case UInt8(ascii: "s"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                if previousIsDigit { ordinals = true }
            default: break
            }
            previous = byte
        }
        return (symbols, fractions, ordinals)
    }

    /// `1/2` alone (not inside `11/23` or a date).
    private static func replaceFractions(_ text: String) -> String {
        var result = ""
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            if index + 2 < characters.count, characters[index + 1] == "/",
               let fraction = fractions[String(characters[index...index + 2])],
               index == 0 || !characters[index - 1].isNumber && characters[index - 1] != "/",
               index + 3 == characters.count || !characters[index + 3].isNumber && characters[index + 3] != "/" {
                result.append(fraction)
                index += 3
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }

    /// `1st`, `22nd`, `3rd`, `4th` → number + `<sup>suffix</sup>`.
    private static func ordinals(_ text: String) -> [InlineRun.Piece]? {
        let characters = Array(text)
        var pieces: [InlineRun.Piece] = []
        var start = 0, index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber,
                  index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber) else { index += 1; continue }
            var end = index
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            guard end + 2 <= characters.count else { index = end; continue }
            let suffix = String(characters[end..<end + 2])
            let afterOK = end + 2 == characters.count || !(characters[end + 2].isLetter || characters[end + 2].isNumber)
            if afterOK, ["st", "nd", "rd", "th"].contains(suffix), ordinalSuffix(String(characters[index..<end])) == suffix {
                pieces.append(.text(String(characters[start..<end])))
                pieces += [.html("<sup>"), .text(suffix), .html("</sup>")]
                start = end + 2
            }
            index = end
        }
        guard !pieces.isEmpty else { return nil }
        if start < characters.count { pieces.append(.text(String(characters[start...]))) }
        return pieces
    }

    private static func ordinalSuffix(_ number: String) -> String {
        let value = Int(number.suffix(2)) ?? 0
        if (11...13).contains(value) { return "th" }
        switch value % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }
}

extension String {
    /// Every occurrence of `pattern` replaced; with `wordBoundedBy`, only where no letter touches it.
    func replacingAll(_ pattern: String, with replacement: String, wordBoundedBy: Bool = false) -> String {
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: pattern) {
            let before = rest[..<range.lowerBound]
            let bounded = !wordBoundedBy || ((before.last.map { !$0.isLetter } ?? true)
                && (rest[range.upperBound...].first.map { !$0.isLetter } ?? true))
            result += before
            result += bounded ? replacement : pattern
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
