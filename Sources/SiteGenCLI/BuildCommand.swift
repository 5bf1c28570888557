import ArgumentParser
import Foundation
import SiteGen
import SwiftHighlighter

/// `sitegen build`: builds the site into `site/` (or `--site-dir`), printing diagnostics and a summary.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into site/.")

    @Option(name: .long, help: "Config file (default: sitegen.yml, else mkdocs.yml).")
    var config: String?

    @Option(name: .customLong("site-dir"), help: "Output folder, overriding site_dir.")
    var siteDir: String?

    @Flag(help: "Treat broken links and anchors as errors.")
    var strict = false

    @Flag(help: "Print errors only.")
    var quiet = false

    @Flag(help: "Print how long each stage of the build took.")
    var timings = false

    func run() throws {
        let root = FileManager.default.currentDirectoryPath
        let options = BuildOptions(projectRoot: root, configPath: config, siteDirOverride: siteDir, strict: strict)
        let report = SiteBuilder(options: options, highlighter: BuiltinHighlighter(fallback: SwiftSyntaxHighlighter())).build()
        DiagnosticPrinter(quiet: quiet).print(report.diagnostics)
        if !quiet || !report.succeeded {
            FileHandle.standardError.write(Data((DiagnosticPrinter.summary(of: report, displayRoot: root) + "\n").utf8))
        }
        if timings {
            FileHandle.standardError.write(Data(report.timings.lines.map { $0 + "\n" }.joined().utf8))
        }
        if !report.succeeded { throw ExitCode.failure }
    }
}
