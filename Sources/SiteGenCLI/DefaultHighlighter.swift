import SiteGen
import SwiftHighlighter

/// The highlighter `build` and `serve` pass to `SiteBuilder`: the built-in lexers (Python, shell,
/// JSON, YAML) with swift-syntax's classifier for Swift.
let defaultHighlighter: any SyntaxHighlighter = BuiltinHighlighter(fallback: SwiftSyntaxHighlighter())
