import ArgumentParser
import Foundation
import SiteGen
import SnippetRunner

/// `sitegen verify-snippets`: runs every Swift and Python example of the site (Swift ones compiled
/// first) and checks its output, and that Python and Swift tabs print the same.
struct VerifySnippetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "verify-snippets", abstract: "Run every Swift and Python example and check its output.")

    @Option(help: "The config file (default: sitegen.yml, then mkdocs.yml).") var config: String?
    @Option(help: "Only snippets whose file:line contains this text.") var filter: String?
    @Option(help: "Snippets run at a time (default: the number of cores).") var jobs: Int?
    @Flag(help: "Ignore .sitegen-cache/: compile and run everything.") var noCache = false
    @Option(help: "Write JUnit XML results to this file.") var junit: String?
    @Option(help: "Write JSON results (with compile and run times) to this file.") var json: String?
    @Flag(help: "Rewrite the expected output blocks from real runs.") var bless = false
    @Option(help: "Verify only share I of N (e.g. 2/4), for a CI matrix; the N shards together verify every snippet once.")
    var shard: String?

    func validate() throws {
        if let shard, case .failure(let problem) = SnippetShard.parse(shard) { throw ValidationError(problem.message) }
    }

    func run() throws {
        let root = FileManager.default.currentDirectoryPath
        guard let site = SiteBuilder(options: BuildOptions(projectRoot: root, configPath: config)).loadAndParse() else {
            print("sitegen: error: cannot load the site")
            throw ExitCode.failure
        }
        LiveSessions.endSnippetsOnInterrupt()
        let reporter = ConsoleReporter()
        let share = try shard.map { try SnippetShard.parse($0).get() }
        let options = VerifyOptions(filter: filter, jobs: jobs, useCache: !noCache, bless: bless, shard: share)
        let verifier = SnippetVerifier(projectRoot: site.config.projectRoot, options: options, onStart: reporter.expect, onResult: reporter.progress)
        var report = verifier.verify(site)
        report.diagnostics.insert(contentsOf: site.diagnostics.filter { $0.severity == .error }, at: 0)
        reporter.finish(report)
        if let junit { try JUnitWriter.write(report, to: junit) }
        if let json { try JSONReportWriter.write(report, to: json) }
        if !report.succeeded { throw ExitCode.failure }
    }
}
