import CCmarkGFM
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Talks to cmark-gfm (with `CmarkInlineRewriter.swift`, the only other file that does): parses a
/// CommonMark + GFM document, runs the inline passes, reports what the site needs (headings, code
/// blocks, links, text) as Swift values, applies the replacements the caller decides (rewritten
/// URLs, heading and code block HTML) and renders HTML.
///
/// Every C object is created and freed inside one function call; no pointer leaves these files.
/// Each node is replaced at most once (a replaced node is freed with its subtree).
/// Tree walks use cmark's iterator (no recursion), so deep nesting cannot overflow our stack.
enum CmarkDocument {
    /// cmark options: raw HTML kept (as MkDocs does), footnotes on.
    private static let parseOptions: Int32 = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES
    /// The GFM extensions attached to every parser.
    static let defaultExtensionNames = ["table", "strikethrough", "autolink", "tasklist"]
    /// For one line of inline text the block extensions (tables, task lists) cannot apply; leaving
    /// them out makes the many small title parses cheaper.
    private static let inlineExtensionNames = ["strikethrough", "autolink"]

    /// Registers the GFM extensions once per process. cmark-gfm's own once-check is a plain flag:
    /// pages parsed in parallel could register twice, and the second registration renumbers the
    /// table node types under a parser already using them (a table then renders wrong, rarely).
    /// A Swift static is initialised exactly once, whatever the threads.
    private static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// cmark-gfm 0.29.0.gfm.6 (Debian 12's libcmark-gfm) keeps the characters that start an
    /// extension's inline syntax (`:` and `w` for autolinks, `~` for strikethrough) in one table for
    /// the whole process: each parser sets them as its inline pass starts and clears them as it ends
    /// (`cmark_manage_extensions_special_characters`), so a page whose inline pass ran while another
    /// page's ended lost its autolinks and strikethrough, now and then. The inline passes
    /// (`cmark_parser_finish`) run one at a time; block parsing, our passes and rendering stay parallel.
    private static let inlinePhase = Mutex(())

    /// Renders `markdown` exactly as plain cmark-gfm does (extensions and footnotes on, no block layer).
    /// The reference the conformance tests compare the whole pipeline against.
    static func plainHTML(_ markdown: String) -> String {
        render(markdown, decide: { _ in CmarkReplacements() }).html
    }

    /// Renders one line of inline Markdown (an admonition title, a tab label) to HTML and plain text.
    /// A leading letter keeps block syntax (`# x`, `1. x`) from applying; it is removed afterwards.
    static func renderInline(_ text: String, rewriteURL: (String) -> String = { $0 },
                             inline: InlinePipeline? = nil) -> (html: String, text: String) {
        // Abbreviations are the page's own: such titles are neither plain nor shared between pages.
        let pageSpecific = inline?.usesPageData == true
        if !pageSpecific, isPlainInline(text) { return (HTMLEscaping.escape(text), text) }
        let key = (inline?.signature ?? "") + "\u{0}" + text
        if !pageSpecific, let cached = inlineCache.withLock({ $0[key] }) { return cached }
        let result = render("a " + text, extensions: inline?.cmarkExtensions(block: false) ?? inlineExtensionNames,
                            rewriteURL: rewriteURL, inline: inline, decide: { _ in CmarkReplacements() })
        let html = result.html
        let prefix = "<p>a ", suffix = "</p>\n"
        guard html.hasPrefix(prefix), html.hasSuffix(suffix), html.count >= prefix.count + suffix.count else {
            return (HTMLEscaping.escape(text), text)
        }
        let inner = html.dropFirst(prefix.count).dropLast(suffix.count)
        let plain = result.scan.sectionTexts.map(\.string).joined().dropFirst(2)
        let rendered = (String(inner), String(plain))
        // Without links the HTML does not depend on the page (no URL to rewrite): keep it, as the
        // same tab labels and admonition titles come back on page after page.
        if result.scan.links.isEmpty, !pageSpecific {
            inlineCache.withLock { cache in
                if cache.count >= inlineCacheLimit { cache.removeAll(keepingCapacity: true) }
                cache[key] = rendered
            }
        }
        return rendered
    }

    /// Rendered inline titles without links, by source text (bounded: emptied when full).
    private static let inlineCache = Mutex<[String: (html: String, text: String)]>([:])
    private static let inlineCacheLimit = 4096

    /// True when `text` has no character that could start inline syntax (emphasis, code, links,
    /// entities, raw HTML, autolinks, strikethrough), so escaping it gives what cmark would.
    private static func isPlainInline(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"),
                 UInt8(ascii: "~"), UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "^"), UInt8(ascii: "="),
                 UInt8(ascii: "+"), UInt8(ascii: "$"), UInt8(ascii: "{"), UInt8(ascii: "("), UInt8(ascii: "#"),
                 UInt8(ascii: "-"), UInt8(ascii: "/"), 0x00:
                return false
            default:
                // `www.` starts an autolink: any "w." or "ww" takes the full path.
                let afterW = previous == UInt8(ascii: "w") || previous == UInt8(ascii: "W")
                if afterW, byte == UInt8(ascii: ".") || byte == UInt8(ascii: "w") || byte == UInt8(ascii: "W") { return false }
                previous = byte
            }
        }
        return true
    }

    /// Parses `markdown`, collects a `CmarkScan`, asks `decide` for replacements, applies them, renders.
    /// With `listsFromOne`, every ordered list is numbered from 1 whatever its first number, as
    /// Python-Markdown does (its `lazy_ol`, on in MkDocs): `10. x` is `<ol>`, not `<ol start="10">`.
    static func render(_ markdown: String, extensions extensionNames: [String] = defaultExtensionNames,
                       rewriteURL: (String) -> String = { $0 }, inline: InlinePipeline? = nil, listsFromOne: Bool = false,
                       decide: (CmarkScan) -> CmarkReplacements) -> (html: String, scan: CmarkScan) {
        _ = extensionsRegistered
        guard let parser = cmark_parser_new(parseOptions) else { return ("", CmarkScan()) }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        var bytes = markdown
        bytes.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        var finished: OpaquePointer?
        inlinePhase.withLock { _ in finished = cmark_parser_finish(parser) }
        guard let root = finished else { return ("", CmarkScan()) }
        defer { cmark_node_free(root) }

        var attributes = InlineAttributes()
        if let inline, !inline.isEmpty { attributes = InlineRewriter.rewrite(root, with: inline) }
        var nodes = CollectedNodes()
        var scan = collect(root, into: &nodes, attributed: Set(attributes.nodes.keys))
        scan.inlineProblems = attributes.problems
        // Before headings render their inline HTML, so links inside headings are rewritten too.
        for (index, link) in scan.links.enumerated() {
            let rewritten = rewriteURL(link.destination)
            if rewritten != link.destination { cmark_node_set_url(nodes.links[index], rewritten) }
        }
        // Attribute lists after URLs are rewritten (an attributed link is written with its final
        // href) and before headings render their HTML (so `## [x](y){ .c }` shows the class). The
        // nodes this replaces are never replaced again: attributed code is not collected above.
        InlineRewriter.applyAttributes(attributes, skipping: Set(nodes.headings))
        for (index, heading) in nodes.headings.enumerated() {
            if let attributes = attributes.containers[heading] {
                scan.headings[index].attributes = attributes
                scan.headings[index].customID = attributes.id
            } else {
                scan.headings[index].customID = stripCustomID(heading)
            }
            scan.headings[index].innerHTML = innerHTML(of: heading, level: scan.headings[index].level)
        }
        if listsFromOne { for list in nodes.numberedLists { cmark_node_set_list_start(list, 1) } }
        let replacements = decide(scan)
        apply(replacements, to: nodes, codeBlockAttributes: attributes.codeBlocks)
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let rendered = cmark_render_html(root, parseOptions, extensions) else { return ("", scan) }
        defer { free(rendered) }
        return (String(cString: rendered), scan)
    }

    /// The C nodes the scan refers to, index-aligned with the scan's arrays; valid only inside `render`.
    private struct CollectedNodes {
        var headings: [OpaquePointer] = []
        var codeBlocks: [OpaquePointer] = []
        var links: [OpaquePointer] = []
        /// Inline code spans (`CMARK_NODE_CODE`), for `CmarkReplacements.inlineCodeHTML`.
        var inlineCodes: [OpaquePointer] = []
        /// Ordered lists whose first number is not 1.
        var numberedLists: [OpaquePointer] = []
    }

    /// `attributed` are nodes that get an attribute list later: they are not offered for replacement
    /// (a node is replaced at most once, or freed memory would be touched).
    private static func collect(_ root: OpaquePointer, into nodes: inout CollectedNodes,
                                attributed: Set<OpaquePointer> = []) -> CmarkScan {
        var scan = CmarkScan()
        guard let iterator = cmark_iter_new(root) else { return scan }
        defer { cmark_iter_free(iterator) }
        var openHeading: OpaquePointer?
        var imageDepth = 0
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_EXIT {
                if type == CMARK_NODE_HEADING { openHeading = nil }
                if type == CMARK_NODE_IMAGE { imageDepth -= 1 }
                // Every block ends a word: paragraphs, headings, and table cells (an extension's
                // block type), whose texts would otherwise run together in the search index.
                if type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK) { scan.appendSpace() }
                continue
            }
            switch type {
            case CMARK_NODE_HEADING:
                openHeading = node
                nodes.headings.append(node)
                scan.headings.append(CmarkScan.HeadingNode(
                    level: Int(cmark_node_get_heading_level(node)), position: position(of: node)))
                scan.sectionTexts.append(SectionText())
            case CMARK_NODE_CODE_BLOCK:
                var length: Int32 = 0, offset: Int32 = 0
                var character: CChar = 0
                let fenced = cmark_node_get_fenced(node, &length, &offset, &character) != 0
                nodes.codeBlocks.append(node)
                scan.codeBlocks.append(CmarkScan.CodeNode(
                    position: position(of: node), endLine: Int(cmark_node_get_end_line(node)),
                    literal: string(cmark_node_get_literal(node)), info: string(cmark_node_get_fence_info(node)),
                    isFenced: fenced, parentID: cmark_node_parent(node).map { Int(bitPattern: UnsafeRawPointer($0)) } ?? 0,
                    sectionIndex: scan.sectionTexts.count - 1))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if type == CMARK_NODE_IMAGE { imageDepth += 1 }
                nodes.links.append(node)
                scan.links.append(CmarkScan.LinkNode(
                    destination: string(cmark_node_get_url(node)), position: position(of: node),
                    enclosingBlockLine: enclosingBlockLine(of: node), isImage: type == CMARK_NODE_IMAGE))
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                guard let literal = cmark_node_get_literal(node) else { break }
                // Code inside a heading goes with the heading, whose whole HTML is replaced.
                // So does code in an image's alt text (an attributed image is replaced whole).
                if type == CMARK_NODE_CODE, openHeading == nil, imageDepth == 0, !attributed.contains(node) {
                    collectInlineCode(node, literal: literal, into: &scan, nodes: &nodes)
                }
                if openHeading != nil {
                    scan.headings[scan.headings.count - 1].text += String(cString: literal)
                } else {
                    literal.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
                        scan.appendText(UnsafeBufferPointer(start: bytes, count: strlen(literal)))
                    }
                }
            case CMARK_NODE_HTML_BLOCK:
                for title in ContainerTitleText.titles(inHTML: string(cmark_node_get_literal(node))) {
                    scan.appendSpace()
                    var title = title
                    title.withUTF8 { scan.appendText($0) }
                    scan.appendSpace()
                }
            case CMARK_NODE_LIST:
                if cmark_node_get_list_type(node) == CMARK_ORDERED_LIST, cmark_node_get_list_start(node) != 1 {
                    nodes.numberedLists.append(node)
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if openHeading != nil { scan.headings[scan.headings.count - 1].text += " " } else { scan.appendSpace() }
            default:
                break
            }
        }
        return scan
    }

    /// Inline code: its text, so the caller may give its HTML (inline hilite, `#!python x`).
    private static func collectInlineCode(_ node: OpaquePointer, literal: UnsafePointer<CChar>, into scan: inout CmarkScan,
                                          nodes: inout CollectedNodes) {
        nodes.inlineCodes.append(node)
        scan.inlineCodes.append(String(cString: literal))
    }

    /// Removes a trailing `{#id}` from the heading's last text node; returns the id.
    private static func stripCustomID(_ heading: OpaquePointer) -> String? {
        guard let last = cmark_node_last_child(heading), cmark_node_get_type(last) == CMARK_NODE_TEXT else { return nil }
        let literal = string(cmark_node_get_literal(last))
        guard let attribute = HeadingAttribute.parse(literal) else { return nil }
        cmark_node_set_literal(last, attribute.text)
        return attribute.id
    }

    /// The heading's inline HTML: cmark renders `<hN>…</hN>\n`; the tags are removed.
    private static func innerHTML(of heading: OpaquePointer, level: Int) -> String {
        guard let rendered = cmark_render_html(heading, parseOptions, nil) else { return "" }
        defer { free(rendered) }
        let html = String(cString: rendered)
        let open = "<h\(level)>", close = "</h\(level)>\n"
        guard html.hasPrefix(open), html.hasSuffix(close), html.count >= open.count + close.count else { return html }
        return String(html.dropFirst(open.count).dropLast(close.count))
    }

    private static func apply(_ replacements: CmarkReplacements, to nodes: CollectedNodes,
                              codeBlockAttributes: [OpaquePointer: HTMLAttributes]) {
        for (index, html) in replacements.headingHTML where index < nodes.headings.count {
            replace(nodes.headings[index], withHTML: html)
        }
        for (index, html) in replacements.codeBlockHTML where index < nodes.codeBlocks.count {
            let node = nodes.codeBlocks[index]
            let wrapped = codeBlockAttributes[node].map { "<div\($0.html)>\n" + html + "\n</div>" } ?? html
            replace(node, withHTML: wrapped)
        }
        for (index, html) in replacements.inlineCodeHTML where index < nodes.inlineCodes.count {
            replace(nodes.inlineCodes[index], withHTML: html, type: CMARK_NODE_HTML_INLINE)
        }
    }

    private static func replace(_ node: OpaquePointer, withHTML html: String, type: cmark_node_type = CMARK_NODE_HTML_BLOCK) {
        guard let block = cmark_node_new(type) else { return }
        cmark_node_set_literal(block, html)
        if cmark_node_insert_before(node, block) == 0 {
            cmark_node_free(block)
            return
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    private static func position(of node: OpaquePointer) -> CmarkScan.Position {
        CmarkScan.Position(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
    }

    /// The start line of the nearest block ancestor: inline nodes may lack their own line.
    private static func enclosingBlockLine(of node: OpaquePointer) -> Int {
        var current: OpaquePointer? = cmark_node_parent(node)
        while let candidate = current {
            let raw = cmark_node_get_type(candidate).rawValue
            if raw & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK) {
                return Int(cmark_node_get_start_line(candidate))
            }
            current = cmark_node_parent(candidate)
        }
        return 1
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
