import Foundation

/// The last measured compile + run time of each snippet, in `.sitegen-cache/snippets/times.json`,
/// which `ShardPlan` balances shards by. Keyed by the snippet's text (words and lines), so moving a
/// snippet keeps its time and editing it forgets it.
struct SnippetTimes {
    /// `.sitegen-cache/snippets/times.json`.
    var path: String
    private(set) var seconds: [String: Double]

    /// The times stored at `path` (none when the file is missing or unreadable).
    init(path: String) {
        self.path = path
        let data = FileManager.default.contents(atPath: path) ?? Data()
        seconds = (try? JSONDecoder().decode([String: Double].self, from: data)) ?? [:]
    }

    /// `snippet`'s last measured seconds, if known.
    func time(of snippet: Snippet) -> Double? { seconds[Self.key(for: snippet)] }

    /// Records the measured times of `results` (cached and skipped ones measured nothing); with
    /// `keepingOnly`, times of snippets outside it are forgotten (a run over the whole site).
    mutating func record(_ results: [SnippetResult], keepingOnly current: [Snippet]? = nil) {
        if let current {
            let keys = Set(current.map(Self.key(for:)))
            seconds = seconds.filter { keys.contains($0.key) }
        }
        for result in results where !result.fromCache && result.status != .skipped {
            let spent = result.compileTime + result.runTime
            if spent > 0 { seconds[Self.key(for: result.snippet)] = spent }
        }
    }

    /// Writes the times (sorted keys, so the file is stable).
    func save() {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(seconds) else { return }
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    static func key(for snippet: Snippet) -> String {
        var hasher = SHA256()
        hasher.update(field: "sitegen-snippet-time-v1")
        hasher.update(field: snippet.rawInfo)
        hasher.update(field: snippet.includedLines.map(\.text).joined(separator: "\n"))
        hasher.update(field: snippet.ownLines.map(\.text).joined(separator: "\n"))
        return hasher.hexDigest()
    }
}
