/// A page's text as UTF-8 bytes, split into lines, with the byte-order mark removed, every
/// line ending (`\r\n`, `\r`) turned into `\n` and NUL turned into U+FFFD (as CommonMark
/// requires; NUL would also cut the C strings handed to cmark). Lines keep no terminator.
struct NormalizedSource {
    /// The normalized bytes.
    let bytes: [UInt8]
    /// The byte range of each line in `bytes`.
    let lines: [Range<Int>]

    init(_ text: String) {
        var input = Array(text.utf8)
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input.removeFirst(3) }
        var normalized: [UInt8] = []
        normalized.reserveCapacity(input.count)
        var lines: [Range<Int>] = []
        var lineStart = 0
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(lineStart..<normalized.count)
                normalized.append(0x0A)
                lineStart = normalized.count
                if byte == 0x0D, index + 1 < input.count, input[index + 1] == 0x0A { index += 1 }
            } else if byte == 0 {
                normalized.append(contentsOf: [0xEF, 0xBF, 0xBD])
            } else {
                normalized.append(byte)
            }
            index += 1
        }
        if lineStart < normalized.count { lines.append(lineStart..<normalized.count) }
        self.bytes = normalized
        self.lines = lines
    }

    /// The bytes of line `index` (0-based).
    func line(_ index: Int) -> ArraySlice<UInt8> { bytes[lines[index]] }
}
