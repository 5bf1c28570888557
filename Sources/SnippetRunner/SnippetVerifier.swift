import Foundation
import SiteGen

/// Verifies every Swift and Python snippet of a site: extract → build the library → compile (Swift,
/// merged; Python is written as a script) → run (isolated, in parallel) → compare → parity between
/// translations, with a cache of passes. What `sitegen verify-snippets` calls.
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
    /// Called once, before the first verdict, with how many verdicts `onResult` will receive.
    public var onStart: (@Sendable (Int) -> Void)?

    /// A verifier for the project at `projectRoot`; `onStart` receives the number of snippets to
    /// verify, then `onResult` their verdicts as they come (for progress).
    public init(projectRoot: String, options: VerifyOptions, onStart: (@Sendable (Int) -> Void)? = nil,
                onResult: (@Sendable (SnippetResult) -> Void)? = nil) {
        self.projectRoot = projectRoot
        self.options = options
        self.onStart = onStart
        self.onResult = onResult
    }

    /// Verifies the snippets of every page of `site` and brings its verification record
    /// (`verified-snippets.json`) up to date, which the build reads for the "verificado" badges.
    public func verify(_ site: ParsedSite) -> VerificationReport {
        let config = site.config
        var (report, all) = run(pages: site.pages.map(SnippetPage.init), config: config.snippets)
        let record = RecordUpdate(previous: config.verifiedSnippets).record(all: all, results: report.results)
        report.diagnostics += RecordUpdate.write(record, to: config.verificationRecordPath,
                                                 display: config.displayPath(config.verificationRecordPath))
        return report
    }

    /// Verifies the snippets of `pages` against the library of `config` (`nil`: stdlib and Foundation).
    func verify(pages: [SnippetPage], config: SnippetsConfig?) -> VerificationReport {
        run(pages: pages, config: config).report
    }

    /// The report, and every snippet of `pages` (also those `--filter` left out).
    private func run(pages: [SnippetPage], config: SnippetsConfig?) -> (report: VerificationReport, all: [Snippet]) {
        let start = Date()
        let extractor = SnippetExtractor(defaultTimeout: config?.defaultTimeout ?? 10)
        let (all, extractionProblems) = extractor.snippets(in: pages)
        var diagnostics = extractionProblems
        var snippets = all
        if let filter = options.filter { snippets = snippets.filter { $0.name.contains(filter) } }
        let cacheDirectory = "\(projectRoot)/.sitegen-cache/snippets"
        var times = SnippetTimes(path: "\(cacheDirectory)/times.json")
        let candidates = snippets
        var share: ShardShare?
        if let shard = options.shard {
            let selection = ShardShare(snippets: candidates, shard: shard, times: times)
            snippets = snippets.filter { selection.members.contains($0.index) }
            share = selection
        }
        onStart?(snippets.count)
        let stages = VerificationStages(verifier: self, cacheDirectory: cacheDirectory)
        let (results, problems) = stages.run(snippets, config: config)
        diagnostics += problems
        times.record(results, keepingOnly: share == nil && options.filter == nil ? candidates : nil)
        times.save()
        var report = VerificationReport(results: results, diagnostics: diagnostics, duration: Date().timeIntervalSince(start))
        report.shard = share?.summary
        return (report, all)
    }
}
