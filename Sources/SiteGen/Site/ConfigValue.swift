import Yams

/// A YAML value kept as data (`extra:`), handed to templates as strings, lists and mappings.
public indirect enum ConfigValue: Sendable, Equatable {
    case text(String)
    case list([ConfigValue])
    case map([String: ConfigValue])

    /// The value of a composed YAML node (aliases become empty text).
    init(_ node: Node) {
        switch node {
        case .scalar(let scalar): self = .text(scalar.string)
        case .sequence(let sequence): self = .list(sequence.map(ConfigValue.init))
        case .mapping(let mapping):
            var map: [String: ConfigValue] = [:]
            for pair in mapping { map[pair.key.scalar?.string ?? ""] = ConfigValue(pair.value) }
            self = .map(map)
        case .alias: self = .text("")
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
        }
    }
}
