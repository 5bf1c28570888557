import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SnippetRunner

/// `--junit` and `--json` are read by CI dashboards and scripts: each is parsed back here.
@Suite struct ReportWriterTests {
    @Test func junitParsesBackWithOneSuitePerFileAndTheFailureText() throws {
        let document = try XMLDocument(xmlString: JUnitWriter.xml(SampleReport.report))
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        #expect(root.attribute(forName: "tests")?.stringValue == "3")
        #expect(root.attribute(forName: "failures")?.stringValue == "1")
        #expect(root.attribute(forName: "skipped")?.stringValue == "1")
        #expect(root.attribute(forName: "time")?.stringValue == "3.500")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.map { $0.attribute(forName: "name")?.stringValue } == ["content/a.md", "content/b & c.md"])
        #expect(suites.map { $0.attribute(forName: "tests")?.stringValue } == ["2", "1"])
        let cases = suites.flatMap { $0.elements(forName: "testcase") }
        #expect(cases.map { $0.attribute(forName: "name")?.stringValue } == ["content/a.md:3", "content/a.md:20", "content/b & c.md:7"])
        #expect(cases[1].attribute(forName: "time")?.stringValue == "1.750")
        #expect(cases[0].children == nil || cases[0].children?.isEmpty == true)
        let failure = try #require(cases[1].elements(forName: "failure").first)
        #expect(failure.attribute(forName: "message")?.stringValue == "wrong output")
        // XML 1.0 cannot carry ESC: it becomes "?"; everything else comes back as written.
        #expect(failure.stringValue == SampleReport.wrongOutput.description.replacingOccurrences(of: "\u{1B}", with: "?"))
        #expect(cases[2].elements(forName: "skipped").count == 1)
    }

    private struct Document: Decodable {
        struct Entry: Decodable {
            var file: String, line: Int, info: String, status: String, reason: String?
            var compileSeconds: Double, runSeconds: Double, cached: Bool
        }
        var passed: Int, failed: Int, skipped: Int, duration: Double
        var snippets: [Entry]
    }

    @Test func jsonParsesBackWithEverySnippetInOrder() throws {
        let text = try JSONReportWriter.json(SampleReport.report)
        let document = try JSONDecoder().decode(Document.self, from: Data(text.utf8))
        #expect((document.passed, document.failed, document.skipped, document.duration) == (1, 1, 1, 3.5))
        #expect(document.snippets.map(\.file) == ["content/a.md", "content/a.md", "content/b & c.md"])
        #expect(document.snippets.map(\.line) == [3, 20, 7])
        #expect(document.snippets.map(\.status) == ["passed", "failed", "skipped"])
        #expect(document.snippets.map(\.info) == ["swift", "swift timeout=5", "swift ignore"])
        #expect(document.snippets.map(\.cached) == [true, false, false])
        #expect(document.snippets[1].reason == SampleReport.wrongOutput.description)
        #expect(document.snippets[1].compileSeconds == 1.25)
        #expect(document.snippets[1].runSeconds == 0.5)
        #expect(document.snippets[0].reason == nil)
    }

    @Test func bothFilesAreWrittenWhereAsked() throws {
        let folder = NSTemporaryDirectory() + "reports-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try JUnitWriter.write(SampleReport.report, to: folder + "/junit.xml")
        try JSONReportWriter.write(SampleReport.report, to: folder + "/report.json")
        #expect(try String(contentsOfFile: folder + "/junit.xml", encoding: .utf8) == JUnitWriter.xml(SampleReport.report))
        #expect(try String(contentsOfFile: folder + "/report.json", encoding: .utf8) == JSONReportWriter.json(SampleReport.report))
    }
}
