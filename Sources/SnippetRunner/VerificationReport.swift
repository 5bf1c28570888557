import SiteGen

/// Everything one `verify-snippets` run found: a result per snippet and the problems outside snippets.
public struct VerificationReport: Sendable {
    /// One result per snippet, in page order.
    public var results: [SnippetResult]
    /// Problems that are not one snippet's verdict (malformed words, a library that does not compile…).
    public var diagnostics: [Diagnostic]
    /// Wall-clock seconds of the whole run.
    public var duration: Double
    /// With `--shard I/N`: which share this run verified.
    public var shard: ShardSummary?

    /// A report of `results` and `diagnostics` for a run of `duration` seconds.
    public init(results: [SnippetResult], diagnostics: [Diagnostic], duration: Double) {
        self.results = results
        self.diagnostics = diagnostics
        self.duration = duration
    }

    /// Snippets that passed (cached passes included).
    public var passed: Int { results.filter { $0.status == .passed }.count }
    /// Snippets that failed.
    public var failed: Int { results.filter(\.failed).count }
    /// `ignore` snippets.
    public var skipped: Int { results.filter { $0.status == .skipped }.count }

    /// The closing line, exactly `N passed, N failed, N skipped`.
    public var summary: String { "\(passed) passed, \(failed) failed, \(skipped) skipped" }

    /// True when no snippet failed and no error was found: the command exits 0.
    public var succeeded: Bool { failed == 0 && !diagnostics.hasErrors }
}
