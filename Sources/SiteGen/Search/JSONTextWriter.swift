/// Appends JSON text fast, for the search index: strings escaped for JSON and for being inside a
/// `<script>` file (`</` and U+2028/U+2029 escaped too).
struct JSONTextWriter {
    private(set) var text = ""

    init(capacity: Int) {
        text.reserveCapacity(capacity)
    }

    /// Appends JSON punctuation or a literal as is.
    mutating func raw(_ literal: String) {
        text.append(literal)
    }

    /// Appends `value` as a quoted, escaped JSON string.
    mutating func string(_ value: String) {
        text.unicodeScalars.append("\"")
        var previous: Unicode.Scalar = " "
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text.append("\\\"")
            case "\\": text.append("\\\\")
            case "\n": text.append("\\n")
            case "\r": text.append("\\r")
            case "\t": text.append("\\t")
            case "/" where previous == "<": text.append("\\/")
            case "\u{2028}": text.append("\\u2028")
            case "\u{2029}": text.append("\\u2029")
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: text.unicodeScalars.append(scalar)
            }
            previous = scalar
        }
        text.unicodeScalars.append("\"")
    }
}
