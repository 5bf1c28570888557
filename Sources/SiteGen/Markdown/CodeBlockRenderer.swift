/// The HTML of a fenced code block. The theme styles this shape; keep it stable:
///
///     <div class="codeblock" data-lang="swift" data-snippet="run">   data-snippet only on swift blocks:
///     <div class="codeblock-title">main.swift</div>                 run|no_run|compile_fail|should_fail|ignore;
///     <pre class="highlight"><code class="language-swift">…</code></pre>     title only with title="…"
///     </div>
///
/// With `linenums` or `hl_lines`, `pre` also has class `linenums` and every line is wrapped in
/// `<span class="line" data-line="N">…</span>` (`line hll` on highlighted lines).
/// An `output` block is a panel titled with the localized "Salida":
///
///     <div class="codeblock output">
///     <div class="codeblock-title">Salida</div>
///     <pre><code>…</code></pre>
///     </div>
///
/// Only visible code is shown: hidden snippet lines never reach the HTML.
struct CodeBlockRenderer {
    var strings: LocalizedStrings
    var highlighter: (any SyntaxHighlighter)?

    func html(for block: CodeBlock) -> String {
        let info = block.info
        let code = block.visibleCode
        if info.isOutput {
            return #"<div class="codeblock output">"# + "\n"
                + #"<div class="codeblock-title">\#(HTMLEscaping.escape(strings["output"]))</div>"# + "\n"
                + "<pre><code>\(lines(of: HTMLEscaping.escape(code), info: info))</code></pre>\n</div>"
        }
        var open = #"<div class="codeblock""#
        if let language = info.language { open += #" data-lang="\#(HTMLEscaping.escape(language))""# }
        if info.isSwiftSnippet { open += #" data-snippet="\#(Self.snippetWord(info.mode))""# }
        var html = open + ">\n"
        if let title = info.title { html += #"<div class="codeblock-title">\#(HTMLEscaping.escape(title))</div>"# + "\n" }
        let numbered = info.lineNumberStart != nil || !info.highlightedLines.isEmpty
        let body = info.language.flatMap { highlighter?.highlight(code, language: $0) } ?? HTMLEscaping.escape(code)
        let codeClass = info.language.map { #" class="language-\#(HTMLEscaping.escape($0))""# } ?? ""
        html += #"<pre class="highlight\#(numbered ? " linenums" : "")"><code\#(codeClass)>"#
        html += lines(of: body, info: info) + "</code></pre>\n</div>"
        return html
    }

    /// The code's lines, each followed by a newline; wrapped in line spans when numbered or highlighted.
    private func lines(of body: String, info: CodeBlockInfo) -> String {
        guard !body.isEmpty else { return "" }
        var result = ""
        result.reserveCapacity(body.utf8.count + 16)
        let numbered = info.lineNumberStart != nil || !info.highlightedLines.isEmpty
        let start = info.lineNumberStart ?? 1
        guard numbered else { return body + "\n" }
        for (offset, line) in body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let highlighted = info.highlightedLines.contains(offset + 1) ? " hll" : ""
            result += #"<span class="line\#(highlighted)" data-line="\#(start + offset)">"#
            result += Substring(line)
            result += "</span>\n"
        }
        return result
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
