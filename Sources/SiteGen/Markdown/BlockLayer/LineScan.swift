/// Byte-level facts about one line that the block layer needs: indentation (a tab advances to the
/// next multiple of 4 columns), blankness, fences and list item markers.
enum LineScan {
    static let space: UInt8 = 0x20, tab: UInt8 = 0x09

    /// The indentation width in columns and the index of the first non-whitespace byte.
    static func indentation(of line: ArraySlice<UInt8>) -> (width: Int, contentStart: Int) {
        var width = 0
        var index = line.startIndex
        while index < line.endIndex {
            if line[index] == space { width += 1 } else if line[index] == tab { width += 4 - width % 4 } else { break }
            index += 1
        }
        return (width, index)
    }

    /// True when the line has only spaces and tabs.
    static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy { $0 == space || $0 == tab }
    }

    /// The line with its first `columns` columns of leading whitespace removed (a tab split by the
    /// cut becomes the spaces it had left), and how many bytes were dropped.
    static func strip(_ line: ArraySlice<UInt8>, columns: Int) -> (text: ArraySlice<UInt8>, prefix: [UInt8], removedBytes: Int) {
        guard columns > 0 else { return (line, [], 0) }
        var width = 0
        var index = line.startIndex
        while index < line.endIndex, width < columns {
            let byte = line[index]
            if byte == space {
                width += 1
            } else if byte == tab {
                let next = width + 4 - width % 4
                if next > columns {
                    let rest = next - columns
                    return (line[(index + 1)...], Array(repeating: space, count: rest), index + 1 - line.startIndex)
                }
                width = next
            } else {
                break
            }
            index += 1
        }
        return (line[index...], [], index - line.startIndex)
    }

    /// A code fence opening at `start`: its character and length (backtick fences may not have a backtick in the info).
    static func fenceOpening(_ line: ArraySlice<UInt8>, at start: Int) -> (character: UInt8, length: Int)? {
        guard start < line.endIndex, line[start] == 0x60 || line[start] == 0x7E else { return nil }
        let character = line[start]
        var end = start
        while end < line.endIndex, line[end] == character { end += 1 }
        guard end - start >= 3 else { return nil }
        if character == 0x60, line[end...].contains(0x60) { return nil }
        return (character, end - start)
    }

    /// True when the line at `start` closes a fence of `character` × `length`.
    static func closesFence(_ line: ArraySlice<UInt8>, at start: Int, character: UInt8, length: Int) -> Bool {
        var end = start
        while end < line.endIndex, line[end] == character { end += 1 }
        guard end - start >= length else { return false }
        return line[end...].allSatisfy { $0 == space || $0 == tab }
    }

    /// For a list item marker at `start` (`-`, `+`, `*`, `1.`, `1)`), the content column relative
    /// to `start`; `nil` when the line is not a list item.
    static func listItemContentOffset(_ line: ArraySlice<UInt8>, at start: Int) -> Int? {
        var index = start
        guard index < line.endIndex else { return nil }
        let first = line[index]
        if first == 0x2D || first == 0x2B || first == 0x2A {
            index += 1
        } else {
            var digits = 0
            while index < line.endIndex, line[index] >= 0x30, line[index] <= 0x39, digits < 10 { index += 1; digits += 1 }
            guard digits > 0, index < line.endIndex, line[index] == 0x2E || line[index] == 0x29 else { return nil }
            index += 1
        }
        let markerWidth = index - start
        guard index == line.endIndex || line[index] == space || line[index] == tab else { return nil }
        var spaces = 0
        while index < line.endIndex, line[index] == space, spaces < 5 { index += 1; spaces += 1 }
        if index == line.endIndex || spaces == 0 || spaces >= 5 { return markerWidth + 1 }
        return markerWidth + spaces
    }
}
