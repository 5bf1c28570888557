/// The highlighters sitegen ships without extra dependencies (Python, shell, JSON, YAML, Markdown),
/// falling through to `fallback` (the CLI passes the swift-syntax one) for other languages.
///
///     let highlighter = BuiltinHighlighter(fallback: SwiftSyntaxHighlighter())
///     highlighter.highlight("x = 1  # uno", language: "python")
///     // "x = <span class=\"n\">1</span>  <span class=\"c\"># uno</span>"
public struct BuiltinHighlighter: SyntaxHighlighter {
    public var fallback: (any SyntaxHighlighter)?

    public init(fallback: (any SyntaxHighlighter)? = nil) {
        self.fallback = fallback
    }

    /// The language a fence's word names, when a built-in lexer handles it (`py` → `.python`).
    enum Language {
        case python, shell, json, yaml, markdown

        init?(fenceWord: String) {
            switch fenceWord.lowercased() {
            case "python", "py", "python3", "py3", "pycon": self = .python
            case "sh", "bash", "shell", "console", "zsh", "shell-session", "terminal": self = .shell
            case "json", "jsonc", "json5": self = .json
            case "yaml", "yml": self = .yaml
            case "markdown", "md": self = .markdown
            default: return nil
            }
        }
    }

    public func highlight(_ code: String, language: String) -> String? {
        switch Language(fenceWord: language) {
        case .python: PythonLexer.highlight(code)
        case .shell: ShellLexer.highlight(code)
        case .json: JSONLexer.highlight(code)
        case .yaml: YAMLLexer.highlight(code)
        case .markdown: MarkdownLexer.highlight(code)
        case nil: fallback?.highlight(code, language: language)
        }
    }
}
