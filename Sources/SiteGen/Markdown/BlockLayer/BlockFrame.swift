/// One open container while the block layer scans a page.
struct BlockFrame {
    enum Kind {
        case admonition
        case details
        /// A set of consecutive tabs; its first line is written when the set closes.
        case tabSet(TabSetState)
        case tab
        /// A pymdownx.blocks container closed by a line of `fenceLength` slashes; `inner` is what it renders as.
        case block(fenceLength: Int, name: String)
        /// A definition list (`def_list`): its terms and definitions share its indentation.
        case definitionList(DefinitionListState)
        /// One definition of a definition list, its body indented 4 spaces past the `:`.
        case definition
    }

    var kind: Kind
    /// Indentation (absolute columns, tab = 4) a non-blank line needs to stay inside.
    var requiredIndent: Int
    /// How many indented containers (this one included) a body line is dedented by, 4 columns each.
    var indentedDepth: Int
    /// Indentation of the marker line in the dedented text (consecutive tabs share it).
    var markerIndent: Int
    /// Indentation of the container's own HTML lines in the transformed text (the enclosing
    /// list item's content column, so cmark keeps them inside the item without extra spaces).
    var emitIndent: Int
    var closingLines: [String]
    /// The marker line, for diagnostics.
    var location: SourceLocation
    /// The marker as written (`!!! note`), for messages.
    var markerText: String
    /// Index in the transformer's container list.
    var containerIndex: Int32
    var hasBody = false

    var isTabSet: Bool {
        if case .tabSet = kind { return true }
        return false
    }

    var blockFenceLength: Int? {
        if case .block(let length, _) = kind { return length }
        return nil
    }
}

/// The tabs of one set seen so far.
struct TabSetState {
    /// The page-wide set number (1-based), used in input ids.
    var number: Int
    /// Placeholder handle of the set's first line.
    var headerPlaceholder: Int
    var labelsHTML: [String] = []
    var rawLabels: [String] = []
    var selected: Int?
    var warnedDuplicate = false
}
