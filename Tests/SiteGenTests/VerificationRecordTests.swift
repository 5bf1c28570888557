import Foundation
import Testing
@testable import SiteGen

/// The build reads `verified-snippets.json` (written by `verify-snippets`) and badges exactly the
/// blocks it lists whose fingerprint still matches; it never reads `.sitegen-cache/`.
@Suite struct VerificationRecordTests {
    private static let page = """
        # Hilos

        ```swift
        print("hola")
        ```

        ```output
        hola
        ```

        ```swift
        print("otro")
        ```
        """

    private static func fixture(page: String = page) -> SiteFixture {
        SiteFixture(["sitegen.yml": "site_name: Curso\n", "content/index.md": page])
    }

    /// A record saying the first Swift block of `index.md` passed with `tool`.
    private static func record(for fixture: SiteFixture, tool: String = "Swift 6.3.1") throws -> String {
        let site = try #require(SiteBuilder(options: fixture.options).loadAndParse())
        let blocks = try #require(site.pages.first?.document.codeBlocks)
        let fingerprint = SnippetFingerprint.of(blocks)[0]
        return String(decoding: VerificationRecord(entries: [
            .init(page: "index.md", line: 3, language: "swift", fingerprint: fingerprint, tool: tool),
        ]).json(), as: UTF8.self)
    }

    /// Builds with the real Markdown renderer (the fixture's default stage has no code blocks).
    private static func build(_ fixture: SiteFixture) -> BuildReport {
        SiteBuilder(options: fixture.options).build()
    }

    private static func badges(_ html: String) -> Int { html.components(separatedBy: #"class="verified-badge""#).count - 1 }

    @Test func withoutARecordNoBlockClaimsToBeVerified() {
        let fixture = Self.fixture()
        fixture.write(".sitegen-cache/snippets/compiler-version", "Swift version 6.3.1\n")
        #expect(Self.build(fixture).succeeded)
        #expect(Self.badges(fixture.read("site/index.html") ?? "") == 0)
    }

    @Test func theRecordedBlockGetsABadgeNamingItsTool() throws {
        let fixture = Self.fixture()
        fixture.write("verified-snippets.json", try Self.record(for: fixture))
        #expect(Self.build(fixture).succeeded)
        let html = fixture.read("site/index.html") ?? ""
        #expect(Self.badges(html) == 1)
        #expect(html.contains(#"<span class="verified-badge" title="Compilado y ejecutado por sitegen verify-snippets (Swift 6.3.1)">verificado</span></div>"#))
        let firstBlock = html.components(separatedBy: "print").first ?? ""
        #expect(!firstBlock.contains("verified-badge"), "the badge closes the block it belongs to")
    }

    @Test func aVerifiedPythonBlockNamesItsInterpreter() throws {
        let fixture = Self.fixture(page: "# P\n\n```python\n# snippet.hide\nimport sys\n# snippet.show\nprint('hola')\n```\n")
        fixture.write("verified-snippets.json", try Self.record(for: fixture, tool: "Python 3.11.7"))
        #expect(Self.build(fixture).succeeded)
        let html = fixture.read("site/index.html") ?? ""
        #expect(html.contains(#"<span class="verified-badge" title="Ejecutado y comprobado por sitegen verify-snippets (Python 3.11.7)">verificado</span></div>"#))
        #expect(!html.contains("snippet.hide") && !html.contains("import"), "hidden Python lines never reach the page")
    }

    @Test func editingTheSnippetOrItsExpectedOutputDropsTheBadge() throws {
        let fixture = Self.fixture()
        fixture.write("verified-snippets.json", try Self.record(for: fixture))
        fixture.write("content/index.md", Self.page.replacingOccurrences(of: "```output\nhola", with: "```output\nadiós"))
        #expect(Self.build(fixture).succeeded)
        #expect(Self.badges(fixture.read("site/index.html") ?? "") == 0)
        fixture.write("content/index.md", Self.page.replacingOccurrences(of: #"print("hola")"#, with: #"print("hola!")"#))
        #expect(Self.build(fixture).succeeded)
        #expect(Self.badges(fixture.read("site/index.html") ?? "") == 0)
    }

    @Test func serveRebuildsWhenVerifySnippetsRewritesTheRecord() throws {
        let fixture = Self.fixture()
        let session = SiteBuildSession(builder: SiteBuilder(options: fixture.options))
        #expect(session.build().succeeded)
        #expect(Self.badges(fixture.read("site/index.html") ?? "") == 0)
        fixture.write("verified-snippets.json", try Self.record(for: fixture))
        #expect(session.rebuild(changedPaths: [fixture.root + "/verified-snippets.json"]).succeeded)
        #expect(Self.badges(fixture.read("site/index.html") ?? "") == 1)
    }

    @Test func aSnippetsRecordKeyMovesTheFile() throws {
        let fixture = SiteFixture(["sitegen.yml": "site_name: Curso\nsnippets:\n  record: docs/verificados.json\n",
                                   "content/index.md": Self.page])
        fixture.write("docs/verificados.json", try Self.record(for: fixture, tool: "Swift 9.9"))
        #expect(Self.build(fixture).succeeded)
        #expect(fixture.read("site/index.html")?.contains("(Swift 9.9)") == true)
    }

    @Test func aBrokenRecordIsAWarningNamingTheFileAndTheBuildGoesOn() {
        let fixture = Self.fixture()
        fixture.write("verified-snippets.json", "{ \"version\": 1, \"snippets\": [ { \"page\": 3 } ] }")
        let report = Self.build(fixture)
        #expect(report.succeeded)
        let warnings = SiteFixture.lines(report.diagnostics).filter { $0.hasPrefix("verified-snippets.json:1:") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("cannot read the verification record") == true)
        #expect(Self.badges(fixture.read("site/index.html") ?? "") == 0)
    }

    @Test func theFileIsDeterministicSortedAndRoundTrips() {
        let entries: [VerificationRecord.Entry] = [
            .init(page: "b.md", line: 9, language: "python", fingerprint: "2", tool: "Python 3.11.7"),
            .init(page: "a.md", line: 30, language: "swift", fingerprint: "1", tool: "Swift 6.3.1"),
            .init(page: "a.md", line: 4, language: "swift", fingerprint: "3", tool: "Swift 6.3.1"),
        ]
        let one = VerificationRecord(entries: entries).json()
        #expect(one == VerificationRecord(entries: entries.reversed()).json())
        #expect(VerificationRecord(entries: entries).entries.map(\.line) == [4, 30, 9])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("record-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try? VerificationRecord(entries: entries).write(to: folder + "/r.json")
        let back = VerificationRecord.read(from: folder + "/r.json", display: "r.json")
        #expect(back.diagnostics.isEmpty)
        #expect(back.record == VerificationRecord(entries: entries))
    }

    @Test func fingerprintsFollowIncludedSnippets() {
        func blocks(_ helper: String) -> [CodeBlock] {
            let page = "```swift id=ayuda\n\(helper)\n```\n\n```swift include=ayuda\nsaluda()\n```\n"
            return MarkdownRenderer().render(page, file: "content/x.md").codeBlocks
        }
        let before = SnippetFingerprint.of(blocks("func saluda() { print(1) }"))
        let after = SnippetFingerprint.of(blocks("func saluda() { print(2) }"))
        #expect(before.count == 2)
        #expect(before[0] != after[0])
        #expect(before[1] != after[1], "the includer's verdict depended on the included code")
        #expect(before == SnippetFingerprint.of(blocks("func saluda() { print(1) }")))
    }

    @Test func fingerprintsFollowTheSnippetWhoseOutputTheyMustPrint() {
        func blocks(_ expected: String) -> [CodeBlock] {
            let page = "```python same_output_as=hola\nprint('hola')\n```\n\n```swift id=hola\nprint(\"hola\")\n```\n\n```output\n\(expected)\n```\n"
            return MarkdownRenderer().render(page, file: "content/x.md").codeBlocks
        }
        let before = SnippetFingerprint.of(blocks("hola"))
        let after = SnippetFingerprint.of(blocks("adiós"))
        #expect(before[0] != after[0], "the Python block borrows the Swift block's output, even from further down")
        #expect(before == SnippetFingerprint.of(blocks("hola")))
    }
}
