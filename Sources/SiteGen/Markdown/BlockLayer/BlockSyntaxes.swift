/// Which container syntaxes the block layer reads, from `markdown_extensions:`: MkDocs prints
/// `!!! note` as text unless `admonition` is on, `???` needs `pymdownx.details`, `===`
/// `pymdownx.tabbed`, and `/// name` the matching `pymdownx.blocks.*` extension. A `sitegen.yml`
/// project has them all.
struct BlockSyntaxes: Sendable, Equatable {
    var admonitions = true
    var details = true
    var tabs = true
    /// `///` block names allowed (`tab`, `details`, `caption`, `html`, `admonition`); nil: all.
    var blockNames: Set<String>? = nil
    /// `pymdownx.blocks.admonition`: `/// note` and other types.
    var blockAdmonitions = true

    static let all = BlockSyntaxes()

    init() {}

    init(_ extensions: MarkdownExtensions) {
        admonitions = extensions.contains("admonition")
        details = extensions.contains("pymdownx.details")
        tabs = extensions.contains("pymdownx.tabbed")
        var names: Set<String> = []
        // `/// caption` and `/// html` are not implemented (their extensions are warned about): text.
        for name in ["details", "tab"] where extensions.contains("pymdownx.blocks.\(name)") {
            names.insert(name)
        }
        // markdown-include-variants writes its tabs and previews as blocks.
        if extensions.contains("markdown_include_variants") { names.formUnion(["tab", "details"]) }
        blockAdmonitions = extensions.contains("pymdownx.blocks.admonition") || extensions.contains("markdown_include_variants")
        if blockAdmonitions { names.insert("admonition") }
        blockNames = names
    }

    /// True when `marker` is a syntax this page's extensions read.
    func allows(_ marker: ContainerMarker) -> Bool {
        switch marker {
        case .admonition(_, _, let collapsible, _): return collapsible ? details : admonitions
        case .tab: return tabs
        case .blockStart(let name, _, _):
            guard let blockNames else { return true }
            return blockNames.contains(name) || (blockAdmonitions && !Self.otherBlockNames.contains(name))
        case .blockEnd: return blockNames.map { !$0.isEmpty } ?? true
        }
    }

    private static let otherBlockNames: Set<String> = ["details", "tab", "caption", "html", "definition"]
}
