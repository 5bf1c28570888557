/// Marks abbreviations in text, as Python-Markdown's `abbr` does: every whole-word occurrence
/// (a word boundary on both sides, longest abbreviation first) becomes `<abbr title="…">`.
///
///     let pass = AbbreviationPass(["HTML": "Hyper Text Markup Language"])
///     pass.apply(text: "HTML5 and HTML.")
///     // [.text("HTML5 and "), .abbreviation("HTML", title: "Hyper Text Markup Language"), .text(".")]
///
/// Meant for text nodes of the parsed page (never code): the caller escapes and emits the fragments.
public struct AbbreviationPass: Sendable {
    /// A run of plain text, or one abbreviation with its title.
    public enum Fragment: Sendable, Hashable {
        case text(String)
        case abbreviation(String, title: String)
    }

    private let titles: [String: String]
    /// Abbreviations by first character, longest first.
    private let candidates: [Character: [String]]

    public init(_ titles: [String: String]) {
        self.titles = titles.filter { !$0.key.isEmpty }
        var candidates: [Character: [String]] = [:]
        for abbreviation in self.titles.keys { candidates[abbreviation.first!, default: []].append(abbreviation) }
        self.candidates = candidates.mapValues { $0.sorted { ($0.count, $0) > ($1.count, $1) } }
    }

    public var isEmpty: Bool { titles.isEmpty }

    /// The first characters of the abbreviations: text without any of them has none.
    var firstCharacters: [Character] { Array(candidates.keys) }

    /// `text` cut into plain runs and abbreviations; one `.text` fragment when nothing matches.
    public func apply(text: String) -> [Fragment] {
        guard !titles.isEmpty else { return [.text(text)] }
        var fragments: [Fragment] = []
        var plainStart = text.startIndex
        var index = text.startIndex
        var previous: Character?
        while index < text.endIndex {
            let character = text[index]
            if let list = candidates[character], let match = longestMatch(list, in: text, at: index, after: previous) {
                if plainStart < index { fragments.append(.text(String(text[plainStart..<index]))) }
                fragments.append(.abbreviation(match.word, title: titles[match.word]!))
                previous = match.word.last
                index = match.end
                plainStart = index
                continue
            }
            previous = character
            index = text.index(after: index)
        }
        if plainStart < text.endIndex || fragments.isEmpty { fragments.append(.text(String(text[plainStart...]))) }
        return fragments
    }

    /// The first (longest) of `list` written at `index` with a word boundary before and after it.
    private func longestMatch(_ list: [String], in text: String, at index: String.Index,
                              after previous: Character?) -> (word: String, end: String.Index)? {
        for word in list where text[index...].hasPrefix(word) {
            let end = text.index(index, offsetBy: word.count)
            guard Self.isBoundary(previous, word.first), Self.isBoundary(word.last, end < text.endIndex ? text[end] : nil) else { continue }
            return (word, end)
        }
        return nil
    }

    /// Python's `\b` between two characters (nil: the start or end of the text).
    static func isBoundary(_ left: Character?, _ right: Character?) -> Bool {
        isWord(left) != isWord(right)
    }

    /// Python's `\w`: letters, digits (any script) and `_`.
    static func isWord(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber || character == "_"
    }
}
