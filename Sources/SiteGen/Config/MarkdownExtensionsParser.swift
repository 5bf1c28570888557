import Yams

/// Reads `markdown_extensions:` (a list of names or one-key mappings, or a mapping of name to
/// options) into `MarkdownExtensions`. Each extension sitegen does not implement is named in one
/// warning at its line; the build goes on without it, as the page still renders.
enum MarkdownExtensionsParser {
    static func parse(_ node: Node, reader: inout YAMLReader) -> MarkdownExtensions {
        var extensions = MarkdownExtensions()
        var entries: [(name: String, at: Node, options: Node?)] = []
        switch node {
        case .sequence(let sequence):
            for item in sequence {
                switch item {
                case .scalar(let scalar): entries.append((scalar.string, item, nil))
                case .mapping(let mapping):
                    for (key, value) in mapping { entries.append((key.string ?? "", key, value)) }
                default: reader.warning("markdown_extensions: expected a name or 'name: options'", at: item)
                }
            }
        case .mapping(let mapping):
            for (key, value) in mapping { entries.append((key.string ?? "", key, value)) }
        case .scalar(let scalar) where YAMLReader.isNull(scalar):
            break
        default:
            reader.warning("markdown_extensions: expected a list of extensions", at: node)
        }
        for entry in entries where !entry.name.isEmpty {
            let short = MarkdownExtensions.shortName(entry.name)
            if !MarkdownExtensions.supported.contains(short) {
                reader.warning("Markdown extension '\(entry.name)' is not supported by sitegen; pages render without it", at: entry.at)
            }
            let options: ExtensionOptions
            if let value = entry.options, case .mapping(let mapping) = value {
                var values: [String: ConfigValue] = [:]
                var lines: [String: Int] = [:]
                for (key, option) in mapping {
                    guard let name = key.string else { continue }
                    values[name] = ConfigValue(option)
                    lines[name] = reader.location(of: option).line
                }
                options = ExtensionOptions(values, lines: lines)
            } else {
                options = ExtensionOptions()
            }
            extensions.enable(short, options)
        }
        return extensions
    }
}
