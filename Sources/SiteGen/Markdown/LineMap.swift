/// Maps positions in the text cmark parsed back to the page: the block layer dedents container
/// bodies, so a transformed line knows its page line and how many bytes it lost on the left.
struct LineMap {
    let source: NormalizedSource
    let origins: [TransformedDocument.LineOrigin]
    /// The tabs among the containers, by container index.
    var tabs: [Int32: TabPlacement] = [:]
    let file: String
    let firstLine: Int

    /// The 0-based page line of 1-based transformed `line`.
    func sourceLine(ofTransformed line: Int) -> Int {
        guard !origins.isEmpty else { return 0 }
        return Int(origins[min(max(line - 1, 0), origins.count - 1)].sourceLine)
    }

    /// The innermost container of transformed `line` (-1 at top level).
    func container(ofTransformed line: Int) -> Int {
        guard !origins.isEmpty else { return -1 }
        return Int(origins[min(max(line - 1, 0), origins.count - 1)].container)
    }

    /// The tab that is the innermost container of transformed `line`, if it is one.
    func tab(ofTransformed line: Int) -> TabPlacement? {
        tabs.isEmpty ? nil : tabs[Int32(container(ofTransformed: line))]
    }

    /// The page byte offset (0-based, within its line) of 1-based byte `column` on transformed `line`.
    func sourceByteOffset(line: Int, column: Int) -> Int {
        guard !origins.isEmpty else { return max(column - 1, 0) }
        let origin = origins[min(max(line - 1, 0), origins.count - 1)]
        return max(column - 1, 0) + Int(origin.removedBytes)
    }

    /// The page location of a transformed position, with the column counted in characters.
    func location(line: Int, column: Int) -> SourceLocation {
        let pageLine = sourceLine(ofTransformed: line)
        return location(pageLine: pageLine, byteOffset: sourceByteOffset(line: line, column: column))
    }

    /// The location of byte `byteOffset` on 0-based page line `pageLine`.
    func location(pageLine: Int, byteOffset: Int) -> SourceLocation {
        guard pageLine < source.lines.count else { return SourceLocation(file: file, line: firstLine + pageLine) }
        let bytes = source.line(pageLine)
        let end = min(bytes.startIndex + max(byteOffset, 0), bytes.endIndex)
        let characters = String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self).count
        return SourceLocation(file: file, line: firstLine + pageLine, column: characters + 1)
    }
}
