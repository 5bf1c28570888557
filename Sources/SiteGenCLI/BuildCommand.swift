import ArgumentParser
import Foundation
import SiteGen
import SwiftHighlighter

/// `sitegen build`: builds the site into `site/` (or `--site-dir`), printing diagnostics and a summary.
/// MkDocs' spellings work too (`-f/--config-file`, `-d`, `-s`, `-q`, `--clean`).
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into site/.")

    @Option(name: [.long, .customShort("f"), .customLong("config-file")], help: "Config file (default: sitegen.yml, else mkdocs.yml).")
    var config: String?

    @Option(name: [.customLong("site-dir"), .customShort("d")], help: "Output folder, overriding site_dir.")
    var siteDir: String?

    @Flag(name: [.long, .short], help: "Treat broken links and anchors as errors.")
    var strict = false

    @Flag(name: [.long, .short], help: "Print errors only.")
    var quiet = false

    @Flag(help: "Accepted for MkDocs habits: every build starts from a clean site.")
    var clean = false

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
