extension CodeBlockStyle {
    /// The style a project's `markdown_extensions:` asks for, with pymdownx's defaults for
    /// options not given:
    ///
    ///     pymdownx.highlight: {line_spans: __span}   →   CodeBlockStyle(extensions).lineSpans == "__span"
    ///
    /// Without pymdownx.highlight (codehilite, or no highlighting extension) the blocks get the
    /// plain `div.highlight` shape; custom fences come from superfences' `custom_fences`, their
    /// format from the formatter's name (`fence_code_format`, `fence_div_format`, arithmatex's).
    public init(_ extensions: MarkdownExtensions) {
        let highlight = extensions["pymdownx.highlight"]
        languageClass = highlight.bool("pygments_lang_class", default: false)
        lineSpans = highlight.string("line_spans").flatMap { $0.isEmpty ? nil : $0 }
        anchorLineNumbers = highlight.bool("anchor_linenums", default: false)
        lineNumberStyle = highlight.string("linenums_style").flatMap(LineNumberStyle.init(rawValue:)) ?? .table
        inlineHilite = extensions.contains("pymdownx.inlinehilite")
        if case .list(let fences)? = extensions["pymdownx.superfences"]["custom_fences"] {
            customFences = fences.compactMap(Self.customFence)
        } else {
            customFences = []
        }
    }

    /// One entry of `custom_fences` (`{name: mermaid, class: mermaid, format: !!python/name:…fence_code_format}`).
    private static func customFence(_ value: ConfigValue) -> CustomFence? {
        guard case .map(let fence) = value, let name = fence["name"]?.string else { return nil }
        let formatter: String
        switch fence["format"] {
        case .tagged(let tag, let text)?: formatter = tag + text
        case .text(let text)?: formatter = text
        default: formatter = ""
        }
        let format: CustomFence.Format =
            if formatter.contains("arithmatex") { .arithmatex } else if formatter.contains("fence_div_format") { .div } else { .preCode }
        return CustomFence(name: name, className: fence["class"]?.string ?? name, format: format)
    }
}
