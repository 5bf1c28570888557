import Yams

/// Reads typed values out of a composed YAML tree, turning every wrong type into a located
/// diagnostic instead of a crash (`sitegen.yml:3:6: error: 'nav' must be a list`).
struct YAMLReader {
    /// The config file as printed in diagnostics.
    var file: String
    var diagnostics: [Diagnostic] = []
    /// Where each `nav:` page path was written (first occurrence), for "missing file" errors.
    var navLocations: [String: SourceLocation] = [:]

    init(file: String) {
        self.file = file
    }

    /// Where `node` starts in the file.
    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    mutating func error(_ message: String, at node: Node) {
        diagnostics.append(.error(message, at: location(of: node)))
    }

    mutating func warning(_ message: String, at node: Node) {
        diagnostics.append(.warning(message, at: location(of: node)))
    }

    /// How config files are composed: no implicit types. Every reader here takes scalars as text
    /// and converts them itself, and Yams' default resolver matches each plain scalar against
    /// seven regular expressions (half the time of loading a config whose `nav:` lists 1,000 pages).
    static let resolver = Resolver.basic

    /// True for YAML's null: an empty value, `~`, `null` (not quoted).
    static func isNull(_ scalar: Node.Scalar) -> Bool {
        if scalar.tag.description.hasSuffix(":null") { return true }
        guard scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// A scalar as text (numbers and booleans too); an error for lists and mappings.
    mutating func string(_ node: Node, key: String) -> String? {
        if case .scalar(let scalar) = node { return scalar.string }
        error("'\(key)' must be text, not \(Self.describe(node))", at: node)
        return nil
    }

    /// A whole number; an error otherwise.
    mutating func integer(_ node: Node, key: String) -> Int? {
        if case .scalar(let scalar) = node, let value = Int(scalar.string) { return value }
        error("'\(key)' must be a whole number, not \(Self.describe(node))", at: node)
        return nil
    }

    /// `true`/`false` (and YAML's yes/no/on/off); an error otherwise.
    mutating func boolean(_ node: Node, key: String) -> Bool? {
        if case .scalar(let scalar) = node {
            switch scalar.string.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        error("'\(key)' must be true or false, not \(Self.describe(node))", at: node)
        return nil
    }

    /// The key/value pairs of a mapping with text keys; an error for anything else.
    mutating func mapping(_ node: Node, key: String) -> [(key: String, keyNode: Node, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            error("'\(key)' must be a mapping (key: value lines), not \(Self.describe(node))", at: node)
            return nil
        }
        return mapping.compactMap { pair in
            guard case .scalar(let scalar) = pair.key else {
                error("keys in '\(key)' must be text", at: pair.key)
                return nil
            }
            return (scalar.string, pair.key, pair.value)
        }
    }

    /// The items of a list; an error for anything else.
    mutating func sequence(_ node: Node, key: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            error("'\(key)' must be a list, not \(Self.describe(node))", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// A short name for a node's shape, for messages.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string.isEmpty ? "an empty value" : "'\(scalar.string)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
