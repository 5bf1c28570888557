/// The snippets that must be verified on the same machine: one snippet, or a snippet and those
/// that `include=` it (transitively, on the same page). An including snippet compiles the included
/// one's declarations, so its verdict depends on that snippet's text; keeping them together makes a
/// shard's report whole (a failing `id=` snippet and its includers fail in the same report).
///
/// Merged compiles are not a constraint: each shard merges the snippets it has, and a merged build
/// that fails falls back to compiling its snippets alone, so no verdict depends on its neighbours.
struct ShardUnit: Equatable {
    /// `Snippet.index` of the members, in page order.
    var members: [Int]
    /// Estimated cost, in the units `ShardPlan` balances (milliseconds, or 1 per snippet).
    var weight: Int

    /// The units of `snippets` (page order kept: a unit sits where its first snippet is).
    static func units(of snippets: [Snippet], weight: (Snippet) -> Int) -> [ShardUnit] {
        var parent = Array(snippets.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        // An included snippet's declaration lines reappear, with their file lines, in its includer.
        var owner: [String: [Int: Int]] = [:]
        for (position, snippet) in snippets.enumerated() {
            for line in snippet.ownLines { owner[snippet.location.file, default: [:]][line.fileLine] = position }
        }
        for (position, snippet) in snippets.enumerated() {
            for line in snippet.includedLines {
                guard let included = owner[snippet.location.file]?[line.fileLine] else { continue }
                let (a, b) = (root(position), root(included))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var order: [Int] = []
        var members: [Int: [Int]] = [:]
        for position in snippets.indices {
            let r = root(position)
            if members[r] == nil { order.append(r) }
            members[r, default: []].append(position)
        }
        return order.map { r in
            let group = members[r] ?? []
            return ShardUnit(members: group.map { snippets[$0].index }, weight: group.reduce(0) { $0 + weight(snippets[$1]) })
        }
    }
}
