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
        /// Every identifier used in the item, at any depth.
        var identifiers: Set<String> = []
        /// For `let x`/`var x`: the name it declares (`x`).
        var declaredName: String?
        /// Where the keyword is: line index and column (in characters).
        var keywordLine = 0
        var keywordColumn = 0

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
        var current: (start: Int, words: [Word], identifiers: Set<String>)?
        for (index, line) in lines.enumerated() {
            let startsAtTop = lexer.depth == 0 && !lexer.insideLiteralOrComment
            let tokens = lexer.scan(line)
            identifiers.formUnion(tokens.map(\.word))
            let words = tokens.filter { $0.depth == 0 }.map { Word(text: $0.word, line: index, column: $0.column) }
            if current == nil, startsAtTop, line.drop(while: \.isWhitespace).hasPrefix("."), let last = items.popLast() {
                current = (last.lines.lowerBound, [Word(text: last.keyword, line: last.keywordLine, column: last.keywordColumn)],
                           last.identifiers)
            }
            if current == nil, startsAtTop {
                if tokens.isEmpty {
                    if pendingStart == nil, !line.allSatisfy(\.isWhitespace) { pendingStart = index }
                    continue
                }
                current = (pendingStart ?? index, [], [])
                pendingStart = nil
            }
            guard var item = current else { continue }
            item.words += words
            item.identifiers.formUnion(tokens.map(\.word))
            current = item
            let onlyAttributes = !words.isEmpty && words.allSatisfy { $0.text.hasPrefix("@") }
            if lexer.depth == 0, !lexer.insideLiteralOrComment, !onlyAttributes, !continues(after: line) {
                items.append(makeItem(lines: item.start..<(index + 1), words: item.words, identifiers: item.identifiers))
                current = nil
            }
        }
        if let item = current { items.append(makeItem(lines: item.start..<lines.count, words: item.words, identifiers: item.identifiers)) }
        return (items, identifiers)
    }

    /// A line ending in an operator or `,` goes on with the next line.
    private static func continues(after line: String) -> Bool {
        guard let last = line.trimmingTrailingWhitespace().last else { return false }
        return "=,+-*/&|.:(".contains(last) && !line.hasSuffix("//")
    }

    /// An identifier at bracket depth 0 and where it is.
    private struct Word {
        var text: String
        var line: Int
        var column: Int
    }

    private static func makeItem(lines: Range<Int>, words: [Word], identifiers: Set<String>) -> Item {
        var attributes: [String] = []
        var modifiers: [String] = []
        for (position, word) in words.enumerated() {
            if word.text.hasPrefix("@") {
                attributes.append(String(word.text.dropFirst()))
            } else if modifierWords.contains(word.text) {
                modifiers.append(word.text)
            } else {
                let isBinding = word.text == "let" || word.text == "var"
                let name = isBinding && position + 1 < words.count ? words[position + 1].text : nil
                return Item(lines: lines, keyword: word.text, attributes: attributes, modifiers: modifiers,
                            identifiers: identifiers, declaredName: name, keywordLine: word.line, keywordColumn: word.column)
            }
        }
        return Item(lines: lines, keyword: "", attributes: attributes, modifiers: modifiers, identifiers: identifiers,
                    keywordLine: lines.lowerBound)
    }
}
