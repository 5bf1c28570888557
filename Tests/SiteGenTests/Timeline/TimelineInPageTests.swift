import Foundation
import Testing
@testable import SiteGen

/// The build draws a `timeline` snippet's figure from its verification record entry, under its
/// "Salida", and only while the entry matches the block.
@Suite struct TimelineInPageTests {
    private static let page = """
        # Hilos

        ```swift timeline
        print("hola")
        ```

        ```output
        hola
        ```

        Texto después.
        """

    private static func fixture(page: String = page) -> SiteFixture {
        SiteFixture(["sitegen.yml": "site_name: Curso\n", "content/index.md": page])
    }

    /// A record saying the page's first block passed, with the timeline of the fixture trace `trace`.
    private static func record(for fixture: SiteFixture, trace: String = "semaphored-threads") throws -> String {
        let site = try #require(SiteBuilder(options: fixture.options).loadAndParse())
        let blocks = try #require(site.pages.first?.document.codeBlocks)
        let text = try String(contentsOfFile: "\(ThreadTimelineTests.fixtures)/\(trace).trace", encoding: .utf8)
        let timeline = ThreadTimeline(trace: ThreadTrace(parsing: text)).serialized
        return String(decoding: VerificationRecord(entries: [
            .init(page: "index.md", line: 3, language: "swift", fingerprint: SnippetFingerprint.of(blocks)[0], tool: "Swift 6.3.1",
                  timeline: timeline.split(separator: "\n").map(String.init)),
        ]).json(), as: UTF8.self)
    }

    @Test func theRecordedTimelineIsDrawnUnderTheOutputPanel() throws {
        let fixture = Self.fixture()
        fixture.write("verified-snippets.json", try Self.record(for: fixture))
        #expect(SiteBuilder(options: fixture.options).build().succeeded)
        let html = try #require(fixture.read("site/index.html"))
        let output = try #require(html.range(of: #"<span class="output-title">Salida</span>"#))
        let figure = try #require(html.range(of: #"<figure class="timeline">"#))
        let after = try #require(html.range(of: "Texto después."))
        #expect(output.upperBound < figure.lowerBound && figure.upperBound < after.lowerBound)
        #expect(html.contains("5 hilos; máximo 2 hilos trabajando a la vez; 4 esperas en join(); 2 esperas en el semáforo"))
    }

    @Test func withoutAMatchingEntryThereIsNoFigure() throws {
        let fixture = Self.fixture()
        #expect(SiteBuilder(options: fixture.options).build().succeeded)
        #expect(fixture.read("site/index.html")?.contains("<figure class=\"timeline\"") == false)
        fixture.write("verified-snippets.json", try Self.record(for: fixture))
        fixture.write("content/index.md", Self.page.replacingOccurrences(of: #"print("hola")"#, with: #"print("hola!")"#))
        #expect(SiteBuilder(options: fixture.options).build().succeeded)
        #expect(fixture.read("site/index.html")?.contains("<figure class=\"timeline\"") == false)
    }

    @Test func aSnippetWithoutOutputHasItsFigureRightBelowIt() throws {
        let page = "# Hilos\n\n```swift timeline\nprint(1)\n```\n\nTexto después.\n"
        let fixture = Self.fixture(page: page)
        fixture.write("verified-snippets.json", try Self.record(for: fixture, trace: "pool-of-two"))
        #expect(SiteBuilder(options: fixture.options).build().succeeded)
        let html = try #require(fixture.read("site/index.html"))
        let code = try #require(html.range(of: "print"))
        let figure = try #require(html.range(of: #"<figure class="timeline">"#))
        #expect(code.upperBound < figure.lowerBound)
        #expect(html.contains("hasta 4 tareas en vuelo"))
    }
}
