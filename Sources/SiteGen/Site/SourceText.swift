/// Turns a page's bytes into text: UTF-8 checked (the first bad byte is reported by line and
/// column), byte-order mark dropped, CRLF and lone CR line ends normalised to LF.
enum SourceText {
    /// Where the first invalid UTF-8 byte is (1-based line and column in characters).
    struct InvalidUTF8: Error, Equatable {
        var line: Int
        var column: Int
    }

    static func decode(_ bytes: [UInt8]) -> Result<String, InvalidUTF8> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // The standard library's validation is the fast path; the slow scan only locates the bad byte.
        guard var text = String(validating: body, as: UTF8.self) else {
            return .failure(position(of: firstInvalidOffset(body) ?? 0, in: body))
        }
        if text.utf8.contains(13) {
            text = text.replacingOccurrencesOfCR()
        }
        return .success(text)
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

private extension String {
    /// `\r\n` → `\n`, then lone `\r` → `\n`.
    func replacingOccurrencesOfCR() -> String {
        var out = [UInt8]()
        out.reserveCapacity(utf8.count)
        var previousWasCR = false
        for byte in utf8 {
            if byte == 13 {
                out.append(10)
                previousWasCR = true
                continue
            }
            if !(byte == 10 && previousWasCR) { out.append(byte) }
            previousWasCR = false
        }
        return String(decoding: out, as: UTF8.self)
    }
}
