import Yams

/// Reads `nav:` in MkDocs' forms: `- a.md`, `- Título: a.md`, `- Sección: [ … ]`, and
/// external links (`- GitHub: https://…`).
enum NavConfigParser {
    static func parse(_ node: Node, reader: inout YAMLReader) -> [NavEntry]? {
        guard let items = reader.sequence(node, key: "nav") else { return nil }
        return entries(items, reader: &reader)
    }

    private static func entries(_ items: [Node], reader: inout YAMLReader) -> [NavEntry] {
        items.compactMap { entry($0, reader: &reader) }
    }

    private static func entry(_ node: Node, reader: inout YAMLReader) -> NavEntry? {
        switch node {
        case .scalar(let scalar):
            return target(title: nil, scalar.string, at: node, reader: &reader)
        case .mapping(let mapping):
            guard mapping.count == 1, let pair = mapping.first, case .scalar(let titleScalar) = pair.key else {
                reader.error("a nav entry must be 'Title: path.md' or 'Title: [ … ]' (one key)", at: node)
                return nil
            }
            let title = titleScalar.string
            switch pair.value {
            case .scalar(let scalar):
                return target(title: title, scalar.string, at: pair.value, reader: &reader)
            case .sequence(let children):
                return .section(title: title, children: entries(Array(children), reader: &reader))
            default:
                reader.error("nav entry '\(title)' must name a page or list children", at: pair.value)
                return nil
            }
        default:
            reader.error("a nav entry must be a path or 'Title: path.md', not \(YAMLReader.describe(node))", at: node)
            return nil
        }
    }

    private static func target(title: String?, _ value: String, at node: Node, reader: inout YAMLReader) -> NavEntry? {
        guard !value.isEmpty else {
            reader.error("empty nav entry", at: node)
            return nil
        }
        if LinkTarget.isExternal(value) || value.hasPrefix("/") {
            return .link(title: title ?? value, url: value)
        }
        if reader.navLocations[value] == nil { reader.navLocations[value] = reader.location(of: node) }
        return .page(title: title, path: value)
    }
}
