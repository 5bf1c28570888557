/// The HTML of a fenced code block, in the shapes MkDocs with pymdown-extensions writes (so a
/// project's CSS keeps working) plus what our theme reads:
///
///     <div class="language-swift highlight" data-snippet="run"><span class="filename">main.swift</span><pre><span></span><code><span id="__span-0-1">…
///     </span></code></pre></div>
///
/// - `data-snippet` only on `swift` blocks: run|no_run|compile_fail|should_fail|ignore.
/// - a snippet the verification record lists (`verifiedBy`) ends with its badge:
///   `<span class="verified-badge" title="… (Swift 6.3.1)">verificado</span>`.
/// - line ids, anchors, `hll` lines and line numbers follow `CodeBlockStyle` (`HighlightedCodeHTML`).
/// - custom fences (`mermaid`, `math`) are written by their formatter (`CustomFence`).
/// - an `output` block is our "Salida" panel: the same shape, with class `output` and
///   `<span class="output-title">Salida</span>` before the `pre`.
///
/// Only visible code is shown: hidden snippet lines never reach the HTML.
struct CodeBlockRenderer {
    var strings: LocalizedStrings
    var highlighter: (any SyntaxHighlighter)?
    var style = CodeBlockStyle()

    /// The block's HTML. `number` counts the page's highlighted blocks (custom fences are not
    /// counted, as in pymdownx): it names line ids of blocks without an `#id`.
    func html(for block: CodeBlock, number: inout Int, verifiedBy tool: String? = nil) -> String {
        let info = block.info
        let code = Self.trimmingBlankEnds(block.visibleCode)
        if let fence = style.customFence(for: info.language) { return fence.html(code: code, info: info) }
        defer { number += 1 }
        let body = info.isOutput ? nil : info.language.flatMap { highlighter?.highlight(code, language: $0) }
        let escaped = body ?? HTMLEscaping.escape(code)
        let writer = HighlightedCodeHTML(
            style: style, blockName: info.elementID ?? String(number),
            snippetWord: info.isSwiftSnippet ? Self.snippetWord(info.mode) : nil,
            extraClass: info.isOutput ? "output" : nil, panelTitle: info.isOutput ? strings["output"] : nil,
            trailingHTML: tool.map { badge(tool: $0, compiled: !info.isPythonSnippet) } ?? "")
        if writer.needsLineMarkup(info) {
            return writer.html(lines: escaped.split(separator: "\n", omittingEmptySubsequences: false), info: info)
        }
        return writer.html(text: escaped, info: info)
    }

    /// The "verificado" badge, its title naming what verified the snippet (a Python one is run, not compiled).
    private func badge(tool: String, compiled: Bool) -> String {
        let title = HTMLEscaping.escape("\(strings[compiled ? "verifiedTitle" : "verifiedTitleRun"]) (\(tool))")
        return #"<span class="verified-badge" title="\#(title)">\#(HTMLEscaping.escape(strings["verified"]))</span>"#
    }

    /// An indented code block as pymdownx writes it: highlighted as text, no line ids.
    func htmlForIndented(code: String) -> String {
        var plain = style
        plain.lineSpans = nil
        plain.anchorLineNumbers = false
        let text = HTMLEscaping.escape(Self.trimmingBlankEnds(code))
        return HighlightedCodeHTML(style: plain, blockName: "")
            .html(lines: text.split(separator: "\n", omittingEmptySubsequences: false), info: CodeBlockInfo())
    }

    /// The code without leading and trailing empty lines (Pygments' `stripnl`).
    static func trimmingBlankEnds(_ code: String) -> String {
        guard code.utf8.first == UInt8(ascii: "\n") || code.utf8.last == UInt8(ascii: "\n") else { return code }
        var text = Substring(code)
        while text.first == "\n" { text.removeFirst() }
        while text.last == "\n" { text.removeLast() }
        return String(text)
    }

    /// The `data-snippet` word of a snippet mode.
    static func snippetWord(_ mode: CodeBlockInfo.SnippetMode) -> String {
        switch mode {
        case .run: "run"
        case .ignore: "ignore"
        case .noRun: "no_run"
        case .compileFail: "compile_fail"
        case .shouldFail: "should_fail"
        }
    }
}
