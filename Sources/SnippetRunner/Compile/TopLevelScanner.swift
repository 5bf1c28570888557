/// Splits Swift source into top-level items (a declaration or a statement, possibly several lines)
/// with a small lexer that knows comments, strings and brackets: enough to decide, from the source,
/// how a snippet may be wrapped and which lines of it are declarations.
struct TopLevelScanner {
    /// One top-level item: its line numbers (indexes into the scanned lines) and its leading keyword.
    struct Item: Equatable {
        /// Indexes of the lines making up the item, comments and attribute lines before it included.
        var lines: Range<Int>
        /// The first word after attributes and modifiers (`func`, `class`, `print`…).
        var keyword: String
        /// Attributes written before it (`main`, `MainActor`).
        var attributes: [String]
        /// Modifiers written before it (`private`, `final`…).
        var modifiers: [String]

        /// True for declarations another snippet can `include=`.
        var isDeclaration: Bool { Self.declarationKeywords.contains(keyword) }

        static let declarationKeywords: Set<String> = [
            "import", "func", "struct", "class", "enum", "protocol", "extension", "actor", "typealias",
            "let", "var", "operator", "precedencegroup", "macro",
        ]
    }

    static let modifierWords: Set<String> = [
        "public", "private", "fileprivate", "internal", "open", "package", "final", "static",
        "nonisolated", "indirect", "lazy", "weak", "unowned", "convenience", "required", "override",
        "mutating", "nonmutating", "dynamic", "prefix", "infix", "postfix", "distributed", "consuming", "borrowing",
    ]

    /// The items of `lines`, in order; lines that are blank or only comments at the end belong to no item.
    /// `identifiers` collects every identifier outside strings and comments (to find `await`).
    static func items(of lines: [String]) -> (items: [Item], identifiers: Set<String>) {
        var lexer = Lexer()
        var items: [Item] = []
        var identifiers: Set<String> = []
        var pendingStart: Int?
        var current: (start: Int, words: [String])?
        for (index, line) in lines.enumerated() {
            let startsAtTop = lexer.depth == 0 && !lexer.insideLiteralOrComment
            let tokens = lexer.scan(line)
            identifiers.formUnion(tokens.map(\.word))
            let words = tokens.filter { $0.depth == 0 }.map(\.word)
            if current == nil, startsAtTop, line.drop(while: \.isWhitespace).hasPrefix("."), let last = items.popLast() {
                current = (last.lines.lowerBound, [last.keyword])
            }
            if current == nil, startsAtTop {
                if tokens.isEmpty {
                    if pendingStart == nil, !line.allSatisfy(\.isWhitespace) { pendingStart = index }
                    continue
                }
                current = (pendingStart ?? index, [])
                pendingStart = nil
            }
            guard var item = current else { continue }
            item.words += words
            current = item
            let onlyAttributes = !words.isEmpty && words.allSatisfy { $0.hasPrefix("@") }
            if lexer.depth == 0, !lexer.insideLiteralOrComment, !onlyAttributes, !continues(after: line) {
                items.append(makeItem(lines: item.start..<(index + 1), words: item.words))
                current = nil
            }
        }
        if let item = current { items.append(makeItem(lines: item.start..<lines.count, words: item.words)) }
        return (items, identifiers)
    }

    /// A line ending in an operator or `,` goes on with the next line.
    private static func continues(after line: String) -> Bool {
        guard let last = line.trimmingTrailingWhitespace().last else { return false }
        return "=,+-*/&|.:(".contains(last) && !line.hasSuffix("//")
    }

    private static func makeItem(lines: Range<Int>, words: [String]) -> Item {
        var attributes: [String] = []
        var modifiers: [String] = []
        for word in words {
            if word.hasPrefix("@") {
                attributes.append(String(word.dropFirst()))
            } else if modifierWords.contains(word) {
                modifiers.append(word)
            } else {
                return Item(lines: lines, keyword: word, attributes: attributes, modifiers: modifiers)
            }
        }
        return Item(lines: lines, keyword: "", attributes: attributes, modifiers: modifiers)
    }
}
