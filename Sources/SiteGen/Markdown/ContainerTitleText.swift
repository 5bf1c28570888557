/// The plain text of the titles our block layer writes as raw HTML (admonition titles, details
/// summaries, tab labels), for the search index: cmark sees them only as HTML blocks, so without
/// this a search for "Semáforos" would miss the admonition titled so.
enum ContainerTitleText {
    /// The elements whose text is a container title, by their opening tag's start.
    private static let openings = [#"<p class="admonition-title">"#, "<summary>", #"<label for="__tabbed_"#]

    /// The titles in one HTML block, tags removed and the five escapes decoded, in order.
    static func titles(inHTML html: String) -> [String] {
        guard openings.contains(where: { html.contains($0) }) else { return [] }
        var titles: [String] = []
        var rest = Substring(html)
        while let (opening, range) = openings.compactMap({ tag in rest.range(of: tag).map { (tag, $0) } })
            .min(by: { $0.1.lowerBound < $1.1.lowerBound }) {
            var contentStart = range.upperBound
            if opening.hasPrefix("<label"), let tagEnd = rest[contentStart...].firstIndex(of: ">") {
                contentStart = rest.index(after: tagEnd)
            }
            let closing = opening.hasPrefix("<p") ? "</p>" : opening == "<summary>" ? "</summary>" : "</label>"
            guard let end = rest[contentStart...].range(of: closing) else { break }
            let text = plainText(rest[contentStart..<end.lowerBound])
            if !text.isEmpty { titles.append(text) }
            rest = rest[end.upperBound...]
        }
        return titles
    }

    /// Inline HTML to text: tags dropped, `&amp; &lt; &gt; &quot; &#39;` decoded.
    private static func plainText(_ html: Substring) -> String {
        let entities: [(String, Character)] = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")]
        var text = ""
        var inTag = false
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
            } else if !inTag, character == "&", let (entity, plain) = entities.first(where: { html[index...].hasPrefix($0.0) }) {
                text.append(plain)
                index = html.index(index, offsetBy: entity.count)
                continue
            } else if !inTag {
                text.append(character)
            }
            index = html.index(after: index)
        }
        return text
    }
}
