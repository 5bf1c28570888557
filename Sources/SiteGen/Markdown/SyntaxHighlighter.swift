/// The seam for build-time syntax highlighting.
///
/// An implementation returns escaped HTML with `<span class="…">` tokens, one output line per
/// source line, and no element spanning a newline (so line numbers and `hl_lines` can wrap lines),
/// or `nil` when it does not handle `language` (the block is then shown escaped, unhighlighted).
public protocol SyntaxHighlighter: Sendable {
    func highlight(_ code: String, language: String) -> String?
}
