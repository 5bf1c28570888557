/// The common front matter (`title: Hilos` and a few more `key: value` lines) read without a YAML
/// parser: a thousand pages each paying for Yams was a measurable share of a build.
///
/// Accepts only lines whose meaning is beyond doubt: a simple key at column 0, `: `, and a plain
/// value that starts with no YAML indicator and holds no `: ` or ` #`. Anything else (quotes,
/// lists, comments, nesting, tabs, empty values, repeated keys) returns nil and goes to Yams,
/// which also reports the errors.
enum PlainYAMLMapping {
    static func parse(_ yaml: Substring) -> [String: String]? {
        var mapping: [String: String] = [:]
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let key = line[..<colon]
            guard isSimpleKey(key) else { return nil }
            let rest = line[line.index(after: colon)...]
            guard rest.first == " " else { return nil }
            let value = rest.drop(while: { $0 == " " })
            guard isPlainValue(value), mapping.updateValue(String(value), forKey: String(key)) == nil else { return nil }
        }
        return mapping
    }

    private static func isSimpleKey(_ key: Substring) -> Bool {
        guard let first = key.utf8.first, first.isASCIILetter || first == UInt8(ascii: "_") else { return false }
        return key.utf8.allSatisfy { $0.isASCIILetter || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    private static func isPlainValue(_ value: Substring) -> Bool {
        guard let first = value.utf8.first, let last = value.utf8.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".utf8.contains(first) || last == UInt8(ascii: " ") || last == UInt8(ascii: ":") { return false }
        var previous: UInt8 = 0
        for byte in value.utf8 {
            if byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte < 0x20 { return false }
            if previous == UInt8(ascii: ":") && byte == UInt8(ascii: " ") { return false }
            if previous == UInt8(ascii: " ") && byte == UInt8(ascii: "#") { return false }
            previous = byte
        }
        return true
    }
}

private extension UInt8 {
    var isASCIILetter: Bool { (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A) }
}
