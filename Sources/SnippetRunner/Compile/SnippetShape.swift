/// What the source of a snippet says about how it can be compiled, decided without the compiler.
///
/// A merged build puts each snippet in its own `enum` namespace: its type and function declarations
/// become members (functions `static`), so they behave like globals (usable before their declaration,
/// `Sendable` functions), and its other top-level code becomes the body of `static func main()`.
/// `extension`, operators, access modifiers, `@main` and top-level `await` do not fit there: snippets
/// with those compile on their own, as the `main.swift` they were written as. So do snippets whose
/// declarations use top-level variables (the compiler says so; the merged build then drops them).
struct SnippetShape {
    /// The keyword or word that keeps the snippet out of a merged build, if any.
    var unmergeableBecause: String?
    /// Indexes (into the scanned lines) of the lines that are top-level `import`s.
    var importLines: Set<Int>
    /// Indexes of the lines that belong to top-level declarations (what `include=` takes).
    var declarationLines: Set<Int>
    /// Indexes of the lines of type and function declarations, which become namespace members.
    var memberLines: Set<Int>
    /// Line index and column of each top-level `func` keyword (to make it `static`).
    var functionKeywords: [Int: Int]

    /// True when the snippet can share a merged build.
    var isMergeable: Bool { unmergeableBecause == nil }

    private static let topLevelOnlyKeywords: Set<String> = ["extension", "operator", "precedencegroup", "macro"]
    private static let memberKeywords: Set<String> = ["func", "struct", "class", "enum", "actor", "typealias", "protocol"]
    private static let nonLocalModifiers: Set<String> = [
        "public", "private", "fileprivate", "internal", "open", "package", "nonisolated", "static", "prefix",
        "infix", "postfix",
    ]

    init(lines: [String]) {
        let parsed = TopLevelItems(lines: lines)
        let items = parsed.items
        var reason: String?
        var imports: Set<Int> = []
        var declarations: Set<Int> = []
        var members: Set<Int> = []
        var functions: [Int: Int] = [:]
        for item in items {
            if item.keyword == "import" { imports.formUnion(item.lines) }
            if item.isDeclaration { declarations.formUnion(item.lines) }
            if Self.memberKeywords.contains(item.keyword) { members.formUnion(item.lines) }
            if item.keyword == "func" { functions[item.keywordLine] = item.keywordColumn }
            if reason != nil { continue }
            if Self.topLevelOnlyKeywords.contains(item.keyword) {
                reason = item.keyword
            } else if let modifier = item.modifiers.first(where: Self.nonLocalModifiers.contains) {
                reason = modifier
            } else if item.attributes.contains("main") {
                reason = "@main"
            }
        }
        if reason == nil, parsed.usesAwait { reason = "await" }
        if reason == nil {
            // A member cannot see the snippet's top-level variables (they are locals of `main()`).
            let variables = Set(items.flatMap(\.declaredNames))
            let memberUses = items.filter { Self.memberKeywords.contains($0.keyword) }.map(\.identifiers).reduce(into: Set()) { $0.formUnion($1) }
            if let shared = variables.intersection(memberUses).sorted().first { reason = "a declaration uses the top-level variable '\(shared)'" }
        }
        unmergeableBecause = reason
        importLines = imports
        declarationLines = declarations
        memberLines = members
        functionKeywords = functions
    }
}
