/// Accumulates highlighted HTML: escapes text and wraps tokens in `<span class="…">`, closing and
/// reopening a span at each newline so that no element crosses a line (what `SyntaxHighlighter` promises).
///
///     var writer = HighlightedHTMLWriter()
///     writer.append("def", as: .keyword)
///     writer.append(" f():\n")
///     writer.html // "<span class=\"k\">def</span> f():\n"
///
/// The HTML is kept as UTF-8 bytes and turned into a string once, when `html` is read: this is
/// the hot path of every highlighted block.
public struct HighlightedHTMLWriter: Sendable {
    private var bytes: [UInt8] = []

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The HTML written so far.
    public var html: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends `text` escaped; inside a span of `tokenClass` when given.
    public mutating func append(_ text: some StringProtocol, as tokenClass: TokenClass? = nil) {
        var text = String(text)
        text.withUTF8 { appendToken($0, as: tokenClass) }
    }

    /// Appends the scalars `scalars[range]` (what the hand-written lexers scan).
    /// Same output as `append(String(scalars[range]), as:)`, without the intermediate string.
    public mutating func append(_ scalars: [Unicode.Scalar], _ range: Range<Int>, as tokenClass: TokenClass? = nil) {
        var lineHasText = false
        for index in range {
            let scalar = scalars[index]
            if scalar == "\n" {
                if lineHasText, tokenClass != nil { appendClose() }
                bytes.append(10)
                lineHasText = false
                continue
            }
            if !lineHasText, let tokenClass { appendOpen(tokenClass) }
            lineHasText = true
            if scalar.isASCII {
                appendEscaped(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        if lineHasText, tokenClass != nil { appendClose() }
    }

    /// Appends UTF-8 `text` (what the swift-syntax highlighter slices out of the source), escaped,
    /// inside a span of `tokenClass` when given.
    public mutating func appendToken(_ text: UnsafeBufferPointer<UInt8>, as tokenClass: TokenClass? = nil) {
        guard let tokenClass else {
            for byte in text { appendEscaped(byte) }
            return
        }
        var lineHasText = false
        for byte in text {
            if byte == 10 {
                if lineHasText { appendClose() }
                bytes.append(10)
                lineHasText = false
                continue
            }
            if !lineHasText { appendOpen(tokenClass) }
            lineHasText = true
            appendEscaped(byte)
        }
        if lineHasText { appendClose() }
    }

    private static let close: StaticString = "</span>"

    /// `<span class="X">`.
    private mutating func appendOpen(_ tokenClass: TokenClass) {
        bytes.append(contentsOf: #"<span class=""#.utf8)
        bytes.append(contentsOf: tokenClass.rawValue.utf8)
        bytes.append(contentsOf: #"">"#.utf8)
    }

    private mutating func appendClose() {
        Self.close.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    @inline(__always)
    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
        default: bytes.append(byte)
        }
    }
}
