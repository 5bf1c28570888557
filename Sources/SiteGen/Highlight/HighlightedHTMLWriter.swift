/// Accumulates highlighted HTML: escapes text and wraps tokens in `<span class="…">`, closing and
/// reopening a span at each newline so that no element crosses a line (what `SyntaxHighlighter` promises).
///
///     var writer = HighlightedHTMLWriter()
///     writer.append("def", as: .keyword)
///     writer.append(" f():\n")
///     writer.html // "<span class=\"k\">def</span> f():\n"
public struct HighlightedHTMLWriter: Sendable {
    /// The HTML written so far.
    public private(set) var html = ""

    public init(capacity: Int = 0) {
        html.reserveCapacity(capacity)
    }

    /// Appends `text` escaped; inside a span of `tokenClass` when given.
    public mutating func append(_ text: some StringProtocol, as tokenClass: TokenClass? = nil) {
        guard let tokenClass else {
            appendEscaped(text)
            return
        }
        var first = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { html.append("\n") }
            first = false
            guard !line.isEmpty else { continue }
            html.append("<span class=\"\(tokenClass.rawValue)\">")
            appendEscaped(line)
            html.append("</span>")
        }
    }

    /// Appends the scalars `scalars[range]` (what the hand-written lexers scan).
    /// Same output as `append(String(scalars[range]), as:)`, written as UTF-8 bytes in one pass
    /// (no intermediate strings: this is the hot path of every highlighted block).
    public mutating func append(_ scalars: [Unicode.Scalar], _ range: Range<Int>, as tokenClass: TokenClass? = nil) {
        let open = tokenClass.map { Array("<span class=\"\($0.rawValue)\">".utf8) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count + (open?.count ?? 0) + 8)
        var lineHasText = false
        for index in range {
            let scalar = scalars[index]
            if scalar == "\n" {
                if lineHasText, open != nil { bytes += "</span>".utf8 }
                bytes.append(10)
                lineHasText = false
                continue
            }
            if !lineHasText, let open { bytes += open }
            lineHasText = true
            switch scalar {
            case "&": bytes += "&amp;".utf8
            case "<": bytes += "&lt;".utf8
            case ">": bytes += "&gt;".utf8
            default:
                if scalar.isASCII { bytes.append(UInt8(truncatingIfNeeded: scalar.value)) } else { bytes += UTF8.encode(scalar)! }
            }
        }
        if lineHasText, open != nil { bytes += "</span>".utf8 }
        html += String(decoding: bytes, as: UTF8.self)
    }

    private mutating func appendEscaped(_ text: some StringProtocol) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": html.append("&amp;")
            case "<": html.append("&lt;")
            case ">": html.append("&gt;")
            default: html.unicodeScalars.append(scalar)
            }
        }
    }
}
