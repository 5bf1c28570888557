/// How fenced and inline code render: the settings of pymdownx.highlight, superfences and
/// inlinehilite that a MkDocs project writes under `markdown_extensions:`, so the HTML has the
/// shape the project's CSS (and Material's) expects.
///
/// The defaults are Material for MkDocs' recommended set-up ("Code blocks" page):
///
///     pymdownx.highlight: {anchor_linenums: true, line_spans: __span, pygments_lang_class: true}
///     pymdownx.superfences: {custom_fences: [{name: mermaid, class: mermaid, format: fence_code_format}]}
///     pymdownx.inlinehilite
///
/// A project with `linenums_style: pymdownx-inline` (typer) sets `lineNumberStyle = .pymdownxInline`.
public struct CodeBlockStyle: Sendable, Hashable {
    /// pymdownx.highlight's `linenums_style`.
    public enum LineNumberStyle: String, Sendable, Hashable {
        /// A two-column table: numbers on the left (`td.linenos`), code on the right.
        case table
        /// `<span class="linenos">N</span>` at the start of each line.
        case inline
        /// `<span class="linenos" data-linenos="N "></span>`: the number comes from CSS, so copying skips it.
        case pymdownxInline = "pymdownx-inline"
    }

    /// `pygments_lang_class`: the outer `div` gets `language-X` (`language-text` with no language).
    public var languageClass = true
    /// `line_spans`: every line wrapped in `<span id="PREFIX-BLOCK-LINE">`; `nil` for none.
    public var lineSpans: String? = "__span"
    /// `anchor_linenums`: an `<a id="__codelineno-BLOCK-LINE">` anchor on every line.
    public var anchorLineNumbers = true
    /// `linenums_style`.
    public var lineNumberStyle: LineNumberStyle = .table
    /// superfences' `custom_fences`, by fence language.
    public var customFences: [CustomFence] = [.mermaid]
    /// pymdownx.inlinehilite: `` `#!python x` `` is highlighted inline code.
    public var inlineHilite = true

    public init() {}

    /// A `sitegen.yml` project's code: Material's classes and custom fences, without a span and an
    /// anchor around every line (what Material's line linking needs and this theme does not use:
    /// a third of the bytes of a code-heavy page, and of the time to write them).
    public static let sitegen: CodeBlockStyle = {
        var style = CodeBlockStyle()
        style.lineSpans = nil
        style.anchorLineNumbers = false
        return style
    }()

    /// The custom fence for `language` (compared ignoring case, as superfences does), if any.
    func customFence(for language: String?) -> CustomFence? {
        guard let language else { return nil }
        return customFences.first { $0.name.lowercased() == language }
    }
}
