/// Appends JSON text fast, for the search index: strings escaped for JSON and for being inside a
/// `<script>` file (`</` and U+2028/U+2029 escaped too). Works on UTF-8 bytes: runs of bytes that
/// need no escape are copied in one append.
struct JSONTextWriter {
    private var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The JSON written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends JSON punctuation or a literal as is.
    mutating func raw(_ literal: String) {
        var literal = literal
        literal.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends a non-negative integer in decimal.
    mutating func integer(_ value: Int) {
        var value = value
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
                count += 1
            } while value > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// The number of bytes written so far.
    var count: Int { bytes.count }

    /// Appends `value` as a quoted, escaped JSON string.
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// 1 for the bytes that may need an escape (quote, backslash, controls, `/`, the lead byte
    /// of U+2028/U+2029); every other byte is copied as it is.
    private static let attention: [UInt8] = (0..<256).map { byte in
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x2F || byte == 0xE2 ? 1 : 0
    }

    private mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>) {
        Self.attention.withUnsafeBufferPointer { attention in appendEscaped(source, attention: attention) }
    }

    private mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>, attention: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        while index < source.count {
            let byte = source[index]
            if attention[Int(byte)] == 0 {
                index += 1
                continue
            }
            let escape: StaticString?
            var width = 1
            switch byte {
            case UInt8(ascii: "\""): escape = "\\\""
            case UInt8(ascii: "\\"): escape = "\\\\"
            case UInt8(ascii: "\n"): escape = "\\n"
            case UInt8(ascii: "\r"): escape = "\\r"
            case UInt8(ascii: "\t"): escape = "\\t"
            case UInt8(ascii: "/") where index > 0 && source[index - 1] == UInt8(ascii: "<"): escape = "\\/"
            case 0xE2 where index + 2 < source.count && source[index + 1] == 0x80 && source[index + 2] == 0xA8:
                escape = "\\u2028"; width = 3
            case 0xE2 where index + 2 < source.count && source[index + 1] == 0x80 && source[index + 2] == 0xA9:
                escape = "\\u2029"; width = 3
            case 0..<0x20: escape = nil
            default:
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
            if let escape {
                escape.withUTF8Buffer { bytes.append(contentsOf: $0) }
            } else {
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            }
            index += width
            runStart = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
    }
}
