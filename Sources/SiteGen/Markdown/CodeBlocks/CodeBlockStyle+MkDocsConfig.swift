import Yams

extension CodeBlockStyle {
    /// The style a MkDocs config's `markdown_extensions:` asks for (the list form, `- name` or
    /// `- name: {options}`, or the mapping form), with pymdownx's defaults for options not given:
    ///
    ///     let node = try Yams.compose(yaml: "- pymdownx.highlight:\n    line_spans: __span\n- pymdownx.superfences\n")!
    ///     CodeBlockStyle(markdownExtensions: node).lineSpans   // "__span"
    ///
    /// Without pymdownx.highlight (codehilite, or no highlighting extension) the blocks get the
    /// plain `div.highlight` shape; custom fences come from superfences' `custom_fences`, their
    /// format from the formatter's name (`fence_code_format`, `fence_div_format`, arithmatex's).
    public init(markdownExtensions node: Node) {
        let extensions = Self.extensionOptions(node)
        let highlight = extensions["pymdownx.highlight"] ?? [:]
        languageClass = highlight["pygments_lang_class"]?.bool ?? false
        lineSpans = highlight["line_spans"]?.string.flatMap { $0.isEmpty ? nil : $0 }
        anchorLineNumbers = highlight["anchor_linenums"]?.bool ?? false
        lineNumberStyle = highlight["linenums_style"]?.string.flatMap(LineNumberStyle.init(rawValue:)) ?? .table
        inlineHilite = extensions["pymdownx.inlinehilite"] != nil
        customFences = (extensions["pymdownx.superfences"]?["custom_fences"]?.sequence ?? []).compactMap(Self.customFence)
    }

    /// Extension name → its options, from either form of `markdown_extensions:`.
    private static func extensionOptions(_ node: Node) -> [String: [String: Node]] {
        var result: [String: [String: Node]] = [:]
        func add(_ name: Node, _ options: Node?) {
            guard let name = name.string else { return }
            result[name] = options?.mapping.map { mapping in
                Dictionary(mapping.compactMap { pair in pair.key.string.map { ($0, pair.value) } }, uniquingKeysWith: { a, _ in a })
            } ?? [:]
        }
        if let mapping = node.mapping {
            for (name, options) in mapping { add(name, options) }
        } else {
            for item in node.sequence ?? [] {
                if let mapping = item.mapping, let (name, options) = mapping.first { add(name, options) } else { add(item, nil) }
            }
        }
        return result
    }

    /// One entry of `custom_fences` (`{name: mermaid, class: mermaid, format: !!python/name:…fence_code_format}`).
    private static func customFence(_ node: Node) -> CustomFence? {
        guard let mapping = node.mapping, let name = mapping["name"]?.string else { return nil }
        let formatter = mapping["format"].map { ($0.tag.description) + ($0.string ?? "") } ?? ""
        let format: CustomFence.Format =
            if formatter.contains("arithmatex") { .arithmatex } else if formatter.contains("fence_div_format") { .div } else { .preCode }
        return CustomFence(name: name, className: mapping["class"]?.string ?? name, format: format)
    }
}
