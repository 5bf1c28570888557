/// Footnotes in Python-Markdown's shape instead of cmark-gfm's, so links to `#fn:1` from other
/// pages and a project's CSS keep working:
///
///     <sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>
///     <div class="footnote">
///     <hr />
///     <ol>
///     <li id="fn:1">
///     <p>Text&#160;<a class="footnote-backref" href="#fnref:1" title="…">&#8617;</a></p>
///     </li>
///     </ol>
///     </div>
enum FootnoteShape {
    /// Rewrites cmark-gfm's footnote HTML in `html`; `backTitle` is the localized "Jump back to footnote %d".
    static func rewrite(_ html: String, backTitle: String) -> String {
        guard html.containsBytes("data-footnote-ref") else { return html }
        var output = ""
        output.reserveCapacity(html.utf8.count)
        var rest = Substring(html)
        var number = 0
        var currentLabel: Substring = ""
        while let start = rest.firstIndex(of: "<") {
            output += rest[..<start]
            rest = rest[start...]
            if rest.hasPrefix("<sup class=\"footnote-ref\"><a href=\"#fn-"), let end = rest.range(of: "</a></sup>") {
                let tag = rest[..<end.upperBound]
                let label = between(tag, "href=\"#fn-", "\"")
                let referenceID = between(tag, "id=\"fnref-", "\"")
                let shown = between(tag, "data-footnote-ref>", "</a>")
                output += "<sup id=\"\(referenceName(referenceID, label: label))\"><a class=\"footnote-ref\" href=\"#fn:\(label)\">\(shown)</a></sup>"
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("<section class=\"footnotes\" data-footnotes>") {
                output += "<div class=\"footnote\">\n<hr />"
                rest = rest.dropFirst("<section class=\"footnotes\" data-footnotes>".count)
            } else if rest.hasPrefix("</section>") {
                output += "</div>"
                rest = rest.dropFirst("</section>".count)
            } else if rest.hasPrefix("<li id=\"fn-") {
                number += 1
                output += "<li id=\"fn:"
                rest = rest.dropFirst("<li id=\"fn-".count)
                currentLabel = rest.prefix(while: { $0 != "\"" })
            } else if rest.hasPrefix("<a href=\"#fnref-"), let end = rest.range(of: "</a>") {
                let tag = rest[..<end.upperBound]
                let referenceID = between(tag, "href=\"#fnref-", "\"")
                let label = currentLabel
                let title = backTitle.replacingOccurrences(of: "%d", with: String(number))
                if output.hasSuffix(" ") { output.removeLast() }
                output += "&#160;<a class=\"footnote-backref\" href=\"#\(referenceName(referenceID, label: label))\" title=\"\(title)\">&#8617;</a>"
                rest = rest[end.upperBound...]
            } else {
                output += "<"
                rest = rest.dropFirst()
            }
        }
        return output + rest
    }

    /// cmark names the second reference to a note `fnref-x-2`; Python-Markdown names it `fnref2:x`.
    private static func referenceName(_ cmarkID: Substring, label: Substring) -> String {
        let suffix = cmarkID.dropFirst(label.count)
        if suffix.hasPrefix("-"), let repeatNumber = Int(suffix.dropFirst()) { return "fnref\(repeatNumber):\(label)" }
        return "fnref:\(label)"
    }

    private static func between(_ text: Substring, _ open: String, _ close: String) -> Substring {
        guard let start = text.range(of: open) else { return "" }
        let after = text[start.upperBound...]
        guard let end = after.range(of: close) else { return after }
        return after[..<end.lowerBound]
    }
}
