/// `--shard I/N`: which share of the snippets this machine verifies (1-based `index` of `count`).
public struct SnippetShard: Sendable, Equatable, CustomStringConvertible {
    /// 1…count.
    public var index: Int
    /// How many machines share the work.
    public var count: Int

    /// Shard `index` (1-based) of `count`.
    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Reads `I/N` (`2/4`), or says what is wrong with it.
    public static func parse(_ text: String) -> Result<SnippetShard, ShardSyntaxError> {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            return .failure(ShardSyntaxError(message: "--shard takes I/N, e.g. 2/4 (the second of four shards), not '\(text)'"))
        }
        guard count >= 1, (1...count).contains(index) else {
            return .failure(ShardSyntaxError(message: "--shard \(text): I must be between 1 and N, and N at least 1"))
        }
        return .success(SnippetShard(index: index, count: count))
    }

    /// `2/4`.
    public var description: String { "\(index)/\(count)" }
}

/// A `--shard` value that is not `I/N` with 1 ≤ I ≤ N.
public struct ShardSyntaxError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
