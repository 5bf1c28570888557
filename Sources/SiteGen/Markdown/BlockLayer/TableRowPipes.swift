/// Python-Markdown's tables do not split a row at a `|` inside a code span (`` `a|b` ``);
/// GFM's do, unless the pipe is escaped. Rows of a table get those pipes escaped before cmark
/// reads them, so `{{ value|lower }}` stays one cell. Only table rows: in other text a backslash
/// inside a code span would show.
enum TableRowPipes {
    /// True for a delimiter row (`| --- | :-: |`).
    static func isDelimiterRow(_ line: ArraySlice<UInt8>) -> Bool {
        var sawDash = false, sawPipe = false
        for byte in line {
            switch byte {
            case UInt8(ascii: "-"): sawDash = true
            case UInt8(ascii: "|"): sawPipe = true
            case UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"): break
            default: return false
            }
        }
        return sawDash && sawPipe
    }

    /// The row with the pipes inside its code spans escaped, or nil when it has none.
    static func escapeCodePipes(_ line: ArraySlice<UInt8>) -> [UInt8]? {
        guard line.contains(UInt8(ascii: "`")) else { return nil }
        let bytes = Array(line)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 8)
        var index = 0
        var changed = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                output += [byte, bytes[index + 1]]
                index += 2
                continue
            }
            guard byte == UInt8(ascii: "`") else { output.append(byte); index += 1; continue }
            var run = index
            while run < bytes.count, bytes[run] == UInt8(ascii: "`") { run += 1 }
            let length = run - index
            guard let close = closing(bytes, from: run, length: length) else {
                output += bytes[index..<run]
                index = run
                continue
            }
            output += bytes[index..<run]
            for inner in bytes[run..<close] {
                if inner == UInt8(ascii: "|") { output.append(UInt8(ascii: "\\")); changed = true }
                output.append(inner)
            }
            output += bytes[close..<(close + length)]
            index = close + length
        }
        return changed ? output : nil
    }

    private static func closing(_ bytes: [UInt8], from start: Int, length: Int) -> Int? {
        var index = start
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "`") else { index += 1; continue }
            var end = index
            while end < bytes.count, bytes[end] == UInt8(ascii: "`") { end += 1 }
            if end - index == length { return index }
            index = end
        }
        return nil
    }
}
