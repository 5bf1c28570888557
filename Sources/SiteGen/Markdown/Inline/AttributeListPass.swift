/// `attr_list`: `{ #id .class key="value" }` (or `{: … }`) right after a link, image, code span or
/// emphasis sets that element's attributes; at the end of a heading or table cell, or on the last
/// line of a paragraph, it sets the block's. The list itself disappears from the text.
enum AttributeListPass {
    static let pass = InlinePass(name: "attr_list", triggers: ByteSet("{")) { run in
        attachToNodes(&run)
        attachToContainer(&run)
    }

    /// `node{…}`: text that starts with an attribute list, right after a kept node.
    private static func attachToNodes(_ run: inout InlineRun) {
        var index = 1
        while index < run.pieces.count {
            guard case .node(let nodeIndex, let kind) = run.pieces[index - 1], attachable(kind),
                  case .text(let text) = run.pieces[index], text.hasPrefix("{"),
                  let close = text.firstIndex(of: "}"),
                  let attributes = HTMLAttributes.parse(text[...close]) else {
                index += 1
                continue
            }
            run.nodeAttributes[nodeIndex, default: HTMLAttributes()].merge(attributes)
            let rest = String(text[text.index(after: close)...])
            if rest.isEmpty { run.pieces.remove(at: index) } else { run.pieces[index] = .text(rest) }
            index += 1
        }
    }

    private static func attachable(_ kind: InlineRun.NodeKind) -> Bool {
        switch kind {
        case .link, .image, .emphasis, .strong, .code: return true
        default: return false
        }
    }

    /// Headings and table cells: a trailing `{…}` after a space (or alone). Paragraphs: a last line
    /// that is only `{…}`.
    private static func attachToContainer(_ run: inout InlineRun) {
        guard run.container != .inline, case .text(let text)? = run.pieces.last else { return }
        let trimmed = text.trimmingTrailingWhitespace()
        guard trimmed.hasSuffix("}"), let open = trimmed.lastIndex(of: "{"),
              let attributes = HTMLAttributes.parse(trimmed[open...]) else { return }
        let before = trimmed[..<open]
        switch run.container {
        case .heading, .tableCell:
            guard before.isEmpty || before.last == " " || before.last == "\t" else { return }
            let kept = String(before).trimmingTrailingWhitespace()
            run.pieces.removeLast()
            if !kept.isEmpty { run.pieces.append(.text(kept)) }
            trimTrailingSpaceOfLastText(&run)
        case .paragraph:
            guard before.allSatisfy({ $0 == " " || $0 == "\t" }) else { return }
            if run.pieces.count == 1 {
                // A paragraph of only `{…}`: it belongs to the block before (a fence, as
                // superfences keeps `{ .annotate }` after a code block with it).
                run.isOnlyAttributeList = true
            } else {
                guard run.pieces.count >= 2, case .node(_, .softBreak) = run.pieces[run.pieces.count - 2] else { return }
                run.pieces.removeLast(2)
            }
        case .inline:
            return
        }
        if run.containerAttributes == nil { run.containerAttributes = attributes } else { run.containerAttributes?.merge(attributes) }
    }

    private static func trimTrailingSpaceOfLastText(_ run: inout InlineRun) {
        guard case .text(let text)? = run.pieces.last else { return }
        let kept = text.trimmingTrailingWhitespace()
        if kept.isEmpty { run.pieces.removeLast() } else { run.pieces[run.pieces.count - 1] = .text(kept) }
    }
}
