/// Turns what cmark found in the transformed page into the page's values (headings with ids,
/// code blocks with their expected output, links, search sections, diagnostics) and decides the
/// HTML that replaces headings and code blocks.
struct DocumentAssembler {
    let options: MarkdownOptions
    let lineMap: LineMap
    /// Filled by `replacements(for:)`; `html` is set by the caller.
    private(set) var document = RenderedDocument()
    /// The search section of each of `document.codeBlocks`.
    private var codeBlockSections: [Int] = []

    init(options: MarkdownOptions, lineMap: LineMap) {
        self.options = options
        self.lineMap = lineMap
    }

    mutating func replacements(for scan: CmarkScan) -> CmarkReplacements {
        var replacements = CmarkReplacements()
        for problem in scan.inlineProblems {
            document.diagnostics.append(.warning(problem.message, at: lineMap.location(line: problem.line, column: 1)))
        }
        assembleHeadings(scan, into: &replacements)
        assembleCodeBlocks(scan, into: &replacements)
        assembleInlineCode(scan, into: &replacements)
        assembleLinks(scan)
        assembleSections(scan)
        return replacements
    }

    private mutating func assembleHeadings(_ scan: CmarkScan, into replacements: inout CmarkReplacements) {
        var slugger = HeadingSlugger(reserved: Set(scan.headings.compactMap(\.customID)),
                                     style: HeadingSlugStyle(toc: options.extensions["toc"]))
        let permalinkTitle = HTMLEscaping.escape(options.strings["permalink"])
        for (index, node) in scan.headings.enumerated() {
            var text = node.text
            if node.customID != nil, let attribute = HeadingAttribute.parse(text) { text = attribute.text }
            let id = node.customID ?? slugger.uniqueID(for: text)
            let location = lineMap.location(line: node.position.line, column: node.position.column)
            document.headings.append(Heading(level: node.level, id: id, text: text, html: node.innerHTML, location: location))
            if node.level == 1, document.title == nil { document.title = text }
            guard options.headingAnchors else { continue }
            let escapedID = HTMLEscaping.escape(id)
            let otherAttributes = node.attributes?.html(extraClasses: [], skipID: true) ?? ""
            replacements.headingHTML[index] = "<h\(node.level) id=\"\(escapedID)\"\(otherAttributes)>\(node.innerHTML)"
                + "<a class=\"headerlink\" href=\"#\(escapedID)\" title=\"\(permalinkTitle)\">¶</a></h\(node.level)>"
        }
    }

    private mutating func assembleCodeBlocks(_ scan: CmarkScan, into replacements: inout CmarkReplacements) {
        let renderer = CodeBlockRenderer(strings: options.strings, highlighter: options.highlighter, style: options.codeBlockStyle)
        var fenced: [(scanIndex: Int, block: CodeBlock, level: OutputPairing.Level)] = []
        for (index, node) in scan.codeBlocks.enumerated() {
            guard node.isFenced else {
                if options.decorateCodeBlocks { replacements.codeBlockHTML[index] = renderer.htmlForIndented(code: node.literal) }
                continue
            }
            let fence = FenceLine(lineMap: lineMap, position: node.position)
            let parsed = CodeBlockInfo.parse(fence.rawInfo)
            for problem in parsed.problems {
                document.diagnostics.append(.warning(problem.message, at: fence.infoLocation(offset: problem.column)))
            }
            var code = node.literal
            if code.hasSuffix("\n") { code.removeLast() }
            let block = CodeBlock(info: parsed.info, rawInfo: fence.rawInfo, code: code, location: fence.location,
                                  firstCodeLine: fence.location.line + 1, infoProblems: parsed.problems,
                                  infoOffset: fence.infoOffset, tab: lineMap.tab(ofTransformed: node.position.line))
            let level = OutputPairing.Level(container: lineMap.container(ofTransformed: node.position.line), parent: node.parentID)
            fenced.append((index, block, level))
            codeBlockSections.append(node.sectionIndex)
        }
        let blocks = OutputPairing.attach(fenced.map { ($0.block, $0.level) })
        let verified = verifiedEntries(of: blocks)
        var number = 0
        var figure: String?  // a timeline waiting for its snippet's output block
        for (offset, block) in blocks.enumerated() {
            document.codeBlocks.append(block)
            guard options.decorateCodeBlocks else { continue }
            var html = renderer.html(for: block, number: &number, verifiedBy: verified[offset]?.tool)
            if block.info.isOutput, let pending = figure {
                html += pending
                figure = nil
            }
            // A `timeline` snippet's figure goes under its "Salida" (or under the snippet, without one).
            if block.info.isSwiftSnippet, block.info.timeline, let timeline = verified[offset]?.threadTimeline {
                let drawn = ThreadTimelineSVG(strings: options.strings).html(for: timeline)
                if block.expectedOutput != nil { figure = drawn } else { html += drawn }
            }
            replacements.codeBlockHTML[fenced[offset].scanIndex] = html
        }
    }

    /// For each of the page's blocks, the verification record's entry for it (what verified it, its timeline), if any.
    private func verifiedEntries(of blocks: [CodeBlock]) -> [VerificationRecord.Entry?] {
        guard !options.verifiedSnippets.isEmpty else { return blocks.map { _ in nil } }
        let entries = Dictionary(options.verifiedSnippets.map { ($0.fingerprint, $0) }) { first, _ in first }
        return SnippetFingerprint.of(blocks).map { entries[$0] }
    }

    /// Inline code that names its language (`#!python x`) is highlighted (pymdownx.inlinehilite).
    private func assembleInlineCode(_ scan: CmarkScan, into replacements: inout CmarkReplacements) {
        guard options.decorateCodeBlocks, options.codeBlockStyle.inlineHilite else { return }
        for (index, literal) in scan.inlineCodes.enumerated() {
            if let html = InlineHilite.html(for: literal, style: options.codeBlockStyle, highlighter: options.highlighter) {
                replacements.inlineCodeHTML[index] = html
            }
        }
    }

    /// Records every destination as written (the rewriting itself happens in `CmarkDocument`).
    private mutating func assembleLinks(_ scan: CmarkScan) {
        for node in scan.links {
            let line = node.position.line > 0 ? node.position.line : node.enclosingBlockLine
            let column = node.position.line > 0 ? node.position.column : 1
            document.links.append(LinkReference(destination: node.destination,
                                                location: lineMap.location(line: line, column: column), isImage: node.isImage))
        }
    }

    private mutating func assembleSections(_ scan: CmarkScan) {
        var texts = scan.sectionTexts
        for (block, section) in zip(document.codeBlocks, codeBlockSections) where section < texts.count {
            texts[section].appendSpace()
            texts[section].append(block.visibleCode.utf8)
            texts[section].appendSpace()
        }
        if let first = texts.first, !first.bytes.isEmpty {
            document.sections.append(DocumentSection(headingID: nil, title: nil, text: first.string))
        }
        for (index, heading) in document.headings.enumerated() where index + 1 < texts.count {
            document.sections.append(DocumentSection(headingID: heading.id, title: heading.text, text: texts[index + 1].string))
        }
    }
}
