import Foundation
import SiteGen
import Testing
@testable import SnippetRunner

/// Whole sites on disk, loaded and parsed by the build's own loader, then verified.
@Suite struct SiteVerificationTests {
    /// Writes `files` (path → text) under a new project folder and loads it as the build would.
    static func site(_ files: [String: String]) throws -> (ScratchProject, ParsedSite) {
        let project = try ScratchProject()
        for (path, text) in files {
            let url = URL(fileURLWithPath: "\(project.root)/\(path)")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let site = try #require(SiteBuilder(options: BuildOptions(projectRoot: project.root)).loadAndParse())
        return (project, site)
    }

    static var threadingSources: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Threading").path
    }

    @Test func aSnippetInATabInAnAdmonitionRunsAgainstTheThreadingLibrary() throws {
        let (project, site) = try Self.site([
            "sitegen.yml": """
                site_name: Prueba
                snippets:
                  library: \(Self.threadingSources)
                  module: Threading
                  timeout: 20
                """,
            "content/index.md": """
                # Hilos

                !!! note "Nota"
                    === "Swift"
                        ```swift
                        import Threading
                        let worker = Thread { print("desde un hilo") }
                        worker.start()
                        worker.join()
                        ```

                        ```output
                        desde un hilo
                        ```
                """,
        ])
        defer { project.remove() }
        let report = SnippetVerifier(projectRoot: project.root, options: VerifyOptions(useCache: false)).verify(site)
        #expect(report.summary == "1 passed, 0 failed, 0 skipped")
        #expect(report.results.first?.snippet.location.line == 5)
        // The build's "verificado" badge names this compiler (read from the cache, without running swiftc).
        #expect(VerifiedCompiler.displayName(projectRoot: project.root)?.hasPrefix("Swift 6") == true)
    }

    @Test func blessRewritesOnlyDeterministicOrderedOutputBlocksAndKeepsEveryOtherByte() throws {
        let page = """
            # Salidas

            === "Tab"
                ```swift
                print("nuevo")
                print("")
                print("fin")
                ```

                ```output
                viejo
                ```

            ```swift
            print("b")
            ```

            ```output unordered
            a
            ```

            ```swift
            print(Int.random(in: 0..<1_000_000_000))
            ```

            ```output
            42
            ```

            Fin del texto.\u{20}\u{20}

            """
        let (project, site) = try Self.site(["sitegen.yml": "site_name: Prueba\n", "content/index.md": page])
        defer { project.remove() }
        let report = SnippetVerifier(projectRoot: project.root, options: VerifyOptions(useCache: false, bless: true)).verify(site)

        #expect(report.summary == "1 passed, 2 failed, 0 skipped")
        let rewritten = try String(contentsOfFile: "\(project.root)/content/index.md", encoding: .utf8)
        let expected = page.replacingOccurrences(of: "    viejo\n", with: "    nuevo\n\n    fin\n")
        #expect(rewritten == expected)
        #expect(report.diagnostics.filter { $0.severity == .warning }.count == 2)
    }

    @Test func blessKeepsTheCarriageReturnsOfACRLFFile() throws {
        let page = "# Salida\r\n\r\n```swift\r\nprint(\"uno\")\r\nprint(\"dos\")\r\n```\r\n\r\n```output\r\nviejo\r\n```\r\n\r\nFin.\r\n"
        let (project, site) = try Self.site(["sitegen.yml": "site_name: Prueba\n", "content/index.md": page])
        defer { project.remove() }
        let report = SnippetVerifier(projectRoot: project.root, options: VerifyOptions(useCache: false, bless: true)).verify(site)

        #expect(report.summary == "1 passed, 0 failed, 0 skipped")
        let rewritten = try String(contentsOfFile: "\(project.root)/content/index.md", encoding: .utf8)
        #expect(Array(rewritten.utf8) == Array(page.replacingOccurrences(of: "viejo\r\n", with: "uno\r\ndos\r\n").utf8))
    }
}
