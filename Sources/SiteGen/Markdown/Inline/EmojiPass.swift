/// `pymdownx.emoji` with Material's generator: `:material-apple:` → `<span class="twemoji"><svg…/></span>`
/// (the SVG inlined from `IconLibrary`), `:smile:` → Twemoji's `<img class="twemoji" alt="😄" …>`.
/// An icon name (`material-`, `fontawesome-`, `octicons-`, `simple-` or a custom set) that no folder
/// has is dropped with a warning; any other unknown `:word:` stays text, as pymdownx leaves it.
struct EmojiPass {
    let icons: IconLibrary

    var pass: InlinePass {
        let icons = self.icons
        return InlinePass(name: "emoji", triggers: ByteSet(":"), mayApply: Self.mayHoldShortcode) { run in
            var problems: [String] = []
            run.rewriteTexts { text in Self.split(text, icons: icons, problems: &problems) }
            run.problems += problems
        }
    }

    static let iconSets = ["material", "fontawesome", "octicons", "simple"]

    /// True when `bytes` hold `:name:` (a colon, name characters, a colon).
    @Sendable static func mayHoldShortcode(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var nameLength = -1
        for byte in bytes {
            if byte == UInt8(ascii: ":") {
                if nameLength > 0 { return true }
                nameLength = 0
            } else if nameLength >= 0, (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
                        || byte == 0x2D || byte == 0x2B || (byte >= 0x41 && byte <= 0x5A) {
                nameLength += 1
            } else {
                nameLength = -1
            }
        }
        return false
    }

    static func split(_ text: String, icons: IconLibrary, problems: inout [String]) -> [InlineRun.Piece]? {
        let characters = Array(text)
        var pieces: [InlineRun.Piece] = []
        var start = 0, index = 0
        while index < characters.count {
            guard characters[index] == ":" else { index += 1; continue }
            var end = index + 1
            while end < characters.count, isNameCharacter(characters[end]) { end += 1 }
            guard end < characters.count, characters[end] == ":", end > index + 1 else { index = end; continue }
            let name = String(characters[(index + 1)..<end])
            var html: String?
            if name.contains("-"), let svg = icons.svg(named: name) {
                html = "<span class=\"twemoji\">\(svg)</span>"
            } else if let entry = icons.emoji(named: name) {
                let version = icons.emojiIndexVersion
                html = "<img alt=\"\(entry.characters)\" class=\"twemoji\" src=\"https://cdn.jsdelivr.net/gh/jdecked/twemoji@\(version)/assets/svg/\(entry.unicode).svg\" title=\":\(name):\" />"
            } else if let set = name.split(separator: "-").first, iconSets.contains(String(set)) {
                problems.append("unknown icon ':\(name):' (no .icons folder has \(name.replacingOccurrences(of: "-", with: "/")).svg); left out")
                html = ""
            }
            guard var html else { index = end; continue }
            if index > start { pieces.append(.text(String(characters[start..<index]))) }
            start = end + 1
            // attr_list on the icon: `:material-x:{ .big }` adds to its element.
            if start < characters.count, characters[start] == "{",
               let close = characters[start...].firstIndex(of: "}"),
               let attributes = HTMLAttributes.parse(Substring(String(characters[start...close]))), !html.isEmpty {
                html = Self.adding(attributes, to: html)
                start = close + 1
            }
            if !html.isEmpty { pieces.append(.html(html)) }
            index = start
        }
        guard start > 0 else { return nil }
        if start < characters.count { pieces.append(.text(String(characters[start...]))) }
        return pieces
    }

    /// `<span class="twemoji">…` with more classes and attributes (`<span class="twemoji big" title="x">`).
    static func adding(_ attributes: HTMLAttributes, to html: String) -> String {
        guard let classRange = html.range(of: "class=\"twemoji\"") else { return html }
        var list = attributes
        list.classes.insert("twemoji", at: 0)
        return html.replacingCharacters(in: classRange, with: String(list.html.dropFirst()))
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_" || character == "-" || character == "+")
    }
}
