import SiteGen
import SwiftIDEUtils
import SwiftParser
import SwiftSyntax

/// Highlights Swift exactly as the compiler reads it, using swift-syntax's parser and the
/// SwiftIDEUtils classifier, and adds what the classifier leaves as plain identifiers: the names
/// declared by `func`/`struct`/`class`… and the functions being called.
///
///     let builder = SiteBuilder(options: options, highlighter: BuiltinHighlighter(fallback: SwiftSyntaxHighlighter()))
///
/// Handles the fence words `swift` and `swift-*` only; code that does not parse is still classified
/// token by token (the parser recovers), so the output always covers every character.
public struct SwiftSyntaxHighlighter: SyntaxHighlighter {
    public init() {}

    public func highlight(_ code: String, language: String) -> String? {
        guard language.lowercased() == "swift" else { return nil }
        let tree = Parser.parse(source: code)
        let bytes = Array(code.utf8)
        let names = DeclaredAndCalledNames(viewMode: .sourceAccurate)
        names.walk(tree)
        var writer = HighlightedHTMLWriter(capacity: bytes.count * 2)
        var written = 0
        for classified in tree.classifications {
            let start = classified.range.lowerBound.utf8Offset
            let end = min(classified.range.upperBound.utf8Offset, bytes.count)
            guard start >= written, start < end else { continue }
            let tokenClass = classified.kind == .identifier ? names.classes[start] : Self.tokenClass(classified.kind)
            bytes.withUnsafeBufferPointer { writer.appendToken(UnsafeBufferPointer(rebasing: $0[start..<end]), as: tokenClass) }
            written = end
        }
        if written < bytes.count {
            bytes.withUnsafeBufferPointer { writer.appendToken(UnsafeBufferPointer(rebasing: $0[written...])) }
        }
        return writer.html
    }

    /// The CSS token class for a classifier kind (`nil`: unstyled).
    static func tokenClass(_ kind: SyntaxClassification) -> TokenClass? {
        switch kind {
        case .keyword: .keyword
        case .attribute, .ifConfigDirective: .attribute
        case .lineComment, .blockComment, .docLineComment, .docBlockComment: .comment
        case .stringLiteral, .regexLiteral: .string
        case .integerLiteral, .floatLiteral: .number
        case .type: .type
        case .dollarIdentifier, .editorPlaceholder: .variable
        case .operator: .operator
        case .argumentLabel: .property
        case .identifier, .none: nil
        @unknown default: nil
        }
    }
}
