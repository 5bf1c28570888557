/// The attributes an attribute list sets (`{: #id .class key="value" }`), in Python-Markdown's way:
/// one id, classes accumulated, other keys in the order written.
///
///     let attributes = HTMLAttributes.parse("{ .md-button #go target=_blank }")
///     attributes?.html // ` id="go" class="md-button" target="_blank"`
struct HTMLAttributes: Equatable {
    var id: String?
    var classes: [String] = []
    var others: [(name: String, value: String)] = []

    static func == (a: HTMLAttributes, b: HTMLAttributes) -> Bool {
        a.id == b.id && a.classes == b.classes && a.others.map(\.name) == b.others.map(\.name)
            && a.others.map(\.value) == b.others.map(\.value)
    }

    /// Parses `{…}` or `{:…}` (the braces included, nothing around them); nil when it is not an attribute list.
    static func parse(_ text: Substring) -> HTMLAttributes? {
        guard text.first == "{", text.last == "}", text.count >= 2 else { return nil }
        var body = text.dropFirst().dropLast()
        if body.first == ":" { body = body.dropFirst() }
        guard !body.contains("{"), !body.contains("}"), !body.contains("\n") else { return nil }
        var attributes = HTMLAttributes()
        var index = body.startIndex
        var sawAny = false
        while index < body.endIndex {
            let character = body[index]
            if character == " " || character == "\t" { index = body.index(after: index); continue }
            let wordEnd = endOfWord(body, from: index)
            let word = body[index..<wordEnd]
            if word.first == "#" {
                guard word.count > 1 else { return nil }
                attributes.id = String(word.dropFirst())
            } else if word.first == "." {
                guard word.count > 1 else { return nil }
                attributes.classes.append(String(word.dropFirst()))
            } else if let equals = word.firstIndex(of: "=") {
                let name = String(word[..<equals])
                guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" })
                else { return nil }
                var value = word[word.index(after: equals)...]
                if let quote = value.first, quote == "\"" || quote == "'", value.count >= 2, value.last == quote {
                    value = value.dropFirst().dropLast()
                }
                if name == "class" {
                    attributes.classes += value.split(separator: " ").map(String.init)
                } else if name == "id" {
                    attributes.id = String(value)
                } else {
                    attributes.others.append((name, String(value)))
                }
            } else {
                // A bare word is an attribute without value in Python-Markdown; accept letters only.
                guard word.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
                attributes.others.append((String(word), String(word)))
            }
            sawAny = true
            index = wordEnd
        }
        return sawAny ? attributes : nil
    }

    /// The end of one word: up to a space outside quotes.
    private static func endOfWord(_ body: Substring, from start: Substring.Index) -> Substring.Index {
        var index = start
        var quote: Character?
        while index < body.endIndex {
            let character = body[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == " " || character == "\t" {
                break
            }
            index = body.index(after: index)
        }
        return index
    }

    /// Adds `other`'s values (its id wins, classes are appended).
    mutating func merge(_ other: HTMLAttributes) {
        if let id = other.id { self.id = id }
        classes += other.classes
        others += other.others
    }

    /// The attributes as HTML, each preceded by a space (`id` first, then `class`, then the rest).
    var html: String { html(extraClasses: []) }

    /// The attributes with `extraClasses` first in the class list.
    func html(extraClasses: [String], skipID: Bool = false) -> String {
        var result = ""
        if let id, !skipID { result += " id=\"\(HTMLEscaping.escape(id))\"" }
        let allClasses = extraClasses + classes
        if !allClasses.isEmpty { result += " class=\"\(HTMLEscaping.escape(allClasses.joined(separator: " ")))\"" }
        for (name, value) in others { result += " \(name)=\"\(HTMLEscaping.escape(value))\"" }
        return result
    }
}
