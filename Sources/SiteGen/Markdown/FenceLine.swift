/// The opening line of a fenced code block in the page: where the fence is and its info string
/// exactly as written (cmark's info has escapes resolved; columns of problems need the original).
struct FenceLine {
    /// Everything after the fence characters, without surrounding whitespace.
    let rawInfo: String
    /// The first fence character.
    let location: SourceLocation
    /// 1-based character column where `rawInfo` starts.
    private let infoColumn: Int

    init(lineMap: LineMap, position: CmarkScan.Position) {
        let pageLine = lineMap.sourceLine(ofTransformed: position.line)
        let start = lineMap.sourceByteOffset(line: position.line, column: position.column)
        guard pageLine < lineMap.source.lines.count else {
            rawInfo = ""
            location = lineMap.location(pageLine: pageLine, byteOffset: 0)
            infoColumn = 1
            return
        }
        let bytes = lineMap.source.line(pageLine)
        var index = min(bytes.startIndex + start, bytes.endIndex)
        while index < bytes.endIndex, bytes[index] == LineScan.space || bytes[index] == LineScan.tab { index += 1 }
        let fenceStart = index
        if index < bytes.endIndex {
            let character = bytes[index]
            while index < bytes.endIndex, bytes[index] == character { index += 1 }
        }
        while index < bytes.endIndex, bytes[index] == LineScan.space || bytes[index] == LineScan.tab { index += 1 }
        var end = bytes.endIndex
        while end > index, bytes[end - 1] == LineScan.space || bytes[end - 1] == LineScan.tab { end -= 1 }
        rawInfo = String(decoding: bytes[index..<end], as: UTF8.self)
        location = lineMap.location(pageLine: pageLine, byteOffset: fenceStart - bytes.startIndex)
        infoColumn = lineMap.location(pageLine: pageLine, byteOffset: index - bytes.startIndex).column
    }

    /// The location of character `offset` (0-based) of `rawInfo`.
    func infoLocation(offset: Int) -> SourceLocation {
        SourceLocation(file: location.file, line: location.line, column: infoColumn + offset)
    }

    /// Characters from the first fence character to the start of `rawInfo`.
    var infoOffset: Int { infoColumn - location.column }
}
