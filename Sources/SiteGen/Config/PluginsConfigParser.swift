import Yams

/// Reads `plugins:` and `hooks:`. sitegen runs no Python: `search` is built in (silent), the
/// `redirects` plugin's `redirect_maps` become redirect pages, and every other plugin and hook is
/// named in one warning each (`warnings(for:)`), once the whole `INHERIT` chain is applied.
enum PluginsConfigParser {
    /// Plugins sitegen does itself.
    static let builtIn: Set<String> = ["search"]

    /// `plugins:` as a list (`- blog`, `- search: {…}`) or a mapping (`blog: {…}`). A mapping
    /// merges into an inherited mapping; anything else replaces it (MkDocs' deep merge).
    static func applyPlugins(_ node: Node, to config: inout SiteConfig, reader: inout YAMLReader) {
        var entries: [(name: String, keyNode: Node, options: Node?)] = []
        switch node {
        case .mapping:
            for (name, keyNode, options) in reader.mapping(node, key: "plugins") ?? [] { entries.append((name, keyNode, options)) }
        case .sequence(let items):
            for item in items {
                if case .scalar(let scalar) = item, !scalar.string.isEmpty {
                    entries.append((scalar.string, item, nil))
                } else if case .mapping(let mapping) = item, mapping.count == 1, let pair = mapping.first, let name = pair.key.scalar?.string {
                    entries.append((name, pair.key, pair.value))
                } else {
                    reader.error("a plugin must be a name or 'name: {options}'", at: item)
                }
            }
        case .scalar(let scalar) where scalar.string.isEmpty:
            break
        default:
            reader.error("'plugins' must be a list or a mapping, not \(YAMLReader.describe(node))", at: node)
            return
        }
        let merging = config.pluginsAreMapping && node.mapping != nil
        if !merging {
            config.plugins = []
            config.redirects = [:]
        }
        for entry in entries {
            if entry.name == "redirects", let options = entry.options {
                config.redirects.merge(redirectMaps(options, reader: &reader)) { $1 }
            }
            let use = PluginUse(name: entry.name, location: reader.location(of: entry.keyNode))
            if let index = config.plugins.firstIndex(where: { $0.name == entry.name }) { config.plugins[index] = use } else {
                config.plugins.append(use)
            }
        }
        config.pluginsAreMapping = node.mapping != nil
    }

    /// `hooks:`: a list of Python files.
    static func applyHooks(_ node: Node, to config: inout SiteConfig, reader: inout YAMLReader) {
        guard let items = reader.sequence(node, key: "hooks") else { return }
        config.hooks = items.compactMap { item in
            reader.string(item, key: "hooks").map { PluginUse(name: $0, location: reader.location(of: item)) }
        }
    }

    /// One warning per plugin sitegen does not have (the `redirects` plugin is supported when it
    /// has `redirect_maps`) and per hook.
    static func warnings(for config: SiteConfig) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for plugin in config.plugins where !builtIn.contains(plugin.name) {
            if plugin.name == "redirects" && !config.redirects.isEmpty { continue }
            diagnostics.append(.warning("plugin '\(plugin.name)' is not supported by sitegen; ignored", at: plugin.location))
        }
        for hook in config.hooks {
            diagnostics.append(.warning("hook '\(hook.name)' is not run by sitegen (it runs no Python); ignored", at: hook.location))
        }
        return diagnostics
    }

    /// The `redirects` plugin's `redirect_maps: {old.md: new.md}`.
    private static func redirectMaps(_ options: Node, reader: inout YAMLReader) -> [String: String] {
        guard case .mapping(let mapping) = options, let maps = mapping.first(where: { $0.key.scalar?.string == "redirect_maps" })?.value,
              let pairs = reader.mapping(maps, key: "plugins.redirects.redirect_maps") else { return [:] }
        var result: [String: String] = [:]
        for (from, _, to) in pairs {
            if let target = reader.string(to, key: "redirect_maps.\(from)"), !target.isEmpty { result[from] = target }
        }
        return result
    }
}
