/// Our block layer: turns a page in the MkDocs-Material dialect into one CommonMark document in
/// which every container (admonition, details, tab set, tab, pymdownx block) is a pair of raw
/// HTML lines around its dedented body, so cmark parses the page once (reference links and
/// footnotes work across containers) and every line maps back to the page.
///
/// The scan is a single pass with explicit stacks (containers, lists, the open fence): nesting
/// depth costs no Swift recursion. Lines inside fenced code are never read as markers.
struct BlockTransformer {
    /// The result: text for cmark, line origins, and problems found.
    struct Output {
        var document: TransformedDocument
        var text: String
        var diagnostics: [Diagnostic]
    }

    /// An open fenced code block.
    struct OpenFence {
        var character: UInt8
        var length: Int
        /// Number of frames open when it started.
        var frameDepth: Int
        /// Content column of the list item holding it (0 outside lists).
        var listBase: Int
        /// Columns before the opening fence in the dedented text: a synthetic closing fence goes
        /// there, inside whatever Markdown container (a list item) holds the opening one.
        var indent: Int
        var location: SourceLocation
        /// 0-based page line of the opening fence.
        var lineIndex: Int
    }

    /// An open list item: its content column in the dedented text. It stays the base column inside
    /// containers opened in the item: their bodies are dedented by exactly the container's own
    /// indentation, which lies past the item's content column, so cmark still sees them in the item.
    struct OpenList {
        var contentColumn: Int
        var frameDepth: Int
        /// Where the item's marker starts (`contentColumn` for a definition).
        var markerColumn: Int
    }

    let source: NormalizedSource
    let file: String
    let firstLine: Int
    let strings: LocalizedStrings
    /// Renders a title or label (inline Markdown) to HTML.
    let renderInline: (String) -> String

    var document: TransformedDocument
    var diagnostics: [Diagnostic] = []
    var frames: [BlockFrame] = []
    var lists: [OpenList] = []
    var fence: OpenFence?
    var containerCount: Int32 = 0
    var tabSetCount = 0
    var lineIndex = 0
    /// Opening fences (page lines) that never close: read as text, as Python-Markdown reads them.
    var literalFenceLines: Set<Int> = []
    /// Fences found open at the end of their container or page, in order.
    var unclosedFences: [OpenFence] = []
    /// What the page's extensions turn on in the block layer.
    var features = BlockFeatures()
    var markdownInHTML: Bool { features.markdownInHTML }
    var syntaxes: BlockSyntaxes { features.syntaxes }
    var displayMath: Bool { features.displayMath }
    /// Display math being read.
    var math: OpenMath?
    var tables: Bool { features.tables }
    /// The line before this one was a table row (or its header).
    var inTable = false
    var pythonMarkdown: Bool { features.pythonMarkdown }
    /// The line before this one continued a paragraph.
    var previousWasParagraphText = false
    /// The line before this one was a list marker turned into text (one warning per run).
    var previousLineWasEscapedItem = false
    /// The indentation of the list marker just read, when nothing followed it on its line
    /// (`-   ` alone): blank lines after it may still lead to its content (Python-Markdown).
    var emptyItemMarkerWidth: Int?
    /// Blank lines before this line index are left out (the run after such a marker).
    var blankLinesLeftOutUntil = -1
    /// The line before this one was a list item or its (lazily continued) text.
    var previousWasListText = false
    /// A raw HTML block element being read (MkDocs projects): it ends at its closing tag.
    var rawHTML: HTMLRegion?
    /// The open `markdown` HTML elements, innermost last.
    var htmlRegions: [HTMLRegion] = []
    var definitionLists: Bool { features.definitionLists }
    /// Terms found ahead, and the paragraph a line may continue.
    var definitionScan = DefinitionListScan()

    init(source: NormalizedSource, file: String, firstLine: Int, strings: LocalizedStrings,
         renderInline: @escaping (String) -> String) {
        self.source = source
        self.file = file
        self.firstLine = firstLine
        self.strings = strings
        self.renderInline = renderInline
        self.document = TransformedDocument(capacity: source.bytes.count)
    }

    /// Runs the scan over the whole page. With `unclosedFencesAsText` (MkDocs' reading), a fence
    /// that never closes is text: the page is scanned again with its opening line as text, until
    /// every fence closes (a few passes at most; only pages with such a fence pay for them).
    static func transform(_ source: NormalizedSource, file: String, firstLine: Int, strings: LocalizedStrings,
                          features: BlockFeatures = BlockFeatures(), unclosedFencesAsText: Bool = true,
                          renderInline: @escaping (String) -> String) -> Output {
        var literal: Set<Int> = []
        var shownAsText: [OpenFence] = []
        for pass in 1... {
            var transformer = BlockTransformer(source: source, file: file, firstLine: firstLine, strings: strings,
                                               renderInline: renderInline)
            transformer.features = features
            transformer.literalFenceLines = literal
            transformer.run()
            let unclosed = transformer.unclosedFences
            if unclosedFencesAsText, !unclosed.isEmpty, pass < maxFencePasses {
                shownAsText += unclosed
                literal.formUnion(unclosed.map(\.lineIndex))
                continue
            }
            let diagnostics = transformer.diagnostics + shownAsText.map { Self.unclosedWarning($0, asText: true) }
                + unclosed.map { Self.unclosedWarning($0, asText: false) }
            return Output(document: transformer.document, text: transformer.document.finishedText(), diagnostics: diagnostics)
        }
        fatalError("unreachable")
    }

    private mutating func run() {
        while lineIndex < source.lines.count {
            processLine(source.line(lineIndex))
            lineIndex += 1
        }
        lineIndex = max(0, source.lines.count - 1)
        finishMath()
        while !frames.isEmpty { closeTopFrame(explicitly: false) }
        if let fence { reportUnclosed(fence) }
        fence = nil
    }

    private mutating func processLine(_ line: ArraySlice<UInt8>) {
        let (width, contentStart) = LineScan.indentation(of: line)
        let afterParagraph = previousWasParagraphText
        previousWasParagraphText = false
        let afterEscapedItem = previousLineWasEscapedItem
        previousLineWasEscapedItem = false
        let emptyItemAbove = emptyItemMarkerWidth
        emptyItemMarkerWidth = nil
        let afterListText = previousWasListText
        previousWasListText = false
        if math != nil {
            let stripped = LineScan.strip(line, columns: min(width, 4 * topIndentedDepth))
            continueMath(String(decoding: stripped.prefix + Array(stripped.text), as: UTF8.self))
            return
        }
        if contentStart == line.endIndex {
            inTable = false
            // Python-Markdown gives `-   ` alone, blank lines, then text indented 4 past the marker,
            // that text as the item's content; for CommonMark an item starts with one blank line at
            // most: the blank lines in between are left out.
            if lineIndex < blankLinesLeftOutUntil { return }
            if pythonMarkdown, let marker = emptyItemAbove, let next = nextTextLine(), next.indent >= marker + 4 {
                blankLinesLeftOutUntil = next.index
                return
            }
            let depth = topIndentedDepth
            let stripped = LineScan.strip(line, columns: min(width, 4 * depth))
            emit(stripped, markBody: false)
            return
        }
        while !frames.isEmpty, topRequiredIndent > width { closeTopFrame(explicitly: false) }
        while let list = lists.last, list.frameDepth > frames.count { lists.removeLast() }

        let depth = topIndentedDepth
        let regionIndent = min(regionDedent, max(0, width - 4 * depth))
        var relativeIndent = width - 4 * depth - regionIndent
        var stripped = LineScan.strip(line, columns: 4 * depth + regionIndent)
        // Python-Markdown nests what is indented 4 spaces past an item's marker, even when the
        // marker is wider (`10.  x`: content at 5): such a line is moved to the item's content column.
        if pythonMarkdown, let item = lists.last(where: { relativeIndent >= $0.markerColumn + 4 }), relativeIndent < item.contentColumn {
            let pad = item.contentColumn - relativeIndent
            relativeIndent += pad
            stripped.prefix += [UInt8](repeating: UInt8(ascii: " "), count: pad)
        }
        if let open = fence {
            if relativeIndent >= open.listBase {
                if relativeIndent - open.listBase < 4,
                   LineScan.closesFence(line, at: contentStart, character: open.character, length: open.length) {
                    fence = nil
                }
                emit(stripped, markBody: true)
                return
            }
            reportUnclosed(open)
            fence = nil
        }
        let wasInList = !lists.isEmpty
        while let list = lists.last, list.contentColumn > relativeIndent {
            lists.removeLast()
        }
        let base = lists.last?.contentColumn ?? 0
        let content = line[contentStart...]
        let marker = relativeIndent - base < 4 ? ContainerMarker.parse(content).flatMap { syntaxes.allows($0) ? $0 : nil } : nil
        if topIsTabSet, !continuesTabSet(marker, indent: relativeIndent) {
            closeTopFrame(explicitly: true)
        }
        if definitionLists, handleDefinitionListLine(line, contentStart: contentStart, width: width,
                                                     indent: relativeIndent, base: base) { return }
        if relativeIndent - base < 4 {
            if let marker, handle(marker, width: width, indent: relativeIndent, base: base, column: contentStart - line.startIndex + 1) {
                return
            }
            if markdownInHTML, handleHTMLLine(line[contentStart...], emitIndent: base) { return }
            if displayMath, openMath(line[contentStart...], emitIndent: base) { return }
            if pythonMarkdown, let kept = InlineTagLine.keptInParagraph(line[contentStart...]) {
                previousWasParagraphText = true
                emitSynthetic([String(decoding: kept, as: UTF8.self)], indent: relativeIndent)
                return
            }
            if let opening = LineScan.fenceOpening(line, at: contentStart) {
                if literalFenceLines.contains(lineIndex) {
                    previousWasParagraphText = true
                    emitLiteralFence(stripped, fenceStart: contentStart, length: opening.length)
                    return
                }
                fence = OpenFence(character: opening.character, length: opening.length, frameDepth: frames.count,
                                  listBase: base, indent: relativeIndent,
                                  location: location(column: contentStart - line.startIndex + 1), lineIndex: lineIndex)
            } else if let offset = LineScan.listItemContentOffset(line, at: contentStart) {
                if pythonMarkdown, afterParagraph, !wasInList, !afterListText,
                   let escaped = ListAfterParagraph.escapeMarker(stripped.text) {
                    if !afterEscapedItem {
                        diagnostics.append(.warning("MkDocs reads this list item as text: a list needs a blank line before it; "
                                                + "rendered as MkDocs does (add a blank line to make it a list)",
                                                at: location(column: contentStart - line.startIndex + 1)))
                    }
                    previousWasParagraphText = true
                    previousLineWasEscapedItem = true
                    emit((ArraySlice(escaped), stripped.prefix, stripped.removedBytes), markBody: true)
                    return
                }
                lists.append(OpenList(contentColumn: relativeIndent + offset, frameDepth: frames.count, markerColumn: relativeIndent))
                previousWasListText = true
                // (`offset` may reach past a marker that ends the line: `-` alone.)
                if line[min(contentStart + offset, line.endIndex)...].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                    emptyItemMarkerWidth = width
                }
            } else {
                if pythonMarkdown {
                    previousWasParagraphText = ListAfterParagraph.continuesParagraph(line[contentStart...])
                    previousWasListText = previousWasParagraphText && (afterListText || wasInList)
                }
            }
            if fence == nil, let rewritten = rewrittenInline(stripped.text) {
                emit((ArraySlice(rewritten), stripped.prefix, stripped.removedBytes), markBody: true)
                endRawHTMLBlockIfClosed(stripped.text, startsBlock: false)
                return
            }
        } else {
            inTable = false
        }
        emit(stripped, markBody: true)
        if fence == nil { endRawHTMLBlockIfClosed(stripped.text, startsBlock: relativeIndent - base < 4) }
    }

    /// The next line with text after this one, and its indentation.
    private func nextTextLine() -> (index: Int, indent: Int)? {
        var index = lineIndex + 1
        while index < source.lines.count {
            let (width, start) = LineScan.indentation(of: source.line(index))
            if start != source.line(index).endIndex { return (index, width) }
            index += 1
        }
        return nil
    }

    /// A text line as cmark must see it: pipes in code spans of table rows escaped, inline math
    /// made raw HTML. Nil when the line stays as written.
    private mutating func rewrittenInline(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        var bytes: [UInt8]?
        if tables {
            let isRow = text.contains(UInt8(ascii: "|"))
            if isRow, !inTable, lineIndex + 1 < source.lines.count, TableRowPipes.isDelimiterRow(source.line(lineIndex + 1)) {
                inTable = true
            }
            if !isRow { inTable = false }
            if inTable { bytes = TableRowPipes.escapeCodePipes(text) }
        }
        if displayMath, let protected = InlineMathProtector.protect(bytes.map { ArraySlice($0) } ?? text) { bytes = protected }
        return bytes
    }

    // MARK: The innermost container (read in place: copying a frame costs reference counting)

    var topRequiredIndent: Int { frames.isEmpty ? 0 : frames[frames.count - 1].requiredIndent }
    var topIndentedDepth: Int { frames.isEmpty ? 0 : frames[frames.count - 1].indentedDepth }
    var topIsTabSet: Bool { frames.isEmpty ? false : frames[frames.count - 1].isTabSet }

    // MARK: Output helpers

    mutating func emit(_ stripped: (text: ArraySlice<UInt8>, prefix: [UInt8], removedBytes: Int), markBody: Bool) {
        document.append(stripped.text, prefix: stripped.prefix, origin: origin(removedBytes: stripped.removedBytes))
        if markBody, !frames.isEmpty { frames[frames.count - 1].hasBody = true }
    }

    mutating func emitSynthetic(_ lines: [String], indent: Int) {
        for text in lines { document.appendSynthetic(text, indent: indent, origin: origin(removedBytes: 0)) }
    }

    func origin(removedBytes: Int) -> TransformedDocument.LineOrigin {
        TransformedDocument.LineOrigin(sourceLine: Int32(lineIndex), removedBytes: Int32(removedBytes),
                                       container: frames.isEmpty ? -1 : frames[frames.count - 1].containerIndex)
    }

    func location(column: Int) -> SourceLocation {
        SourceLocation(file: file, line: firstLine + lineIndex, column: column)
    }

    /// Ends a fence whose container closes: cmark sees one flat document, so the fence gets a
    /// closing line of its own, or the container's closing HTML would become code.
    mutating func cutFence(_ open: OpenFence) {
        reportUnclosed(open)
        let closing = String(repeating: Character(UnicodeScalar(open.character)), count: open.length)
        emitSynthetic([closing], indent: open.indent)
        fence = nil
    }

    private mutating func reportUnclosed(_ open: OpenFence) {
        unclosedFences.append(open)
    }
}
