/// What a cmark parse reports about a document, as plain values (positions in the parsed text,
/// 1-based lines and byte columns). `CmarkDocument` produces it; the renderer maps it back to the page.
struct CmarkScan {
    /// A 1-based line and 1-based byte column in the text cmark parsed.
    struct Position: Hashable {
        var line: Int
        var column: Int
    }

    /// An ATX or setext heading.
    struct HeadingNode {
        var level: Int
        var position: Position
        /// Plain text (text and code spans; `{#id}` still included).
        var text = ""
        /// Inline HTML, after a trailing `{#id}` was removed.
        var innerHTML = ""
        /// The id given with `{#id}`, if any.
        var customID: String?
        /// The heading's attribute list (`{ #id .class }`), when `attr_list` set one.
        var attributes: HTMLAttributes?
    }

    /// A code block (fenced or indented).
    struct CodeNode {
        var position: Position
        var endLine: Int
        var literal: String
        var info: String
        var isFenced: Bool
        /// Identity of the parent node (same value = same parent block), for output pairing.
        var parentID: Int
        /// Index in `sectionTexts` of the section holding the block.
        var sectionIndex: Int
    }

    /// A link or image.
    struct LinkNode {
        var destination: String
        var position: Position
        /// The start line of the block holding the link, used when cmark gives inlines no line.
        var enclosingBlockLine: Int
        var isImage: Bool
    }

    var headings: [HeadingNode] = []
    var codeBlocks: [CodeNode] = []
    var links: [LinkNode] = []
    /// The text of every inline code span, in document order.
    var inlineCodes: [String] = []
    /// Problems the inline passes found, with the line of the block they were in.
    var inlineProblems: [(line: Int, message: String)] = []
    /// Plain text by section (UTF-8, whitespace collapsed): index 0 before the first heading,
    /// index i+1 after heading i.
    var sectionTexts: [SectionText] = [SectionText()]

    /// Appends text to the last section.
    mutating func appendText(_ text: UnsafeBufferPointer<UInt8>) {
        sectionTexts[sectionTexts.count - 1].append(text)
    }

    /// Ends the current text run with a space (between blocks, line breaks).
    mutating func appendSpace() {
        sectionTexts[sectionTexts.count - 1].appendSpace()
    }
}

/// Text collected for search with runs of whitespace collapsed to one space as it arrives.
struct SectionText {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    mutating func append(_ text: some Sequence<UInt8>) {
        for byte in text {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
    }

    mutating func appendSpace() {
        pendingSpace = !bytes.isEmpty
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// What to change before rendering, keyed by index in the scan's arrays.
struct CmarkReplacements {
    /// Raw HTML that replaces heading `i` (id and permalink).
    var headingHTML: [Int: String] = [:]
    /// Raw HTML that replaces code block `i`.
    var codeBlockHTML: [Int: String] = [:]
    /// Raw inline HTML that replaces inline code span `i` (`scan.inlineCodes`).
    var inlineCodeHTML: [Int: String] = [:]
}
