/// HTML escaping for text and attribute values we emit ourselves (titles, labels, code).
enum HTMLEscaping {
    /// Escapes `&`, `<`, `>` and `"`, as cmark does for text.
    static func escape(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
