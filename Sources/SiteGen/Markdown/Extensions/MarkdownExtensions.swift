/// Which Markdown extensions a project turns on, and their options, as `markdown_extensions:`
/// names them in `mkdocs.yml` (`pymdownx.caret`, `attr_list`, `toc: {permalink: true}`).
///
/// Names are kept in their short form: `markdown.extensions.attr_list` and `attr_list` are the
/// same extension, as in Python-Markdown.
///
///     var extensions = MarkdownExtensions.sitegenDialect
///     extensions.contains("pymdownx.mark") // true
public struct MarkdownExtensions: Sendable, Equatable {
    /// Enabled extensions by short name, with their options (`[:]` when none were given).
    public private(set) var options: [String: ExtensionOptions]

    public init(_ options: [String: ExtensionOptions] = [:]) {
        self.options = [:]
        for (name, value) in options { self.options[Self.shortName(name)] = value }
    }

    /// True when `name` (short or long form) is enabled.
    public func contains(_ name: String) -> Bool { options[Self.shortName(name)] != nil }

    /// The options of `name`, empty when it has none or is not enabled.
    public subscript(_ name: String) -> ExtensionOptions { options[Self.shortName(name)] ?? ExtensionOptions() }

    /// Turns `name` on with `value` as its options.
    public mutating func enable(_ name: String, _ value: ExtensionOptions = ExtensionOptions()) {
        options[Self.shortName(name)] = value
    }

    /// These extensions and `base`'s, these options winning.
    public func adding(to base: MarkdownExtensions) -> MarkdownExtensions {
        var result = base
        for (name, value) in options { result.options[name] = value }
        return result
    }

    /// These extensions merged into `base` as MkDocs' INHERIT merges mappings: an extension in
    /// both keeps `base`'s options that these do not set.
    public func merged(into base: MarkdownExtensions) -> MarkdownExtensions {
        var result = base
        for (name, value) in options {
            var combined = base.options[name] ?? ExtensionOptions()
            if case .map(let merged) = ConfigValue.map(combined.values).merged(with: .map(value.values)) { combined.values = merged }
            for (key, line) in value.lines { combined.lines[key] = line }
            result.options[name] = combined
        }
        return result
    }

    /// `markdown.extensions.toc` → `toc`; `pymdownx.caret` stays as it is.
    public static func shortName(_ name: String) -> String {
        let prefix = "markdown.extensions."
        return name.hasPrefix(prefix) ? String(name.dropFirst(prefix.count)) : name
    }

    /// The dialect of a `sitegen.yml` project: every syntax sitegen renders, on; what reads
    /// other files (`pymdownx.snippets`, include variants) only when the config lists it.
    public static let sitegenDialect = MarkdownExtensions(Dictionary(uniqueKeysWithValues: supported.subtracting(optIn).map {
        ($0, ExtensionOptions())
    }))

    /// Supported, but off unless named: they pull other files into pages.
    static let optIn: Set<String> = ["pymdownx.snippets", "markdown_include_variants"]

    /// What MkDocs turns on whatever `markdown_extensions:` says.
    public static let mkdocsDefaults = MarkdownExtensions(["toc": ExtensionOptions(), "tables": ExtensionOptions(),
                                                           "fenced_code": ExtensionOptions()])

    /// Every extension sitegen implements (the rest are named in one warning each).
    public static let supported: Set<String> = [
        "abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "toc",
        "fenced_code", "codehilite", "meta",
        "pymdownx.arithmatex", "pymdownx.betterem", "pymdownx.caret", "pymdownx.critic", "pymdownx.details",
        "pymdownx.emoji", "pymdownx.highlight", "pymdownx.inlinehilite",
        "pymdownx.keys", "pymdownx.magiclink", "pymdownx.mark", "pymdownx.smartsymbols",
        "pymdownx.snippets", "pymdownx.superfences", "pymdownx.tabbed", "pymdownx.tasklist",
        "pymdownx.tilde", "pymdownx.blocks.admonition", "pymdownx.blocks.details", "pymdownx.blocks.tab",
        "pymdownx.saneheaders", "pymdownx.extra",
        "material.extensions.preview", "markdown_include_variants",
    ]
}

/// The options of one extension: a YAML mapping read into plain values.
public struct ExtensionOptions: Sendable, Equatable {
    /// `key: value` pairs; nested mappings and lists keep their shape.
    public var values: [String: ConfigValue]
    /// The config file line of each option's value, for problems with it.
    public var lines: [String: Int]

    public init(_ values: [String: ConfigValue] = [:], lines: [String: Int] = [:]) {
        self.values = values
        self.lines = lines
    }

    public subscript(_ key: String) -> ConfigValue? { values[key] }

    /// `key` read as a boolean (`true`, `yes`, `on`, `1`), else `fallback`.
    public func bool(_ key: String, default fallback: Bool) -> Bool { values[key]?.bool ?? fallback }

    /// `key` read as a string.
    public func string(_ key: String) -> String? { values[key]?.string }
}
