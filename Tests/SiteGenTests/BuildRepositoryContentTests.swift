import Foundation
import Testing
@testable import SiteGen

/// End to end with the real Markdown renderer: the repository's own `sitegen.yml` and `content/`.
@Suite("Building the repository's own site")
struct BuildRepositoryContentTests {
    /// The package root (this file is Tests/SiteGenTests/…).
    private static let repositoryRoot = PathUtilities.absolute("../..", relativeTo: PathUtilities.folder(of: #filePath))

    @Test func buildsWithoutErrorsIntoAnotherFolder() throws {
        let output = NSTemporaryDirectory() + "sitegen-repo-site-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        let options = BuildOptions(projectRoot: Self.repositoryRoot, siteDirOverride: output)
        let report = SiteBuilder(options: options).build()
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.filter { $0.severity == .error })")
        #expect(report.pageCount >= 2)
        let home = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(home.contains("<html lang=\"es\""))
        #expect(home.contains("href=\"concurrencia/hilos/index.html\""))
        let threads = try String(contentsOfFile: output + "/concurrencia/hilos/index.html", encoding: .utf8)
        #expect(threads.contains("class=\"tabbed-set tabbed-alternate\""))
        #expect(threads.contains("href=\"../../assets/"))
        #expect(FileManager.default.fileExists(atPath: output + "/sitemap.xml"))
    }
}
