/// Splits the mergeable snippets into parts compiled in parallel, each one `swiftc` invocation.
///
/// One merged compile runs mostly on one core (type checking and SIL are single-threaded), so on a
/// machine with idle cores several smaller merged compiles finish sooner, and the snippets of the
/// part that finishes first start running while the others compile.
enum MergePlan {
    /// Fewer snippets than this per part are not worth a compiler invocation of their own.
    static let minimumPerPart = 8

    /// How many parts for `count` snippets with `cores` cores and `jobs` allowed at a time.
    static func partCount(snippets count: Int, cores: Int, jobs: Int) -> Int {
        max(1, min(cores, jobs, count / minimumPerPart))
    }

    /// `snippets` with those importing the same modules next to each other (otherwise in page order),
    /// those importing nothing first: split afterwards, a part whose snippets import nothing does not link
    /// Foundation, so it compiles faster and each of its processes starts in half the time.
    /// `imports` gives each snippet's imported modules by `Snippet.index`.
    static func groupedByImports(_ snippets: [Snippet], imports: [Int: [String]]) -> [Snippet] {
        let keys = snippets.map { (imports[$0.index] ?? []).sorted().joined(separator: ",") }
        return snippets.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { snippets[$0] }
    }

    /// `snippets` cut into `parts` runs of neighbours (the order of the pages is kept) of about the same
    /// number of source lines each.
    static func split(_ snippets: [Snippet], into parts: Int) -> [[Snippet]] {
        guard parts > 1, snippets.count > 1 else { return snippets.isEmpty ? [] : [snippets] }
        let weights = snippets.map { $0.compiledLines.count + 4 } // + the namespace's own lines
        let total = weights.reduce(0, +)
        var result: [[Snippet]] = []
        var current: [Snippet] = []
        var done = 0
        for (snippet, weight) in zip(snippets, weights) {
            // Cut before this snippet when most of it would fall past this part's share.
            let target = total * (result.count + 1) / parts
            if !current.isEmpty, result.count < parts - 1, done + weight / 2 >= target {
                result.append(current)
                current = []
            }
            current.append(snippet)
            done += weight
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
