/// `def_list`: the lines of a paragraph followed by a `:` line are terms, and the `:` line opens a
/// definition whose body is indented 4 spaces, like an admonition's:
///
///     Apple                                   <dl>
///     :   Pomaceous fruit.            →       <dt>Apple</dt>
///                                             <dd data-sitegen-tight>     (`<dd>`, once rendered)
///     `tabs`                                  Pomaceous fruit.
///                                             </dd>
///     :   Body.                               <dt><code>tabs</code></dt>
///                                             <dd>
///         ``` yaml                            Body.
///         theme: …                            ``` yaml …
///         ```                                 </dd>
///                                             </dl>
///
/// The list is a frame at its terms' indentation (like a tab set) and each definition an indented
/// frame inside it; terms and definitions that follow at that indentation, blank lines between
/// or not, stay in the same list. A paragraph's first line looks ahead for the `:` line, so the
/// terms become `<dt>` lines as they are read. Python-Markdown's tight and loose shapes: a
/// definition is loose (its paragraphs keep `<p>`) when a blank line separates it from its terms,
/// when its body has a blank line inside, or when it follows a loose definition without terms
/// of its own.
struct DefinitionListScan {
    /// Terms found ahead: their lines, the line of their definition, and whether blank lines come between.
    struct PendingTerms {
        var lines: Range<Int>
        var definitionLine: Int
        var blankBefore: Bool
    }

    var pending: PendingTerms?
    /// The last line that left a paragraph open (-2: none), and the container holding it, so the
    /// next line knows whether it continues that paragraph or starts one.
    var paragraphLine = -2
    var paragraphContainer: Int32 = -1
}

/// The state of an open definition list.
struct DefinitionListState {
    /// The last definition was loose: a following `:` line without terms of its own is loose too.
    var lastDefinitionLoose = false
}

extension BlockTransformer {
    /// Handles `line` when it is a term or opens a definition; first closes the definition list on
    /// top when the line does not continue it. False when the rest of the scan handles the line.
    mutating func handleDefinitionListLine(_ line: ArraySlice<UInt8>, contentStart: Int, width: Int,
                                           indent: Int, base: Int) -> Bool {
        let content = line[contentStart...]
        let continuesParagraph = definitionScan.paragraphLine == lineIndex - 1
            && definitionScan.paragraphContainer == topContainerIndex
        let shallow = indent - base < 4
        let paragraphText = shallow && DefinitionListLine.isParagraphText(content, markdownInHTML: markdownInHTML)

        var isTerm = false
        if let pending = definitionScan.pending, pending.lines.contains(lineIndex) {
            isTerm = true
        } else if paragraphText, !continuesParagraph, let found = termsAhead(base: base) {
            definitionScan.pending = found
            isTerm = true
        }
        let textStart = shallow ? DefinitionListLine.definitionTextStart(content) : nil
        let opensDefinition = textStart != nil && (topIsDefinitionList || definitionScan.pending?.definitionLine == lineIndex)
        // Python-Markdown takes reference and footnote definitions out before it sees the list; an
        // indented line continues what came before (a footnote's text).
        let keepsList = isTerm || opensDefinition || !shallow || DefinitionListLine.isReferenceDefinition(content)
        if topIsDefinitionList, !keepsList { closeTopFrame(explicitly: true) }

        if isTerm {
            addTerm(content, width: width, indent: indent, base: base, column: contentStart - line.startIndex + 1)
            markParagraph(open: false)
            return true
        }
        if let textStart, opensDefinition {
            openDefinition(line, textStart: textStart, width: width, indent: indent, base: base,
                           column: contentStart - line.startIndex + 1)
            return true
        }
        // A `:` line without terms stays text; an indented line continues a paragraph or is code.
        let leavesParagraph = shallow
            ? paragraphText || textStart != nil || LineScan.listItemContentOffset(line, at: contentStart) != nil
            : continuesParagraph
        markParagraph(open: leavesParagraph)
        return false
    }

    var topIsDefinitionList: Bool {
        guard !frames.isEmpty, case .definitionList = frames[frames.count - 1].kind else { return false }
        return true
    }

    /// From a paragraph's first line (the current one): its lines are terms when a definition
    /// line follows them, directly or after blank lines.
    private func termsAhead(base: Int) -> DefinitionListScan.PendingTerms? {
        let depth = topIndentedDepth, required = topRequiredIndent
        /// The line's content and its indentation past `base`, when it stays in the current container.
        func read(_ index: Int) -> (content: ArraySlice<UInt8>, indent: Int)? {
            let line = source.line(index)
            let (lineWidth, start) = LineScan.indentation(of: line)
            guard start < line.endIndex, lineWidth >= required, lineWidth - 4 * depth >= base else { return nil }
            return (line[start...], lineWidth - 4 * depth - base)
        }
        var next = lineIndex + 1
        while next < source.lines.count, !LineScan.isBlank(source.line(next)) {
            guard let (content, indent) = read(next) else { return nil }
            if indent < 4 {
                if DefinitionListLine.definitionTextStart(content) != nil {
                    return .init(lines: lineIndex..<next, definitionLine: next, blankBefore: false)
                }
                guard DefinitionListLine.isParagraphText(content, markdownInHTML: markdownInHTML) else { return nil }
            }
            next += 1
        }
        let termsEnd = next
        while next < source.lines.count, LineScan.isBlank(source.line(next)) { next += 1 }
        guard next < source.lines.count, let (content, indent) = read(next), indent < 4,
              DefinitionListLine.definitionTextStart(content) != nil else { return nil }
        return .init(lines: lineIndex..<termsEnd, definitionLine: next, blankBefore: true)
    }

    /// Writes a term as a `<dt>` line, opening the list first when none is open here.
    private mutating func addTerm(_ content: ArraySlice<UInt8>, width: Int, indent: Int, base: Int, column: Int) {
        if !topIsDefinitionList {
            push(.definitionList(DefinitionListState()), required: topRequiredIndent,
                 Placement(width: width, markerIndent: indent, emitIndent: base), at: location(column: column),
                 opening: DefinitionListHTML.listOpening, closing: DefinitionListHTML.listClosing, indented: false)
        }
        emitSynthetic([DefinitionListHTML.term(renderInline(DefinitionListLine.term(content)))], indent: base)
        frames[frames.count - 1].hasBody = true
    }

    /// Opens a definition at a `:` line; the text after the `:` is the first line of its body.
    private mutating func openDefinition(_ line: ArraySlice<UInt8>, textStart: Int, width: Int, indent: Int, base: Int,
                                         column: Int) {
        let pending = definitionScan.pending.flatMap { $0.definitionLine == lineIndex ? $0 : nil }
        definitionScan.pending = nil
        guard case .definitionList(var state) = frames[frames.count - 1].kind else { return }
        let loose = pending.map(\.blankBefore) ?? state.lastDefinitionLoose
        let tight = !loose && !bodyHasBlankLine(markerWidth: width)
        state.lastDefinitionLoose = !tight
        frames[frames.count - 1].kind = .definitionList(state)
        push(.definition, required: width + 4, Placement(width: width, markerIndent: indent, emitIndent: base),
             at: location(column: column),
             opening: tight ? DefinitionListHTML.tightOpening : DefinitionListHTML.looseOpening,
             closing: DefinitionListHTML.definitionClosing)

        var end = line.endIndex
        while end > textStart, line[end - 1] == LineScan.space || line[end - 1] == LineScan.tab { end -= 1 }
        var text = line[textStart..<end]
        guard !text.isEmpty else {
            markParagraph(open: false)
            return
        }
        // The text sits where the body's lines go once dedented: at the `:`'s indentation.
        let prefix = Array(repeating: LineScan.space, count: indent)
        if let comment = DefinitionListLine.leadingComment(text) {
            // `:   <!-- md:default x --> Text`: for Python-Markdown the comment is inline, for cmark
            // a line starting with one is an HTML block that would swallow the text: the comment
            // gets a line of its own.
            document.append(text[..<comment.end], prefix: prefix,
                            origin: origin(removedBytes: max(0, textStart - line.startIndex - indent)))
            text = text[comment.textStart...]
        }
        let textColumn = text.startIndex - line.startIndex + 1
        if let marker = ContainerMarker.parse(text),
           handle(marker, width: width + 4, indent: indent, base: base, column: textColumn) {
            markParagraph(open: false)
            return
        }
        if let opening = LineScan.fenceOpening(text, at: text.startIndex), !literalFenceLines.contains(lineIndex) {
            fence = OpenFence(character: opening.character, length: opening.length, frameDepth: frames.count,
                              listBase: base, indent: indent, location: location(column: textColumn), lineIndex: lineIndex)
        } else if LineScan.fenceOpening(text, at: text.startIndex) != nil {
            emitLiteralFence((text, prefix, max(0, text.startIndex - line.startIndex - indent)), fenceStart: text.startIndex,
                             length: LineScan.fenceOpening(text, at: text.startIndex)?.length ?? 0)
            frames[frames.count - 1].hasBody = true
            markParagraph(open: true)
            return
        } else if let offset = LineScan.listItemContentOffset(text, at: text.startIndex) {
            lists.append(OpenList(contentColumn: indent + offset, frameDepth: frames.count, markerColumn: indent + offset))
        }
        document.append(text, prefix: prefix, origin: origin(removedBytes: max(0, text.startIndex - line.startIndex - indent)))
        frames[frames.count - 1].hasBody = true
        markParagraph(open: fence == nil && ContainerMarker.parse(text) == nil)
    }

    /// True when the body of the definition whose `:` is at `markerWidth` has a blank line between
    /// two of its lines (it then holds several blocks, and its paragraphs keep their `<p>`).
    private func bodyHasBlankLine(markerWidth: Int) -> Bool {
        var sawBlank = false
        var next = lineIndex + 1
        while next < source.lines.count {
            let line = source.line(next)
            let (lineWidth, start) = LineScan.indentation(of: line)
            if start == line.endIndex {
                sawBlank = true
            } else {
                guard lineWidth >= markerWidth + 4 else { return false }
                if sawBlank { return true }
            }
            next += 1
        }
        return false
    }

    private mutating func markParagraph(open: Bool) {
        definitionScan.paragraphLine = open ? lineIndex : -2
        definitionScan.paragraphContainer = topContainerIndex
    }

    private var topContainerIndex: Int32 { frames.isEmpty ? -1 : frames[frames.count - 1].containerIndex }
}
