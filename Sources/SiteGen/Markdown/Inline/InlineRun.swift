/// The inline children of one cmark container (a paragraph, a heading, an emphasis, a link…) as
/// values an inline pass can rewrite: text, raw HTML, and the container's other children kept as
/// they are. Passes never see C pointers; `CmarkDocument` turns the result back into nodes.
///
///     var run = InlineRun(pieces: [.text("H~2~O")])
///     // after the tilde pass: [.text("H"), .html("<sub>"), .text("2"), .html("</sub>"), .text("O")]
struct InlineRun: Equatable {
    /// What an untouched child node is, as far as passes care.
    enum NodeKind: Equatable {
        case link, image, emphasis, strong, softBreak, lineBreak, html, other
        /// An inline code span with its text.
        case code(String)
    }

    enum Piece: Equatable {
        /// Text as cmark decoded it (entities and backslash escapes resolved); escaped on output.
        case text(String)
        /// Raw HTML, written as it is.
        case html(String)
        /// The container's child number `index`, kept.
        case node(index: Int, kind: NodeKind)
    }

    /// The kind of container the run belongs to (attribute lists apply differently to each).
    enum Container: Equatable {
        case paragraph, heading, tableCell, inline
    }

    var pieces: [Piece]
    var container: Container = .inline
    /// The run is the text of a link (or inside one): passes that make links leave it alone.
    var isInsideLink = false
    /// Attribute lists for kept nodes (`[x](y){ .md-button }`), by child index.
    var nodeAttributes: [Int: HTMLAttributes] = [:]
    /// An attribute list for the container itself (`## T { #id .c }`, a paragraph's last line `{ .annotate }`).
    var containerAttributes: HTMLAttributes?
    /// The run was nothing but an attribute list (`{ .annotate }` alone in a paragraph).
    var isOnlyAttributeList = false
    /// Problems a pass found (an unknown icon), reported as warnings at the block's line.
    var problems: [String] = []

    init(pieces: [Piece], container: Container = .inline) {
        self.pieces = pieces
        self.container = container
    }

    /// Rewrites every text piece with `transform`, which returns the pieces it becomes (or nil to keep it).
    mutating func rewriteTexts(_ transform: (String) -> [Piece]?) {
        var result: [Piece] = []
        result.reserveCapacity(pieces.count)
        var changed = false
        for piece in pieces {
            if case .text(let text) = piece, let replacement = transform(text) {
                result += replacement
                changed = true
            } else {
                result.append(piece)
            }
        }
        if changed { pieces = result }
    }
}
