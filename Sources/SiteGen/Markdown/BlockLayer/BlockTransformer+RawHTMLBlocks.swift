/// Raw HTML blocks as Python-Markdown ends them (MkDocs projects): at the closing tag of the
/// element that started the block, counting nested elements of the same name. CommonMark ends
/// them at a blank line, so `</div>` followed at once by Markdown would keep that Markdown raw;
/// a blank line after the closing tag makes cmark end the block there too.
extension BlockTransformer {
    /// The tags Python-Markdown starts a raw HTML block with.
    static let blockLevelTags: Set<String> = [
        "address", "article", "aside", "blockquote", "details", "dialog", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul", "li", "canvas", "noscript", "script",
        "style", "video", "audio", "iframe", "object", "embed", "center",
    ]

    /// Follows the raw element this line opens, continues or closes; after its closing line, a blank line.
    mutating func endRawHTMLBlockIfClosed(_ text: ArraySlice<UInt8>, startsBlock: Bool) {
        guard pythonMarkdown else { return }
        if rawHTML == nil {
            guard startsBlock, let name = Self.openingBlockTag(text) else { return }
            rawHTML = HTMLRegion(name: name, depth: 0, frameDepth: frames.count)
        }
        guard var region = rawHTML, text.contains(UInt8(ascii: "<")) else { return }
        if region.frameDepth != frames.count { rawHTML = nil; return }
        let line = String(decoding: text, as: UTF8.self)
        let (closeAt, depth) = HTMLTagLine.closing(of: region.name, in: line, depth: region.depth)
        if closeAt != nil || depth <= 0 {
            rawHTML = nil
            emitSynthetic([""], indent: 0)
        } else {
            region.depth = depth
            rawHTML = region
        }
    }

    /// The name of a block-level tag opening at the start of `text`.
    private static func openingBlockTag(_ text: ArraySlice<UInt8>) -> String? {
        let content = text.drop(while: { $0 == 0x20 || $0 == 0x09 })
        guard content.first == UInt8(ascii: "<") else { return nil }
        let name = String(decoding: content.dropFirst().prefix(while: { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }), as: UTF8.self).lowercased()
        guard blockLevelTags.contains(name), let after = content.dropFirst(1 + name.utf8.count).first,
              after == UInt8(ascii: ">") || after == 0x20 || after == 0x09 || after == UInt8(ascii: "/") else { return nil }
        return name
    }
}
