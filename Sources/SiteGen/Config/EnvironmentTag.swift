import Yams

/// Resolves MkDocs' `!ENV` tag in a composed config tree, as MkDocs (pyyaml-env-tag) does:
///
///     site_url: !ENV SITE_URL                   # the variable, else no value
///     edit_uri: !ENV [EDIT_URI, OTHER, "edit/"] # the first variable set, else the last item
///
/// A value taken from the environment is text (the reader parses numbers and booleans from text
/// anyway). With no variable set and no default, the key is dropped, so its default applies.
/// Other tags (`!!python/name:…`, `!relative`) are left as they are: Yams composes them as plain
/// nodes, and `markdown_extensions:` keeps them as tagged option values.
enum EnvironmentTag {
    static let name = "!ENV"

    /// `node` with every `!ENV` node replaced; `nil` when `node` itself is an `!ENV` without a value.
    static func resolve(_ node: Node, environment: [String: String], reader: inout YAMLReader) -> Node? {
        if node.tag.rawValue == name { return value(of: node, environment: environment, reader: &reader) }
        switch node {
        case .mapping(let mapping):
            var pairs: [(Node, Node)] = []
            for pair in mapping {
                if let value = resolve(pair.value, environment: environment, reader: &reader) { pairs.append((pair.key, value)) }
            }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
        case .sequence(let sequence):
            let items = sequence.map { resolve($0, environment: environment, reader: &reader) ?? .scalar(Node.Scalar("", Tag(.null))) }
            return .sequence(Node.Sequence(items, sequence.tag, sequence.style, sequence.mark))
        default:
            return node
        }
    }

    private static func value(of node: Node, environment: [String: String], reader: inout YAMLReader) -> Node? {
        var names: [String]
        var fallback: Node?
        switch node {
        case .scalar(let scalar):
            names = [scalar.string]
        case .sequence(let sequence) where !sequence.isEmpty:
            let items = Array(sequence)
            if items.count > 1 { fallback = items.last }
            names = items.dropLast(items.count > 1 ? 1 : 0).compactMap { $0.scalar?.string }
        default:
            reader.error("'!ENV' takes a variable name or a list [VAR, …, default], not \(YAMLReader.describe(node))", at: node)
            return nil
        }
        if let found = names.lazy.compactMap({ environment[$0] }).first {
            return .scalar(Node.Scalar(found, Tag(.implicit), .plain, node.mark))
        }
        return fallback
    }
}
