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

    /// The project loaded again, after its files changed.
    static func reload(_ project: ScratchProject) throws -> (ScratchProject, ParsedSite) {
        (project, try #require(SiteBuilder(options: BuildOptions(projectRoot: project.root)).loadAndParse()))
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
        // The verification record names the page, the fence and the compiler; the build badges the block from it.
        let record = VerificationRecord.read(from: "\(project.root)/verified-snippets.json", display: "r").record
        #expect(record.entries.map(\.page) == ["index.md"])
        #expect(record.entries.first?.line == 5)
        #expect(record.entries.first?.tool.hasPrefix("Swift 6") == true)
        #expect(SiteBuilder(options: BuildOptions(projectRoot: project.root)).build().succeeded)
        let html = (try? String(contentsOfFile: "\(project.root)/site/index.html", encoding: .utf8)) ?? ""
        #expect(html.contains(#"<span class="verified-badge" title="Compilado y ejecutado por sitegen verify-snippets (Swift 6"#))
    }

    @Test func theRecordKeepsPassesOnlyAndFilteredRunsKeepTheOtherEntries() throws {
        let files = [
            "sitegen.yml": "site_name: Prueba\n",
            "content/a.md": "# A\n\n```swift\nprint(1)\n```\n\n```output\n1\n```\n\n```swift\nprint(2)\n```\n\n```output\n3\n```\n",
            "content/b.md": "# B\n\n```swift\nprint(\"b\")\n```\n",
        ]
        let (project, site) = try Self.site(files)
        defer { project.remove() }
        let path = "\(project.root)/verified-snippets.json"
        let all = SnippetVerifier(projectRoot: project.root, options: VerifyOptions()).verify(site)
        #expect(all.summary == "2 passed, 1 failed, 0 skipped")
        let first = VerificationRecord.read(from: path, display: "r").record
        #expect(first.entries.map { "\($0.page):\($0.line)" } == ["a.md:3", "b.md:3"], "the failing a.md:11 is not recorded")
        let written = try Data(contentsOf: URL(fileURLWithPath: path))

        let (_, reloaded) = try Self.reload(project)
        let filtered = SnippetVerifier(projectRoot: project.root, options: VerifyOptions(filter: "b.md")).verify(reloaded)
        #expect(filtered.summary == "1 passed, 0 failed, 0 skipped")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == written, "a.md's entry is kept, the file unchanged")

        try "# B\n\n```swift\nprint(\"b\", 2)\n```\n".write(toFile: "\(project.root)/content/b.md", atomically: true, encoding: .utf8)
        let (_, edited) = try Self.reload(project)
        _ = SnippetVerifier(projectRoot: project.root, options: VerifyOptions(filter: "a.md")).verify(edited)
        let after = VerificationRecord.read(from: path, display: "r").record
        #expect(after.entries.map { "\($0.page):\($0.line)" } == ["a.md:3"], "b.md changed since it passed: its entry goes")
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
