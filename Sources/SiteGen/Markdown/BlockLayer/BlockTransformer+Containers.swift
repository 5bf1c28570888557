/// Opening and closing containers.
extension BlockTransformer {
    /// Opens the container `marker` describes; returns false when the line is not one after all
    /// (a `///` that closes nothing), so it is kept as text.
    mutating func handle(_ marker: ContainerMarker, width: Int, indent: Int, base: Int, column: Int) -> Bool {
        let here = location(column: column)
        let place = Placement(width: width, markerIndent: indent, emitIndent: base)
        switch marker {
        case let .admonition(classes, title, collapsible, open):
            let text = title ?? strings.admonitionTitle(for: classes[0])
            if collapsible {
                push(.details, required: width + 4, place, at: here,
                     opening: ContainerHTML.detailsOpening(classes: classes, titleHTML: renderInline(text), open: open),
                     closing: ContainerHTML.detailsClosing)
            } else {
                push(.admonition, required: width + 4, place, at: here,
                     opening: ContainerHTML.admonitionOpening(classes: classes, titleHTML: text.isEmpty ? nil : renderInline(text)),
                     closing: ContainerHTML.admonitionClosing)
            }
        case let .tab(title, selected, newSet):
            openTab(title: title, selected: selected, newSet: newSet, place, at: here, blockFence: nil)
        case let .blockStart(name, title, fenceLength):
            let options = peekBlockOptions(width: width)
            openBlock(name: name, title: title, options: options.values, fenceLength: fenceLength,
                      place, at: here)
            lineIndex += options.lineCount
        case let .blockEnd(fenceLength):
            guard let index = frames.lastIndex(where: { $0.blockFenceLength == fenceLength }),
                  frames[index...].allSatisfy({ $0.indentedDepth == frames[index].indentedDepth }) else { return false }
            while frames.count > index + 1 { closeTopFrame(explicitly: false) }
            closeTopFrame(explicitly: true)
        }
        return true
    }

    /// True when the open tab set on top continues with this marker (same indentation, not `===!`).
    func continuesTabSet(_ marker: ContainerMarker?, indent: Int) -> Bool {
        guard topIsTabSet, frames[frames.count - 1].markerIndent == indent else { return false }
        switch marker {
        case .tab(_, _, let newSet): return !newSet
        case .blockStart(let name, _, _) where name == "tab":
            return !Self.isTrue(peekBlockOptions(width: 0).values["new"])
        default: return false
        }
    }

    /// Closes the innermost container: its closing HTML, the tab set header, diagnostics.
    mutating func closeTopFrame(explicitly: Bool) {
        if let open = fence, open.frameDepth >= frames.count { cutFence(open) }
        let frame = frames.removeLast()
        while let list = lists.last, list.frameDepth > frames.count { lists.removeLast() }
        switch frame.kind {
        case .tabSet(let state):
            let header = ContainerHTML.tabSetHeader(set: state.number, labelsHTML: state.labelsHTML,
                                                    selected: state.selected ?? 0)
            document.fill(state.headerPlaceholder, with: String(repeating: " ", count: frame.emitIndent) + header)
        case .block where !explicitly:
            diagnostics.append(.warning("'\(frame.markerText)' is not closed: end it with a line of \(frame.blockFenceLength ?? 3) slashes",
                                        at: frame.location))
        default:
            break
        }
        if !frame.hasBody, !frame.isTabSet {
            diagnostics.append(.warning("'\(frame.markerText)' has no body: indent its content by 4 spaces", at: frame.location))
        }
        emitSynthetic([""], indent: 0)
        emitSynthetic(frame.closingLines, indent: frame.emitIndent)
        emitSynthetic([""], indent: 0)
    }

    private mutating func openTab(title: String, selected: Bool, newSet: Bool, _ place: Placement,
                                  at here: SourceLocation, blockFence: Int?) {
        if !topIsTabSet {
            tabSetCount += 1
            emitSynthetic([""], indent: 0)
            let placeholder = document.appendPlaceholder(origin: origin(removedBytes: 0))
            let state = TabSetState(number: tabSetCount, headerPlaceholder: placeholder)
            push(.tabSet(state), required: topRequiredIndent, place, at: here,
                 opening: ContainerHTML.tabSetContentOpening, closing: ContainerHTML.tabSetClosing, indented: false,
                 blankAfterOpening: false)
        }
        addLabel(title, selected: selected, at: here)
        document.tabs[containerCount] = TabPlacement(set: Int(frames[frames.count - 1].containerIndex), label: title)
        if let blockFence {
            push(.block(fenceLength: blockFence, name: "tab"), required: topRequiredIndent, place, at: here,
                 opening: ContainerHTML.tabBlockOpening, closing: ContainerHTML.tabBlockClosing, indented: false)
        } else {
            push(.tab, required: place.width + 4, place, at: here,
                 opening: ContainerHTML.tabBlockOpening, closing: ContainerHTML.tabBlockClosing)
        }
    }

    private mutating func addLabel(_ title: String, selected: Bool, at here: SourceLocation) {
        guard case .tabSet(var state) = frames[frames.count - 1].kind else { return }
        if state.rawLabels.contains(title), !state.warnedDuplicate {
            diagnostics.append(.warning("duplicate tab label '\(title)' in this tab set", at: here))
            state.warnedDuplicate = true
        }
        if selected { state.selected = state.labelsHTML.count }
        state.rawLabels.append(title)
        state.labelsHTML.append(renderInline(title))
        frames[frames.count - 1].kind = .tabSet(state)
    }

    /// `/// name | title` with its options: `details`, `tab`, `admonition` (`type:`), or an admonition type.
    private mutating func openBlock(name: String, title: String?, options: [String: String], fenceLength: Int,
                                   _ place: Placement, at here: SourceLocation) {
        let required = topRequiredIndent
        let kind = BlockFrame.Kind.block(fenceLength: fenceLength, name: name)
        let type = options["type"].map { $0.split(separator: " ").map(String.init) } ?? []
        switch name {
        case "tab":
            let newSet = Self.isTrue(options["new"])
            if newSet, topIsTabSet { closeTopFrame(explicitly: true) }
            openTab(title: title ?? "", selected: Self.isTrue(options["select"]), newSet: newSet,
                    place, at: here, blockFence: fenceLength)
        case "details":
            let text = title ?? strings.admonitionTitle(for: type.first ?? "details")
            push(kind, required: required, place, at: here,
                 opening: ContainerHTML.detailsOpening(classes: type, titleHTML: renderInline(text), open: Self.isTrue(options["open"])),
                 closing: ContainerHTML.detailsClosing, indented: false)
        default:
            let classes = name == "admonition" ? type : [name] + type
            let text = title ?? (name == "admonition" ? "" : strings.admonitionTitle(for: name))
            push(kind, required: required, place, at: here,
                 opening: ContainerHTML.admonitionOpening(classes: classes, titleHTML: text.isEmpty ? nil : renderInline(text)),
                 closing: ContainerHTML.admonitionClosing, indented: false)
        }
    }

    /// The `key: value` option lines indented under a `///` header (`open: True`, `type: warning`).
    func peekBlockOptions(width: Int) -> (values: [String: String], lineCount: Int) {
        var values: [String: String] = [:]
        var next = lineIndex + 1
        while next < source.lines.count {
            let line = source.line(next)
            let (optionWidth, start) = LineScan.indentation(of: line)
            guard start < line.endIndex, optionWidth >= width + 4 else { break }
            let text = String(decoding: line[start...], as: UTF8.self)
            guard let colon = text.firstIndex(of: ":") else { break }
            let key = text[..<colon].trimmingCharacters(in: .whitespaces)
            guard ContainerMarker.isClassWord(key) else { break }
            values[key.lowercased()] = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            next += 1
        }
        return (values, next - lineIndex - 1)
    }

    /// Where a marker sits: its absolute indentation, its indentation in the dedented text, and
    /// where its HTML lines go.
    struct Placement {
        var width: Int
        var markerIndent: Int
        var emitIndent: Int
    }

    private static func isTrue(_ value: String?) -> Bool {
        guard let value else { return false }
        return ["true", "yes", "on", "1"].contains(value.lowercased())
    }

    mutating func push(_ kind: BlockFrame.Kind, required: Int, _ place: Placement, at here: SourceLocation,
                               opening: [String], closing: [String], indented: Bool = true, blankAfterOpening: Bool = true) {
        if !frames.isEmpty { frames[frames.count - 1].hasBody = true }
        let line = source.line(lineIndex)
        let trimmed = line.drop(while: { $0 == LineScan.space || $0 == LineScan.tab })
        let markerText = String(decoding: trimmed.prefix(120), as: UTF8.self).trimmingTrailingWhitespace()
        let depth = (topIndentedDepth) + (indented ? 1 : 0)
        let frame = BlockFrame(kind: kind, requiredIndent: required, indentedDepth: depth,
                               markerIndent: place.markerIndent, emitIndent: place.emitIndent,
                               closingLines: closing, location: here, markerText: String(markerText.prefix(60)),
                               containerIndex: containerCount)
        containerCount += 1
        frames.append(frame)
        // A blank line first ends whatever cmark block came before (a paragraph, a block quote
        // continued lazily, a footnote definition), so the container's HTML stays where it is.
        if !frame.isTabSet { emitSynthetic([""], indent: 0) }
        emitSynthetic(opening, indent: place.emitIndent)
        if blankAfterOpening { emitSynthetic([""], indent: 0) }
    }
}
