/// A heading of a page, with the id its anchor uses (MkDocs' slugify, DESIGN.md §2).
public struct Heading: Sendable, Hashable {
    /// 1 to 6.
    public var level: Int
    /// The anchor id (`{#custom}` when given, else the MkDocs slug, deduplicated per page).
    public var id: String
    /// The heading's text without markup, for the TOC, titles and search.
    public var text: String
    /// The heading's inline HTML (emphasis, code…), for the TOC.
    public var html: String
    public var location: SourceLocation

    public init(level: Int, id: String, text: String, html: String, location: SourceLocation) {
        self.level = level
        self.id = id
        self.text = text
        self.html = html
        self.location = location
    }
}

/// A link or image destination as written in a page, for link checking.
public struct LinkReference: Sendable, Hashable {
    /// The destination as written (`../a.md#b`, `https://…`).
    public var destination: String
    public var location: SourceLocation
    public var isImage: Bool

    public init(destination: String, location: SourceLocation, isImage: Bool = false) {
        self.destination = destination
        self.location = location
        self.isImage = isImage
    }
}

/// The plain text of a page between two headings, for the search index.
public struct DocumentSection: Sendable, Hashable {
    /// The id of the heading that opens the section; `nil` for text before the first heading.
    public var headingID: String?
    /// The heading's text; `nil` for text before the first heading.
    public var title: String?
    /// The section's words, without markup, whitespace collapsed.
    public var text: String

    public init(headingID: String?, title: String?, text: String) {
        self.headingID = headingID
        self.title = title
        self.text = text
    }
}
