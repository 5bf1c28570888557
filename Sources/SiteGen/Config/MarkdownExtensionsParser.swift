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
        case .scalar(let scalar) where scalar.string.isEmpty || scalar.tag.description.hasSuffix("null"):
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
                var values: [String: OptionValue] = [:]
                var lines: [String: Int] = [:]
                for (key, option) in mapping {
                    guard let name = key.string else { continue }
                    values[name] = optionValue(option)
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

    static func optionValue(_ node: Node) -> OptionValue {
        switch node {
        case .scalar(let scalar):
            let tag = scalar.tag.description
            if tag.contains("python/") { return .tagged(tag: tag, value: scalar.string) }
            return .scalar(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.map(optionValue))
        case .mapping(let mapping):
            var values: [String: OptionValue] = [:]
            for (key, value) in mapping { if let name = key.string { values[name] = optionValue(value) } }
            if mapping.tag.description.contains("python/") {
                // `!!python/object/apply:f {kwds: {case: lower}}` → the arguments as `case=lower`.
                var arguments: [String] = []
                if case .mapping(let kwds)? = values["kwds"] {
                    for (key, value) in kwds.sorted(by: { $0.key < $1.key }) { arguments.append("\(key)=\(value.string ?? "")") }
                }
                return .tagged(tag: mapping.tag.description, value: arguments.joined(separator: ","))
            }
            return .mapping(values)
        case .alias:
            return .scalar("")
        }
    }
}
