import Foundation
import SiteGen
import SwiftHighlighter

/// A site built into a temporary folder with the project's templates, for the browser tests.
struct BuiltSite {
    /// The sitegen checkout these tests belong to (its `content/`, `sitegen.yml` and `templates/`).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    let siteDir: URL

    /// Builds the project at `projectRoot` (the package itself by default) into a new temporary folder.
    init(projectRoot: String = BuiltSite.packageRoot) throws {
        siteDir = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-browser-\(UUID().uuidString)")
        let options = BuildOptions(projectRoot: projectRoot, siteDirOverride: siteDir.path)
        let report = SiteBuilder(options: options, highlighter: BuiltinHighlighter(fallback: SwiftSyntaxHighlighter())).build()
        guard report.succeeded else {
            throw BuildFailure(messages: report.diagnostics.map { "\($0)" })
        }
    }

    /// Builds a throwaway project made of `pages` (path → Markdown), `config` and `otherFiles`
    /// (path from the project root → text).
    init(pages: [String: String], config: String, otherFiles: [String: String] = [:]) throws {
        let project = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-fixture-\(UUID().uuidString)")
        for (path, markdown) in pages {
            let file = project.appendingPathComponent("content/" + path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try markdown.write(to: file, atomically: true, encoding: .utf8)
        }
        try config.write(to: project.appendingPathComponent("sitegen.yml"), atomically: true, encoding: .utf8)
        for (path, text) in otherFiles {
            try text.write(to: project.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        try self.init(projectRoot: project.path)
    }

    /// The `file://` URL of `path` inside the site, with an optional query (`?q=…`).
    func url(_ path: String, query: String = "") -> String {
        siteDir.appendingPathComponent(path).absoluteString + query
    }

    /// The HTML the build wrote for `path` (before any script ran).
    func html(_ path: String) throws -> String {
        try String(contentsOf: siteDir.appendingPathComponent(path), encoding: .utf8)
    }
}

struct BuildFailure: Error, CustomStringConvertible {
    var messages: [String]
    var description: String { "build failed:\n" + messages.joined(separator: "\n") }
}
