import Foundation
import SiteGen

/// Verifies every Swift snippet of a site: extract → build the library → compile (merged) → run
/// (isolated, in parallel) → compare, with a cache of passes. What `sitegen verify-snippets` calls.
///
///     let report = SnippetVerifier(projectRoot: root, options: VerifyOptions()).verify(site)
///     print(report.summary) // 12 passed, 0 failed, 1 skipped
public struct SnippetVerifier: Sendable {
    /// Absolute path of the project (where `.sitegen-cache/` lives).
    public var projectRoot: String
    /// The command-line choices (filter, jobs, cache, bless).
    public var options: VerifyOptions
    /// Called once per snippet as soon as its verdict is known (from worker threads).
    public var onResult: (@Sendable (SnippetResult) -> Void)?

    /// A verifier for the project at `projectRoot`; `onResult` receives verdicts as they come (for progress).
    public init(projectRoot: String, options: VerifyOptions, onResult: (@Sendable (SnippetResult) -> Void)? = nil) {
        self.projectRoot = projectRoot
        self.options = options
        self.onResult = onResult
    }

    /// Verifies the snippets of every page of `site`.
    public func verify(_ site: ParsedSite) -> VerificationReport {
        verify(pages: site.pages.map(SnippetPage.init), config: site.config.snippets)
    }

    /// Verifies the snippets of `pages` against the library of `config` (`nil`: stdlib and Foundation).
    func verify(pages: [SnippetPage], config: SnippetsConfig?) -> VerificationReport {
        let start = Date()
        let extractor = SnippetExtractor(defaultTimeout: config?.defaultTimeout ?? 10)
        var (snippets, diagnostics) = extractor.snippets(in: pages)
        if let filter = options.filter { snippets = snippets.filter { $0.name.contains(filter) } }
        let cacheDirectory = "\(projectRoot)/.sitegen-cache/snippets"
        var times = SnippetTimes(path: "\(cacheDirectory)/times.json")
        let all = snippets
        var share: ShardShare?
        if let shard = options.shard {
            let selection = ShardShare(snippets: all, shard: shard, times: times)
            snippets = snippets.filter { selection.members.contains($0.index) }
            share = selection
        }
        let stages = VerificationStages(verifier: self, cacheDirectory: cacheDirectory)
        let (results, problems) = stages.run(snippets, config: config)
        diagnostics += problems
        times.record(results, keepingOnly: share == nil && options.filter == nil ? all : nil)
        times.save()
        var report = VerificationReport(results: results, diagnostics: diagnostics, duration: Date().timeIntervalSince(start))
        report.shard = share?.summary
        return report
    }
}
