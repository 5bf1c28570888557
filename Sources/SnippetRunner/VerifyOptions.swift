import Foundation

/// What the user asked of `sitegen verify-snippets`, as values the library understands.
public struct VerifyOptions: Sendable {
    /// `--filter TEXT`: only snippets whose `file:line` contains it.
    public var filter: String?
    /// `--jobs N`: snippets run (and compile on their own) at most N at a time.
    public var jobs: Int
    /// `false` for `--no-cache`: compile and run everything.
    public var useCache: Bool
    /// `--bless`: rewrite `output` blocks from real runs.
    public var bless: Bool
    /// Bytes of stdout and of stderr kept per snippet; more stops it.
    public var outputLimit: Int
    /// `--shard I/N`: verify only this machine's share (`ShardPlan`).
    public var shard: SnippetShard?

    /// Options as the CLI passes them; `jobs: nil` means the number of cores.
    public init(filter: String? = nil, jobs: Int? = nil, useCache: Bool = true, bless: Bool = false, outputLimit: Int = 1 << 20,
                shard: SnippetShard? = nil) {
        self.filter = filter
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        self.useCache = useCache
        self.bless = bless
        self.outputLimit = outputLimit
        self.shard = shard
    }
}
