import Yams

/// A YAML value kept as data: `extra:` (handed to templates as strings, lists and mappings) and
/// the options of `markdown_extensions:`.
public indirect enum ConfigValue: Sendable, Equatable {
    case text(String)
    case list([ConfigValue])
    case map([String: ConfigValue])
    /// A value with a Python tag (`!!python/name:…`, `!!python/object/apply:f {kwds: {case: lower}}`),
    /// kept as its tag and its text (for `apply`, the keyword arguments as `case=lower`).
    case tagged(tag: String, value: String)

    /// The value of a composed YAML node (aliases become empty text).
    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            let tag = scalar.tag.description
            self = tag.contains("python/") ? .tagged(tag: tag, value: scalar.string) : .text(scalar.string)
        case .sequence(let sequence): self = .list(sequence.map(ConfigValue.init))
        case .mapping(let mapping):
            var map: [String: ConfigValue] = [:]
            for pair in mapping { map[pair.key.scalar?.string ?? ""] = ConfigValue(pair.value) }
            if mapping.tag.description.contains("python/") {
                var arguments: [String] = []
                if case .map(let kwds)? = map["kwds"] {
                    for (key, value) in kwds.sorted(by: { $0.key < $1.key }) { arguments.append("\(key)=\(value.string ?? "")") }
                }
                self = .tagged(tag: mapping.tag.description, value: arguments.joined(separator: ","))
            } else {
                self = .map(map)
            }
        case .alias: self = .text("")
        }
    }

    /// The text of a plain value.
    public var string: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    /// The value read as a boolean (`true`, `yes`, `on`, `1` / `false`, `no`, `off`, `0`).
    public var bool: Bool? {
        switch string?.lowercased() {
        case "true", "yes", "on", "1": return true
        case "false", "no", "off", "0": return false
        default: return nil
        }
    }

    /// The strings of a list (or a single string as a list of one).
    public var strings: [String] {
        switch self {
        case .text(let text): return [text]
        case .list(let items): return items.compactMap(\.string)
        default: return []
        }
    }

    /// MkDocs' deep merge: mappings merged key by key (`other` wins), anything else replaced by `other`.
    func merged(with other: ConfigValue) -> ConfigValue {
        guard case .map(var mine) = self, case .map(let theirs) = other else { return other }
        for (key, value) in theirs { mine[key] = mine[key].map { $0.merged(with: value) } ?? value }
        return .map(mine)
    }

    /// The value as a template context tree (`String`, `[Any]`, `[String: Any]`).
    var templateValue: Any {
        switch self {
        case .text(let text): text
        case .list(let items): items.map(\.templateValue)
        case .map(let map): map.mapValues(\.templateValue)
        case .tagged(_, let value): value
        }
    }
}
