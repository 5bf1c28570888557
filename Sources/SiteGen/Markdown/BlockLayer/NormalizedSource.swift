/// A page's text as UTF-8 bytes split into lines, normalised by `SourceText.normalized` (the one
/// normaliser: byte-order mark dropped, line ends as `\n`, NUL as U+FFFD). Lines keep no terminator.
struct NormalizedSource {
    /// The normalized bytes.
    let bytes: [UInt8]
    /// The byte range of each line in `bytes`.
    let lines: [Range<Int>]

    init(_ text: String) {
        let normalized = SourceText.normalized(Array(text.utf8))
        var lines: [Range<Int>] = []
        var lineStart = 0
        for (index, byte) in normalized.enumerated() where byte == 0x0A {
            lines.append(lineStart..<index)
            lineStart = index + 1
        }
        if lineStart < normalized.count { lines.append(lineStart..<normalized.count) }
        self.bytes = normalized
        self.lines = lines
    }

    /// The bytes of line `index` (0-based).
    func line(_ index: Int) -> ArraySlice<UInt8> { bytes[lines[index]] }
}
