/// `md_in_html`: an HTML element whose opening tag has a `markdown` attribute holds Markdown.
///
///     <div class="grid cards" markdown>          <div class="grid cards">
///     - Uno                              →
///     </div>                                     - Uno            (a list, for cmark)
///
///                                                </div>
///
/// The opening and closing tags become HTML lines of their own, set apart by blank lines, so
/// cmark ends its HTML block at the tag and parses what is between as Markdown; the `markdown`
/// attribute is dropped (except inside our containers, where MkDocs keeps it). Elements of the same name nested inside are counted, so the right
/// closing tag ends the element. `markdown="span"` on a one-line element renders inline Markdown.
struct HTMLRegion {
    var name: String
    var depth: Int
    var frameDepth: Int
    /// Columns every content line loses: their common indentation (Python-Markdown dedents the
    /// element's content before parsing it).
    var dedent = 0
}

extension BlockTransformer {
    /// Extra columns to remove from lines inside the innermost `markdown` element.
    var regionDedent: Int {
        guard let region = htmlRegions.last, region.frameDepth == frames.count else { return 0 }
        return region.dedent
    }

    /// The common indentation of the element's content lines, from the line after its opening
    /// tag to its closing tag, relative to the tag.
    func contentIndent(of name: String, tagIndent: Int) -> Int {
        var next = lineIndex + 1
        var depth = 1
        var common = Int.max
        while next < source.lines.count, next - lineIndex < 2000 {
            let line = source.line(next)
            let (width, start) = LineScan.indentation(of: line)
            if start < line.endIndex {
                let text = String(decoding: line[start...], as: UTF8.self)
                let (closeAt, left) = HTMLTagLine.closing(of: name, in: text, depth: depth)
                if closeAt != nil, text.hasPrefix("</") { break }
                depth = left
                common = min(common, width - 4 * topIndentedDepth - tagIndent)
                if closeAt != nil { break }
            }
            next += 1
        }
        return common == Int.max ? 0 : max(0, common)
    }

    /// Handles `content` when it opens or closes a `markdown` element; false when it is another line.
    mutating func handleHTMLLine(_ content: ArraySlice<UInt8>, emitIndent: Int) -> Bool {
        while let region = htmlRegions.last, region.frameDepth > frames.count { htmlRegions.removeLast() }
        if let opening = HTMLTagLine.opening(content) {
            openHTMLRegion(opening, emitIndent: emitIndent)
            return true
        }
        guard let region = htmlRegions.last, content.contains(UInt8(ascii: "<")) else { return false }
        let text = String(decoding: content, as: UTF8.self)
        let (closeAt, depth) = HTMLTagLine.closing(of: region.name, in: text, depth: region.depth)
        guard let closeAt else {
            htmlRegions[htmlRegions.count - 1].depth = depth
            // A nested raw element ends here: Python-Markdown goes back to Markdown after it, so
            // end cmark's HTML block too.
            guard text.hasPrefix("</"), text.trimmingCharacters(in: .whitespaces).hasSuffix(">") else { return false }
            emitSynthetic([text.trimmingCharacters(in: .whitespaces), ""], indent: emitIndent)
            return true
        }
        let before = text[..<closeAt].trimmingCharacters(in: .whitespaces)
        let closeEnd = text[closeAt...].firstIndex(of: ">").map { text.index(after: $0) } ?? text.endIndex
        let after = text[closeEnd...].trimmingCharacters(in: .whitespaces)
        if !before.isEmpty { emitSynthetic([before], indent: emitIndent) }
        htmlRegions.removeLast()
        emitSynthetic(["", "</\(region.name)>", ""], indent: emitIndent)
        if !after.isEmpty { emitSynthetic([after], indent: emitIndent) }
        if !frames.isEmpty { frames[frames.count - 1].hasBody = true }
        return true
    }

    private mutating func openHTMLRegion(_ found: HTMLTagLine.Opening, emitIndent: Int) {
        var opening = found
        if !frames.isEmpty {
            frames[frames.count - 1].hasBody = true
            // Inside tabs, admonitions and details Python-Markdown renders the content but leaves
            // the attribute on the tag; so do we, so a project's CSS sees the same element.
            opening.tag = opening.original
        }
        let (closeAt, _) = HTMLTagLine.closing(of: opening.name, in: opening.rest, depth: 1)
        if let closeAt {
            // The whole element on one line.
            let inner = String(opening.rest[..<closeAt])
            let closeEnd = opening.rest[closeAt...].firstIndex(of: ">").map { opening.rest.index(after: $0) } ?? opening.rest.endIndex
            let tail = String(opening.rest[closeEnd...]).trimmingCharacters(in: .whitespaces)
            if opening.isSpan {
                emitSynthetic(["", opening.tag + renderInline(inner.trimmingCharacters(in: .whitespaces)) + "</\(opening.name)>", ""],
                              indent: emitIndent)
            } else {
                emitSynthetic(["", opening.tag, "", inner.trimmingCharacters(in: .whitespaces), "", "</\(opening.name)>", ""],
                              indent: emitIndent)
            }
            if !tail.isEmpty { emitSynthetic([tail], indent: emitIndent) }
            return
        }
        emitSynthetic(["", opening.tag, ""], indent: emitIndent)
        let rest = opening.rest.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { emitSynthetic([rest], indent: emitIndent) }
        let tagIndent = LineScan.indentation(of: source.line(lineIndex)).width - 4 * topIndentedDepth
        htmlRegions.append(HTMLRegion(name: opening.name, depth: 1, frameDepth: frames.count,
                                      dedent: contentIndent(of: opening.name, tagIndent: tagIndent)))
    }
}
