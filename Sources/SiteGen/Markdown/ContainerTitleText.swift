/// The plain text of the titles our block layer writes as raw HTML (admonition titles, details
/// summaries, tab labels), for the search index: cmark sees them only as HTML blocks, so without
/// this a search for "Semáforos" would miss the admonition titled so.
///
/// Every HTML block of every page passes through here, so it works on UTF-8 bytes (from
/// one `<` to the next) rather than with Foundation's string search.
enum ContainerTitleText {
    /// Each title element: its opening tag (up to where the text starts or, for labels, up to the
    /// attribute value that identifies them) and its closing tag.
    private static let elements: [(opening: [UInt8], closing: [UInt8], skipToTagEnd: Bool)] = [
        (Array(#"<p class="admonition-title">"#.utf8), Array("</p>".utf8), false),
        (Array("<summary>".utf8), Array("</summary>".utf8), false),
        (Array(#"<label for="__tabbed_"#.utf8), Array("</label>".utf8), true),
    ]

    /// The titles in one HTML block, tags removed and the five escapes decoded, in order.
    static func titles(inHTML html: String) -> [String] {
        var html = html
        return html.withUTF8 { bytes in
            var titles: [String] = []
            var index = 0
            while let open = bytes.firstIndex(of: UInt8(ascii: "<"), from: index) {
                index = open + 1
                guard let element = elements.first(where: { bytes.hasPrefix($0.opening, at: open) }) else { continue }
                var contentStart = open + element.opening.count
                if element.skipToTagEnd {
                    while contentStart < bytes.count, bytes[contentStart] != UInt8(ascii: ">") { contentStart += 1 }
                    contentStart += 1
                }
                guard let close = bytes.firstIndex(of: element.closing, from: contentStart) else { break }
                let text = plainText(UnsafeBufferPointer(rebasing: bytes[contentStart..<close]))
                if !text.isEmpty { titles.append(text) }
                index = close + element.closing.count
            }
            return titles
        }
    }

    /// Inline HTML to text: tags dropped, `&amp; &lt; &gt; &quot; &#39;` decoded.
    private static func plainText(_ html: UnsafeBufferPointer<UInt8>) -> String {
        let entities: [([UInt8], UInt8)] = [
            (Array("&amp;".utf8), UInt8(ascii: "&")), (Array("&lt;".utf8), UInt8(ascii: "<")),
            (Array("&gt;".utf8), UInt8(ascii: ">")), (Array("&quot;".utf8), UInt8(ascii: "\"")),
            (Array("&#39;".utf8), UInt8(ascii: "'")),
        ]
        var text: [UInt8] = []
        var inTag = false
        var index = 0
        while index < html.count {
            let byte = html[index]
            if byte == UInt8(ascii: "<") {
                inTag = true
            } else if byte == UInt8(ascii: ">") {
                inTag = false
            } else if !inTag {
                if byte == UInt8(ascii: "&"), let (entity, plain) = entities.first(where: { html.hasPrefix($0.0, at: index) }) {
                    text.append(plain)
                    index += entity.count
                    continue
                }
                text.append(byte)
            }
            index += 1
        }
        return String(decoding: text, as: UTF8.self)
    }
}
