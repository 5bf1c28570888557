/// What the source of a snippet says about how it can be compiled, decided without the compiler.
///
/// A merged build wraps each snippet's top-level code in a function inside its own `enum`
/// namespace. Local scope accepts most of Swift (local classes, subclasses, actors, functions),
/// but not `extension`, `protocol`, operators, access modifiers, `@main` or top-level `await`:
/// snippets with those compile on their own, as the `main.swift` they were written as.
struct SnippetShape {
    /// The keyword or word that keeps the snippet out of a merged build, if any.
    var unmergeableBecause: String?
    /// Indexes (into the scanned lines) of the lines that are top-level `import`s.
    var importLines: Set<Int>
    /// Indexes of the lines that belong to top-level declarations (what `include=` takes).
    var declarationLines: Set<Int>

    /// True when the snippet can share a merged build.
    var isMergeable: Bool { unmergeableBecause == nil }

    private static let topLevelOnlyKeywords: Set<String> = ["extension", "protocol", "operator", "precedencegroup", "macro"]
    private static let nonLocalModifiers: Set<String> = [
        "public", "private", "fileprivate", "internal", "open", "package", "nonisolated", "static", "prefix",
        "infix", "postfix",
    ]

    init(lines: [String]) {
        let (items, identifiers) = TopLevelScanner.items(of: lines)
        var reason: String?
        var imports: Set<Int> = []
        var declarations: Set<Int> = []
        for item in items {
            if item.keyword == "import" { imports.formUnion(item.lines) }
            if item.isDeclaration { declarations.formUnion(item.lines) }
            if reason != nil { continue }
            if Self.topLevelOnlyKeywords.contains(item.keyword) {
                reason = item.keyword
            } else if let modifier = item.modifiers.first(where: Self.nonLocalModifiers.contains) {
                reason = modifier
            } else if item.attributes.contains("main") {
                reason = "@main"
            }
        }
        if reason == nil, identifiers.contains("await") { reason = "await" }
        unmergeableBecause = reason
        importLines = imports
        declarationLines = declarations
    }
}
