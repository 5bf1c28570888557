/// Writes a highlighted code block in pymdownx.highlight's shape (measured on pymdown-extensions
/// 13.1 with Pygments), so a project's CSS for Material keeps applying. With Material's settings:
///
///     <div class="language-python highlight"><span class="filename">a.py</span><pre><span></span><code><span id="__span-0-1"><a id="__codelineno-0-1" name="__codelineno-0-1" href="#__codelineno-0-1"></a>x = 1
///     </span><span id="__span-0-2"><a id="__codelineno-0-2" name="__codelineno-0-2" href="#__codelineno-0-2"></a><span class="hll">y = 2
///     </span></span></code></pre></div>
///
/// `0` is the block's number on the page (or its `#id`); line numbers with the table style put
/// the numbers in `<td class="linenos">` and the title in a `<th class="filename">` row.
struct HighlightedCodeHTML {
    var style: CodeBlockStyle
    /// What names the block's line ids: its `#id`, else its number among the page's highlighted blocks.
    var blockName: String
    /// `data-snippet` word (Swift snippets only): our theme's badges read it.
    var snippetWord: String?
    /// Extra class on the outer `div` (`output` for our "Salida" panels).
    var extraClass: String?
    /// A label shown in place of the title, in `<span class="output-title">` (the "Salida" panel).
    var panelTitle: String?
    /// HTML put last inside the block (the "verificado" badge of a verified snippet).
    var trailingHTML = ""

    /// The block for `lines` (escaped HTML, one entry per line, no newlines) described by `info`.
    func html(lines: [Substring], info: CodeBlockInfo) -> String {
        var html = openingTag(info)
        let numbered = info.lineNumberStart != nil
        let table = numbered && style.lineNumberStyle == .table
        let title = info.title.map { #"<span class="filename">\#(HTMLEscaping.escape($0))</span>"# }
        if let panelTitle { html += #"<span class="output-title">\#(HTMLEscaping.escape(panelTitle))</span>"# }
        if table {
            html += #"<table class="highlighttable">"#
            if let title { html += #"<tr><th colspan="2" class="filename">\#(title)</th></tr>"# }
            html += #"<tr><td class="linenos"><div class="linenodiv"><pre><span></span>"#
            html += numberColumn(count: lines.count, start: info.lineNumberStart ?? 1)
            html += #"</pre></div></td><td class="code"><div><pre><span></span><code>"#
            html += codeLines(lines, info: info)
            return html + "</code></pre></div></td></tr></table>" + trailingHTML + "</div>"
        }
        if let title { html += title }
        return html + "<pre><span></span><code>" + codeLines(lines, info: info) + "</code></pre>" + trailingHTML + "</div>"
    }

    /// True when lines need markup of their own (spans, anchors, highlighted lines, numbers);
    /// otherwise the block is its text as it is (`html(text:info:)`).
    func needsLineMarkup(_ info: CodeBlockInfo) -> Bool {
        style.lineSpans != nil || style.anchorLineNumbers || info.lineNumberStart != nil || !info.highlightedLines.isEmpty
    }

    /// The block for `text` (escaped HTML) when no line needs markup: the same HTML as
    /// `html(lines:info:)` gives, without cutting the text into lines.
    func html(text: String, info: CodeBlockInfo) -> String {
        var html = openingTag(info)
        if let panelTitle { html += #"<span class="output-title">\#(HTMLEscaping.escape(panelTitle))</span>"# }
        if let title = info.title { html += #"<span class="filename">\#(HTMLEscaping.escape(title))</span>"# }
        html.reserveCapacity(html.utf8.count + text.utf8.count + 48)
        html += "<pre><span></span><code>"
        html += text
        return html + "\n</code></pre>" + trailingHTML + "</div>"
    }

    /// `<div id class attributes data-snippet>`, in pymdownx's order.
    private func openingTag(_ info: CodeBlockInfo) -> String {
        var classes: [String] = []
        if style.languageClass { classes.append("language-" + (info.languageAsWritten ?? "text")) }
        classes += info.classes
        classes.append("highlight")
        if let extraClass { classes.append(extraClass) }
        var tag = "<div"
        if let id = info.elementID { tag += #" id="\#(HTMLEscaping.escape(id))""# }
        tag += #" class="\#(HTMLEscaping.escape(classes.joined(separator: " ")))""#
        for attribute in info.attributes {
            tag += #" \#(attribute.name)="\#(HTMLEscaping.escape(attribute.value))""#
        }
        if let snippetWord { tag += #" data-snippet="\#(snippetWord)""# }
        return tag + ">"
    }

    /// The table's left column: one `<span class="normal">N</span>` per line, numbers right-aligned.
    private func numberColumn(count: Int, start: Int) -> String {
        let width = String(start + count - 1).count
        return (0..<count).map { offset in
            let number = start + offset
            let padded = Self.padded(number, width: width)
            let text = style.anchorLineNumbers ? ##"<a href="#\##(anchor(number))">\##(padded)</a>"## : padded
            return #"<span class="normal">\#(text)</span>"#
        }.joined(separator: "\n")
    }

    /// Every line followed by its newline, wrapped as the settings ask (line span, anchor,
    /// highlighted-line span, inline number), innermost last.
    private func codeLines(_ lines: [Substring], info: CodeBlockInfo) -> String {
        let start = info.lineNumberStart ?? 1
        let numbered = info.lineNumberStart != nil
        let width = String(start + lines.count - 1).count
        var html = ""
        html.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 16 })
        for (offset, line) in lines.enumerated() {
            let number = start + offset
            if let prefix = style.lineSpans { html += #"<span id="\#(prefix)-\#(blockName)-\#(number)">"# }
            if style.anchorLineNumbers {
                let name = anchor(number)
                let link = numbered ? "" : ##" href="#\##(name)""##
                html += #"<a id="\#(name)" name="\#(name)"\#(link)></a>"#
            }
            let highlighted = info.highlightedLines.contains(offset + 1)
            if highlighted { html += #"<span class="hll">"# }
            if numbered { html += inlineNumber(number, width: width) }
            html += line
            html += "\n"
            if highlighted { html += "</span>" }
            if style.lineSpans != nil { html += "</span>" }
        }
        return html
    }

    /// The number at the start of a line for the inline styles ("" for the table style).
    private func inlineNumber(_ number: Int, width: Int) -> String {
        let padded = Self.padded(number, width: width)
        let span: String
        switch style.lineNumberStyle {
        case .table: return ""
        case .inline: span = #"<span class="linenos">\#(padded)</span>"#
        case .pymdownxInline: span = #"<span class="linenos" data-linenos="\#(padded) "></span>"#
        }
        return style.anchorLineNumbers ? ##"<a href="#\##(anchor(number))">\##(span)</a>"## : span
    }

    private func anchor(_ number: Int) -> String { "__codelineno-\(blockName)-\(number)" }

    private static func padded(_ number: Int, width: Int) -> String {
        let text = String(number)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
