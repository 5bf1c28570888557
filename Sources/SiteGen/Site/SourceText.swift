/// The one text normaliser of pages and included files: UTF-8 checked (the first bad byte is reported
/// by line and column), byte-order mark dropped, CRLF and lone CR line ends turned into LF, and NUL
/// turned into U+FFFD (as CommonMark requires; NUL would also cut the C strings handed to cmark).
/// `NormalizedSource` splits the same normalised bytes into lines for the block layer.
enum SourceText {
    /// Where the first invalid UTF-8 byte is (1-based line and column in characters).
    struct InvalidUTF8: Error, Equatable {
        var line: Int
        var column: Int
    }

    static func decode(_ bytes: [UInt8]) -> Result<String, InvalidUTF8> {
        // The standard library's validation is the fast path; the slow scan only locates the bad byte.
        guard let text = String(validating: bytes, as: UTF8.self) else {
            var body = bytes[...]
            if body.starts(with: byteOrderMark) { body = body.dropFirst(3) }
            return .failure(position(of: firstInvalidOffset(body) ?? 0, in: body))
        }
        return .success(isNormalized(bytes) ? text : String(decoding: normalized(bytes), as: UTF8.self))
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// `bytes` without a leading byte-order mark, with `\r\n` and lone `\r` as `\n` and NUL as U+FFFD.
    /// Returns the bytes unchanged (without copying them twice) when there is nothing to do.
    static func normalized(_ bytes: [UInt8]) -> [UInt8] {
        if isNormalized(bytes) { return bytes }
        let body = bytes.starts(with: byteOrderMark) ? bytes.dropFirst(3) : bytes[...]
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var index = body.startIndex
        while index < body.endIndex {
            let byte = body[index]
            if byte == 0x0D {
                out.append(0x0A)
                if index + 1 < body.endIndex, body[index + 1] == 0x0A { index += 1 }
            } else if byte == 0 {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }

    /// True when `normalized` would return `bytes` as they are: no byte-order mark, no CR, no NUL.
    static func isNormalized(_ bytes: [UInt8]) -> Bool {
        !bytes.starts(with: byteOrderMark) && !bytes.contains(where: { $0 == 0x0D || $0 == 0 })
    }

    /// The offset (from `bytes.startIndex`) of the first byte that does not start or continue a valid sequence.
    static func firstInvalidOffset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    private static func position(of offset: Int, in bytes: ArraySlice<UInt8>) -> InvalidUTF8 {
        let before = bytes.prefix(offset)
        let line = before.reduce(1) { $0 + ($1 == 10 ? 1 : 0) }
        let lineStart = before.lastIndex(of: 10).map { $0 + 1 } ?? bytes.startIndex
        let column = String(decoding: bytes[lineStart..<(bytes.startIndex + offset)], as: UTF8.self).count + 1
        return InvalidUTF8(line: line, column: column)
    }
}
