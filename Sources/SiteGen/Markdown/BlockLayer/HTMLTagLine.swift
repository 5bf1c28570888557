/// Lines of raw HTML that `md_in_html` cares about: an opening tag carrying a `markdown`
/// attribute (`<div class="grid cards" markdown>`, `<figure markdown="1">`, `<p markdown="span">`),
/// and, inside such an element, the tags that open and close elements of the same name.
enum HTMLTagLine {
    /// An opening tag with a `markdown` attribute, at the start of a line.
    struct Opening: Equatable {
        var name: String
        /// The tag as written, without its `markdown` attribute (`<div class="grid cards">`).
        var tag: String
        /// `markdown="span"`: the content is inline Markdown.
        var isSpan: Bool
        /// What follows the tag on its line.
        var rest: String
        /// The tag as written, `markdown` attribute included.
        var original: String
    }

    static func opening(_ content: ArraySlice<UInt8>) -> Opening? {
        guard content.first == UInt8(ascii: "<"), content.count > 3 else { return nil }
        let text = String(decoding: content, as: UTF8.self)
        guard text.contains("markdown") else { return nil }
        var index = text.index(after: text.startIndex)
        let nameStart = index
        while index < text.endIndex, text[index].isASCII, text[index].isLetter || text[index].isNumber || text[index] == "-" {
            index = text.index(after: index)
        }
        let name = String(text[nameStart..<index]).lowercased()
        guard !name.isEmpty, index < text.endIndex, text[index] == " " || text[index] == "\t" || text[index] == ">" else { return nil }
        // Attributes up to the closing `>` outside quotes.
        var attributes: [(name: String, raw: String, value: String?)] = []
        var quote: Character?
        var current = ""
        var end: String.Index?
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                current.append(character)
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
                current.append(character)
            } else if character == ">" || character == " " || character == "\t" {
                if !current.isEmpty { attributes.append(attribute(current)) }
                current = ""
                if character == ">" { end = index; break }
            } else {
                current.append(character)
            }
            index = text.index(after: index)
        }
        guard let end, let marker = attributes.first(where: { $0.name == "markdown" }) else { return nil }
        let mode = marker.value?.lowercased() ?? "1"
        guard ["1", "block", "span", ""].contains(mode) else { return nil }
        var tag = "<" + name
        for attribute in attributes where attribute.name != "markdown" && attribute.name != "/" { tag += " " + attribute.raw }
        tag += ">"
        return Opening(name: name, tag: tag, isSpan: mode == "span", rest: String(text[text.index(after: end)...]),
                       original: String(text[...end]))
    }

    private static func attribute(_ raw: String) -> (name: String, raw: String, value: String?) {
        guard let equals = raw.firstIndex(of: "=") else { return (raw.lowercased(), raw, nil) }
        var value = raw[raw.index(after: equals)...]
        if let first = value.first, first == "\"" || first == "'", value.count >= 2, value.last == first {
            value = value.dropFirst().dropLast()
        }
        return (raw[..<equals].lowercased(), raw, String(value))
    }

    /// Where the element opened with depth `depth` closes in `text` (the offset of its `</name>`), and
    /// the depth left at the end of the line when it does not.
    static func closing(of name: String, in text: String, depth: Int) -> (closeAt: String.Index?, depth: Int) {
        var depth = depth
        var index = text.startIndex
        let open = "<" + name, close = "</" + name
        while let tagStart = text[index...].firstIndex(of: "<") {
            let rest = text[tagStart...]
            if rest.lowercased().hasPrefix(close), let after = rest.dropFirst(close.count).first, after == ">" || after == " " {
                depth -= 1
                if depth == 0 { return (tagStart, 0) }
            } else if rest.lowercased().hasPrefix(open), let after = rest.dropFirst(open.count).first,
                      after == ">" || after == " " || after == "\t" {
                let tagEnd = rest.firstIndex(of: ">")
                if tagEnd.map({ rest[..<$0].hasSuffix("/") }) != true { depth += 1 }
            }
            index = text.index(after: tagStart)
        }
        return (nil, depth)
    }
}
