import Foundation
@testable import SiteGen

/// A small project in a fresh temporary folder, removed when the fixture is released.
final class SiteFixture {
    let root: String

    init(_ files: [String: String] = [:]) {
        root = NSTemporaryDirectory() + "sitegen-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for (path, text) in files { write(path, text) }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ path: String, _ text: String) {
        write(path, bytes: Array(text.utf8))
    }

    func write(_ path: String, bytes: [UInt8]) {
        let full = root + "/" + path
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(bytes))
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: root + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: root + "/" + path) }

    var options: BuildOptions { BuildOptions(projectRoot: root) }

    /// Builds with the test Markdown stage (headings and links only), so these tests exercise
    /// site assembly on its own.
    func build(strict: Bool = false, templates: Bool = true) -> BuildReport {
        builder(strict: strict).build()
    }

    func builder(strict: Bool = false) -> SiteBuilder {
        var options = self.options
        options.strict = strict
        var builder = SiteBuilder(options: options)
        builder.renderMarkdown = TestMarkdown.rendering
        return builder
    }

    func load() -> ParsedSite {
        builder().loadAndParse()!
    }

    /// The messages of `diagnostics` with their locations, for compact expectations.
    static func lines(_ diagnostics: [Diagnostic]) -> [String] { diagnostics.map(\.description) }
}
