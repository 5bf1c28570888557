/// A Mustache template parsed once into nodes that render without dynamic lookups: the page
/// template runs for every page, and swift-mustache's `Any`-based rendering (casts at every
/// lookup) was a fifth of a large site's build.
///
/// Covers the Mustache specification's core: escaped and raw interpolation (`{{x}}`, `{{{x}}}`,
/// `{{&x}}`), dotted names and `{{.}}`, sections and inverted sections over booleans, lists and
/// maps, comments, partials (indented when standalone), set delimiters, and the standalone-line
/// rule. `compile` returns nil for anything else (swift-mustache's lambdas, transforms, template
/// inheritance, dynamic partials), and `TemplateSet` then keeps using swift-mustache.
struct CompiledTemplate: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        case variable(path: [Substring], escaped: Bool)
        case section(path: [Substring], inverted: Bool, body: [Node])
        case partial(name: String, indentation: String)
    }

    let nodes: [Node]

    /// Parses `source`; nil when it uses something outside the covered core or is malformed.
    static func compile(_ source: String) -> CompiledTemplate? {
        var parser = MustacheParser(source)
        guard let nodes = parser.parse() else { return nil }
        return CompiledTemplate(nodes: nodes)
    }
}
