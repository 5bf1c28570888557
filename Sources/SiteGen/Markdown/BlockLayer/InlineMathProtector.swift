/// Inline math (`$x$`, `\(x\)`) made into raw HTML before cmark reads the line, so emphasis and
/// backslash escapes inside it stay as written: `$(a*b, c*d)\ px$` must not become emphasis.
/// Code spans are skipped. The output is `pymdownx.arithmatex`'s generic shape:
///
///     $x_1$   →   <span class="arithmatex">\(x_1\)</span>
enum InlineMathProtector {
    /// The line with its inline math replaced, or nil when it has none.
    static func protect(_ line: ArraySlice<UInt8>) -> [UInt8]? {
        guard line.contains(UInt8(ascii: "$")) || line.contains(UInt8(ascii: "\\")) else { return nil }
        let bytes = Array(line)
        var output: [UInt8] = []
        var index = 0, copied = 0
        var changed = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "`") {
                index = endOfCodeSpan(bytes, from: index)
                continue
            }
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                if bytes[index + 1] == UInt8(ascii: "("), let close = find([UInt8(ascii: "\\"), UInt8(ascii: ")")], in: bytes, from: index + 2) {
                    output += bytes[copied..<index] + span(bytes[(index + 2)..<close])
                    index = close + 2
                    copied = index
                    changed = true
                    continue
                }
                index += 2
                continue
            }
            if byte == UInt8(ascii: "$"), let close = closingDollar(bytes, openedAt: index) {
                output += bytes[copied..<index] + span(bytes[(index + 1)..<close])
                index = close + 1
                copied = index
                changed = true
                continue
            }
            index += 1
        }
        guard changed else { return nil }
        return output + bytes[copied...]
    }

    /// The closing `$` of a `$` at `open`: the content starts and ends with a non-space, and the
    /// closing one is not followed by a digit (`$5 and $10` is money).
    private static func closingDollar(_ bytes: [UInt8], openedAt open: Int) -> Int? {
        guard open + 1 < bytes.count, !isSpace(bytes[open + 1]), bytes[open + 1] != UInt8(ascii: "$"),
              open == 0 || bytes[open - 1] != UInt8(ascii: "$") else { return nil }
        var index = open + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") { index += 2; continue }
            if byte == UInt8(ascii: "$") {
                guard !isSpace(bytes[index - 1]) else { return nil }
                if index + 1 < bytes.count, bytes[index + 1] >= UInt8(ascii: "0"), bytes[index + 1] <= UInt8(ascii: "9") { return nil }
                return index
            }
            index += 1
        }
        return nil
    }

    private static func endOfCodeSpan(_ bytes: [UInt8], from start: Int) -> Int {
        var run = start
        while run < bytes.count, bytes[run] == UInt8(ascii: "`") { run += 1 }
        let length = run - start
        var index = run
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "`") {
                var end = index
                while end < bytes.count, bytes[end] == UInt8(ascii: "`") { end += 1 }
                if end - index == length { return end }
                index = end
            } else {
                index += 1
            }
        }
        return run
    }

    private static func find(_ pair: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == pair[0], bytes[index + 1] == pair[1] { return index }
            index += 1
        }
        return nil
    }

    /// The span as raw HTML tags around the math written with every ASCII punctuation escaped,
    /// so cmark gives back exactly these characters (and escapes `<`, `&` for HTML).
    private static func span(_ math: ArraySlice<UInt8>) -> [UInt8] {
        var output = Array("<span class=\"arithmatex\">\\\\(".utf8)
        for byte in math {
            if isASCIIPunctuation(byte) { output.append(UInt8(ascii: "\\")) }
            output.append(byte)
        }
        return output + Array("\\\\)</span>".utf8)
    }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}
