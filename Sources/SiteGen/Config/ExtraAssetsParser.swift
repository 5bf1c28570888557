import Yams

/// Reads `extra_css` (a list of paths) and `extra_javascript` (paths, or MkDocs 1.5's mappings
/// `{path: x.js, type: module, async: true, defer: true}`).
enum ExtraAssetsParser {
    static func apply(_ key: String, _ node: Node, to assets: inout ExtraAssets, reader: inout YAMLReader) {
        guard let items = reader.sequence(node, key: key) else { return }
        if key == "extra_css" {
            assets.stylesheets = items.compactMap { item in
                reader.string(item, key: key).flatMap { $0.isEmpty ? nil : $0 }
            }
        } else {
            assets.scripts = items.compactMap { script($0, reader: &reader) }
        }
    }

    private static func script(_ node: Node, reader: inout YAMLReader) -> ExtraScript? {
        if case .scalar(let scalar) = node { return scalar.string.isEmpty ? nil : ExtraScript(path: scalar.string) }
        guard let pairs = reader.mapping(node, key: "extra_javascript") else { return nil }
        var path: String?, type: String?, isAsync = false, isDeferred = false
        for (key, keyNode, value) in pairs {
            switch key {
            case "path": path = reader.string(value, key: "extra_javascript.path")
            case "type": type = reader.string(value, key: "extra_javascript.type")
            case "async": isAsync = reader.boolean(value, key: "extra_javascript.async") ?? false
            case "defer": isDeferred = reader.boolean(value, key: "extra_javascript.defer") ?? false
            default: reader.warning("unknown key 'extra_javascript.\(key)' (ignored)", at: keyNode)
            }
        }
        guard let path, !path.isEmpty else {
            reader.error("an extra_javascript entry needs 'path:'", at: node)
            return nil
        }
        return ExtraScript(path: path, type: type.flatMap { $0.isEmpty ? nil : $0 }, isAsync: isAsync, isDeferred: isDeferred)
    }
}
