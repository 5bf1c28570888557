import Yams

/// Reads `theme:`: a mapping (`language`, `custom_dir`, Material's `logo`, `favicon`, `palette`,
/// `features`, …) or, in old MkDocs files, just a theme name (ignored: sitegen has one theme).
enum ThemeConfigParser {
    /// Material options sitegen accepts without using them (it never fetches fonts, has its own icons).
    static let ignoredKeys: Set<String> = ["name", "font", "icon", "static_templates", "variant", "highlightjs", "hljs_languages"]

    static func apply(_ node: Node, to config: inout SiteConfig, reader: inout YAMLReader) {
        if case .scalar = node { return }
        guard let pairs = reader.mapping(node, key: "theme") else { return }
        let statesLanguage = pairs.contains { $0.key == "language" }
        for (key, keyNode, value) in pairs {
            switch key {
            case "language", "locale":
                if key == "locale" && statesLanguage { continue }
                if let language = reader.string(value, key: "theme.\(key)"), !language.isEmpty { config.language = language }
            case "custom_dir":
                if let path = reader.string(value, key: "theme.custom_dir"), !path.isEmpty {
                    config.customDir = (PathUtilities.absolute(path, relativeTo: config.projectRoot), reader.location(of: value))
                }
            case "logo":
                if let path = reader.string(value, key: "theme.logo") { config.theme.logo = path.isEmpty ? nil : path }
            case "favicon":
                if let path = reader.string(value, key: "theme.favicon") { config.theme.favicon = path.isEmpty ? nil : path }
            case "palette":
                config.theme.palette = palette(value, reader: &reader)
            case "features":
                if let items = reader.sequence(value, key: "theme.features") {
                    config.theme.features = items.compactMap { reader.string($0, key: "theme.features") }
                }
            default:
                if !ignoredKeys.contains(key) { reader.warning("unknown key 'theme.\(key)' (ignored)", at: keyNode) }
            }
        }
    }

    /// `palette:` as one mapping or a list of them (one per scheme, with a toggle).
    private static func palette(_ node: Node, reader: inout YAMLReader) -> [PaletteScheme] {
        let entries: [Node]
        if case .sequence(let sequence) = node { entries = Array(sequence) } else { entries = [node] }
        return entries.compactMap { entry in
            guard let pairs = reader.mapping(entry, key: "theme.palette") else { return nil }
            var scheme = PaletteScheme(isDark: false)
            var colours = false
            for (key, _, value) in pairs {
                guard case .scalar(let scalar) = value else { continue }
                switch key {
                case "scheme": scheme.isDark = scalar.string == "slate"
                case "primary": scheme.primary = scalar.string.lowercased(); colours = true
                case "accent": scheme.accent = scalar.string.lowercased(); colours = true
                default: continue
                }
            }
            return colours ? scheme : nil
        }
    }
}
