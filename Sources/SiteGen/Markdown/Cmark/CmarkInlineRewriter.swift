import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the inline passes decided that is applied after the scan: attribute lists on nodes and
/// containers (by node identity, valid only inside `CmarkDocument.render`), and problems found.
struct InlineAttributes {
    var nodes: [OpaquePointer: HTMLAttributes] = [:]
    var containers: [OpaquePointer: HTMLAttributes] = [:]
    /// Fenced code blocks followed by a paragraph of only an attribute list (`{ .annotate }`).
    var codeBlocks: [OpaquePointer: HTMLAttributes] = [:]
    var problems: [(line: Int, message: String)] = []
}

/// Runs the inline passes over cmark's tree: every node holding inlines becomes an `InlineRun`,
/// the pipeline rewrites it, and the result is turned back into text, raw HTML and the kept
/// nodes. Part of the C boundary with `CmarkDocument` (the only two files that import cmark):
/// passes only ever see Swift values.
enum InlineRewriter {
    static func rewrite(_ root: OpaquePointer, with pipeline: InlinePipeline) -> InlineAttributes {
        var result = InlineAttributes()
        for (container, kind) in containers(in: root) {
            // Most paragraphs hold nothing any pass looks for: leave them without making Swift strings.
            guard mayConcern(container, pipeline) else { continue }
            rewrite(container, kind: kind, pipeline: pipeline, into: &result)
        }
        return result
    }

    /// True when some pass may change the text children of `container` (read as C strings).
    private static func mayConcern(_ container: OpaquePointer, _ pipeline: InlinePipeline) -> Bool {
        var texts: [UnsafeBufferPointer<UInt8>] = []
        var present = ByteSet()
        var child = cmark_node_first_child(container)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node) {
                let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal))
                for byte in bytes { present.insert(byte) }
                texts.append(bytes)
            }
            child = cmark_node_next(node)
        }
        return !texts.isEmpty && pipeline.passes.contains { $0.concerns(texts, present: present) }
    }

    /// Every node whose children are inlines, in document order.
    private static func containers(in root: OpaquePointer) -> [(OpaquePointer, InlineRun.Container)] {
        var found: [(OpaquePointer, InlineRun.Container)] = []
        guard let iterator = cmark_iter_new(root) else { return found }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH: found.append((node, .paragraph))
            case CMARK_NODE_HEADING: found.append((node, .heading))
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK: found.append((node, .inline))
            default:
                if let name = cmark_node_get_type_string(node) {
                    let type = String(cString: name)
                    if type == "table_cell" { found.append((node, .tableCell)) } else if type == "strikethrough" { found.append((node, .inline)) }
                }
            }
        }
        return found
    }

    private static func rewrite(_ container: OpaquePointer, kind: InlineRun.Container, pipeline: InlinePipeline,
                                into result: inout InlineAttributes) {
        var children: [OpaquePointer] = []
        var child = cmark_node_first_child(container)
        while let node = child {
            children.append(node)
            child = cmark_node_next(node)
        }
        guard !children.isEmpty else { return }
        // cmark splits text at brackets, `!`, entities and escapes; passes see each text run whole.
        var original: [InlineRun.Piece] = []
        for (index, node) in children.enumerated() {
            let next = piece(for: node, index: index)
            if case .text(let text) = next, case .text(let previous)? = original.last {
                original[original.count - 1] = .text(previous + text)
            } else {
                original.append(next)
            }
        }
        var run = InlineRun(pieces: original, container: kind)
        run.isInsideLink = isInsideLink(container)
        pipeline.apply(to: &run)
        let line = Int(cmark_node_get_start_line(container))
        for problem in run.problems { result.problems.append((line, problem)) }
        for (index, attributes) in run.nodeAttributes where index < children.count { result.nodes[children[index]] = attributes }
        if run.isOnlyAttributeList, let attributes = run.containerAttributes {
            if let previous = cmark_node_previous(container), cmark_node_get_type(previous) == CMARK_NODE_CODE_BLOCK,
               cmark_node_get_end_line(previous) + 1 == cmark_node_get_start_line(container) {
                result.codeBlocks[previous] = attributes
                cmark_node_unlink(container)
                cmark_node_free(container)
            }
            return
        }
        if let attributes = run.containerAttributes { result.containers[container] = attributes }
        guard run.pieces != original else { return }
        // Rebuild the children: kept nodes move, text and HTML become new nodes; replaced text nodes are freed.
        var kept = Set<Int>()
        var rebuilt: [OpaquePointer] = []
        for piece in run.pieces {
            switch piece {
            case .node(let index, _):
                kept.insert(index)
                rebuilt.append(children[index])
            case .text(let text):
                if let node = cmark_node_new(CMARK_NODE_TEXT) { cmark_node_set_literal(node, text); rebuilt.append(node) }
            case .html(let html):
                if let node = cmark_node_new(CMARK_NODE_HTML_INLINE) { cmark_node_set_literal(node, html); rebuilt.append(node) }
            }
        }
        for (index, node) in children.enumerated() {
            cmark_node_unlink(node)
            // Passes drop only leaves (text, breaks). A dropped node with children could be a container
            // still waiting in `containers(in:)`: it is left unfreed rather than risk touching freed memory.
            if !kept.contains(index), cmark_node_first_child(node) == nil { cmark_node_free(node) }
        }
        for node in rebuilt { cmark_node_append_child(container, node) }
    }

    private static func isInsideLink(_ node: OpaquePointer) -> Bool {
        var current: OpaquePointer? = node
        while let candidate = current {
            let type = cmark_node_get_type(candidate)
            if type == CMARK_NODE_LINK { return true }
            if type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK) { return false }
            current = cmark_node_parent(candidate)
        }
        return false
    }

    private static func piece(for node: OpaquePointer, index: Int) -> InlineRun.Piece {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(literal(node))
        case CMARK_NODE_CODE: return .node(index: index, kind: .code(literal(node)))
        case CMARK_NODE_LINK: return .node(index: index, kind: .link)
        case CMARK_NODE_IMAGE: return .node(index: index, kind: .image)
        case CMARK_NODE_EMPH: return .node(index: index, kind: .emphasis)
        case CMARK_NODE_STRONG: return .node(index: index, kind: .strong)
        case CMARK_NODE_SOFTBREAK: return .node(index: index, kind: .softBreak)
        case CMARK_NODE_LINEBREAK: return .node(index: index, kind: .lineBreak)
        case CMARK_NODE_HTML_INLINE: return .node(index: index, kind: .html)
        default: return .node(index: index, kind: .other)
        }
    }

    /// Gives nodes and paragraphs their attribute lists: runs after links were rewritten, before
    /// rendering. Headings (in `skipping`) get theirs from the document assembler.
    static func applyAttributes(_ attributes: InlineAttributes, skipping: Set<OpaquePointer>) {
        for (node, list) in attributes.nodes { applyToInline(node, list) }
        for (node, list) in attributes.containers where !skipping.contains(node) {
            guard cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH else { continue }
            wrap(node, as: CMARK_NODE_CUSTOM_BLOCK, enter: "<p\(list.html)>", exit: "</p>")
        }
    }

    private static func applyToInline(_ node: OpaquePointer, _ list: HTMLAttributes) {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_LINK:
            let title = literalOrEmpty(cmark_node_get_title(node))
            let titleAttribute = title.isEmpty ? "" : " title=\"\(HTMLEscaping.escape(title))\""
            let href = HTMLEscaping.escape(literalOrEmpty(cmark_node_get_url(node)))
            wrap(node, as: CMARK_NODE_CUSTOM_INLINE, enter: "<a\(list.html) href=\"\(href)\"\(titleAttribute)>", exit: "</a>")
        case CMARK_NODE_IMAGE:
            let title = literalOrEmpty(cmark_node_get_title(node))
            let titleAttribute = title.isEmpty ? "" : " title=\"\(HTMLEscaping.escape(title))\""
            let src = HTMLEscaping.escape(literalOrEmpty(cmark_node_get_url(node)))
            let alt = HTMLEscaping.escape(plainText(of: node))
            replace(node, withInlineHTML: "<img\(list.html) alt=\"\(alt)\" src=\"\(src)\"\(titleAttribute) />")
        case CMARK_NODE_CODE:
            replace(node, withInlineHTML: "<code\(list.html)>\(HTMLEscaping.escape(literal(node)))</code>")
        case CMARK_NODE_EMPH:
            wrap(node, as: CMARK_NODE_CUSTOM_INLINE, enter: "<em\(list.html)>", exit: "</em>")
        case CMARK_NODE_STRONG:
            wrap(node, as: CMARK_NODE_CUSTOM_INLINE, enter: "<strong\(list.html)>", exit: "</strong>")
        default:
            break
        }
    }

    /// Replaces `node` by a custom node printing `enter`, its children, then `exit`.
    private static func wrap(_ node: OpaquePointer, as type: cmark_node_type, enter: String, exit: String) {
        guard let wrapper = cmark_node_new(type) else { return }
        cmark_node_set_on_enter(wrapper, enter)
        cmark_node_set_on_exit(wrapper, exit)
        guard cmark_node_insert_before(node, wrapper) != 0 else { cmark_node_free(wrapper); return }
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            cmark_node_append_child(wrapper, child)
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    private static func replace(_ node: OpaquePointer, withInlineHTML html: String) {
        guard let replacement = cmark_node_new(CMARK_NODE_HTML_INLINE) else { return }
        cmark_node_set_literal(replacement, html)
        guard cmark_node_insert_before(node, replacement) != 0 else { cmark_node_free(replacement); return }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// The text of a node's descendants (an image's alt text).
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator), child != node else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE { text += literal(child) }
        }
        return text
    }

    private static func literal(_ node: OpaquePointer) -> String { literalOrEmpty(cmark_node_get_literal(node)) }

    private static func literalOrEmpty(_ pointer: UnsafePointer<CChar>?) -> String { pointer.map { String(cString: $0) } ?? "" }
}
