import SwiftParser
import SwiftSyntax

/// The top-level items of a snippet (each declaration or statement, possibly several lines), as
/// swift-syntax's parser reads them: enough to decide how a snippet may be wrapped and which of
/// its lines are declarations. Strings (interpolations at any depth), comments and line
/// continuations are the parser's business, so none of them can be mistaken for code.
struct TopLevelItems {
    /// One top-level item.
    struct Item: Equatable {
        /// Indexes of the lines making up the item, the comments right before it included.
        var lines: Range<Int>
        /// The word saying what it is, after attributes and modifiers (`func`, `class`, `let`,
        /// `print`…): a declaration's keyword, else the statement's first token.
        var keyword: String
        /// Attributes written before it, without `@` (`main`, `MainActor`).
        var attributes: [String]
        /// Modifiers written before it (`private`, `final`…).
        var modifiers: [String]
        /// Every identifier used in the item, at any depth (not inside strings or comments).
        var identifiers: Set<String>
        /// For `let`/`var`: the names it declares.
        var declaredNames: [String]
        /// Where the keyword is: line index and column (in characters).
        var keywordLine: Int
        var keywordColumn: Int

        /// True for declarations another snippet can `include=`.
        var isDeclaration: Bool { Self.declarationKeywords.contains(keyword) }

        static let declarationKeywords: Set<String> = [
            "import", "func", "struct", "class", "enum", "protocol", "extension", "actor", "typealias",
            "let", "var", "operator", "precedencegroup", "macro",
        ]
    }

    /// The items, in source order. Lines that are blank, or comments after the last item, belong to none.
    var items: [Item]
    /// True when `await` appears anywhere in the code.
    var usesAwait: Bool

    /// Parses `lines` (joined with `\n`) as a `main.swift`.
    init(lines: [String]) {
        let positions = LinePositions(lines: lines)
        let file = Parser.parse(source: lines.joined(separator: "\n"))
        items = file.statements.map { Self.item($0, positions: positions) }
        usesAwait = file.tokens(viewMode: .sourceAccurate).contains { $0.tokenKind == .keyword(.await) }
    }

    private static func item(_ statement: CodeBlockItemSyntax, positions: LinePositions) -> Item {
        let decl = statement.item.as(DeclSyntax.self)
        let attributes = decl?.asProtocol(WithAttributesSyntax.self)?.attributes
        let modifiers = decl?.asProtocol(WithModifiersSyntax.self)?.modifiers
        let prefixEnd = [attributes?.endPosition, modifiers?.endPosition].compactMap { $0 }.max() ?? statement.position
        let tokens = Array(statement.tokens(viewMode: .sourceAccurate))
        // An operator's fixity (`infix operator`) comes before its keyword without being a modifier.
        let keyword = decl?.as(OperatorDeclSyntax.self)?.operatorKeyword ?? tokens.first { $0.position >= prefixEnd } ?? tokens.first
        let keywordPlace = positions.place(of: keyword?.positionAfterSkippingLeadingTrivia ?? statement.positionAfterSkippingLeadingTrivia)
        let firstLine = positions.place(of: firstCommentOrCode(statement)).line
        let lastLine = positions.place(of: statement.endPositionBeforeTrailingTrivia).line
        return Item(
            lines: firstLine..<(max(firstLine, lastLine) + 1),
            keyword: keyword?.text ?? "",
            attributes: attributes?.compactMap(attributeName) ?? [],
            modifiers: modifiers?.map(\.name.text) ?? [],
            identifiers: Set(tokens.compactMap(identifier)),
            declaredNames: decl?.as(VariableDeclSyntax.self).map(declaredNames) ?? [],
            keywordLine: keywordPlace.line,
            keywordColumn: keywordPlace.column
        )
    }

    /// Where the item's first comment starts (comments right before an item travel with it), else its first token.
    private static func firstCommentOrCode(_ statement: CodeBlockItemSyntax) -> AbsolutePosition {
        var offset = statement.position
        for piece in statement.leadingTrivia {
            if piece.isComment { return offset }
            offset += piece.sourceLength
        }
        return statement.positionAfterSkippingLeadingTrivia
    }

    private static func attributeName(_ element: AttributeListSyntax.Element) -> String? {
        guard case .attribute(let attribute) = element else { return nil }
        return attribute.attributeName.trimmedDescription
    }

    private static func identifier(_ token: TokenSyntax) -> String? {
        guard case .identifier(let name) = token.tokenKind else { return nil }
        return name.hasPrefix("`") && name.hasSuffix("`") && name.count > 1 ? String(name.dropFirst().dropLast()) : name
    }

    /// The names bound by `let`/`var` (`let a = 1, (b, c) = (2, 3)` binds `a`, `b`, `c`).
    private static func declaredNames(_ declaration: VariableDeclSyntax) -> [String] {
        declaration.bindings.flatMap { binding in
            binding.pattern.tokens(viewMode: .sourceAccurate).compactMap { token in
                token.parent?.is(IdentifierPatternSyntax.self) == true ? identifier(token) : nil
            }
        }
    }
}

/// Turns a UTF-8 offset into the parsed text (the lines joined with `\n`) back into a line index and
/// a column in characters, as the rest of the snippet runner counts them.
private struct LinePositions {
    let lines: [String]
    /// UTF-8 offset where each line starts.
    let starts: [Int]

    init(lines: [String]) {
        self.lines = lines
        var starts: [Int] = []
        var offset = 0
        for line in lines {
            starts.append(offset)
            offset += line.utf8.count + 1
        }
        self.starts = starts
    }

    func place(of position: AbsolutePosition) -> (line: Int, column: Int) {
        guard !lines.isEmpty else { return (0, 0) }
        let offset = position.utf8Offset
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let line = lines[low]
        let bytes = min(offset - starts[low], line.utf8.count)
        let index = line.utf8.index(line.utf8.startIndex, offsetBy: bytes)
        return (low, line.distance(from: line.startIndex, to: index))
    }
}
