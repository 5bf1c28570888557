import Foundation
import SiteGen
import Testing
@testable import SnippetRunner

/// `--bless` rewrites the user's Markdown: only the lines inside each `output` block may change.
@Suite struct BlessTests {
    /// A project folder holding `content/x.md` with `markdown`, the page's snippets as the real
    /// parser and extractor see them, and a way to read the file back byte for byte.
    private struct Page {
        let root: String
        let snippets: [Snippet]
        var path: String { root + "/content/x.md" }

        init(_ markdown: [UInt8]) throws {
            root = NSTemporaryDirectory() + "bless-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
            try Data(markdown).write(to: URL(fileURLWithPath: root + "/content/x.md"))
            let document = MarkdownRenderer().render(String(decoding: markdown, as: UTF8.self), file: "content/x.md")
            snippets = SnippetExtractor(defaultTimeout: 10).snippets(in: [SnippetPage(file: "content/x.md", codeBlocks: document.codeBlocks)]).snippets
        }

        /// An edit giving the output block of snippet `number` (0-based) the lines `newLines`.
        func edit(_ number: Int, _ newLines: [String]) throws -> BlessEdit {
            let snippet = snippets[number]
            return BlessEdit(snippet: snippet, expected: try #require(snippet.expectedOutput), newLines: newLines)
        }

        func bytes() throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }
        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test func onlyTheLinesInsideEachOutputBlockChange() throws {
        let before = """
            # Hilos

            Texto *antes*.\u{20}\u{20}
            ```swift
            print("uno")
            print("dos")
            print("tres")
            ```

            ```output
            1
            ```

            !!! note "Dentro de una nota"

                ```swift
                print("hola")
                ```

                ```output
                adiós
                de verdad
                otra vez
                ```

            ```swift
            print("vacío")
            ```

            ```output
            ```
            Fin, sin salto de línea final.
            """
        let page = try Page(Array(before.utf8))
        defer { page.remove() }
        #expect(page.snippets.count == 3)
        let (diagnostics, written) = Blesser(projectRoot: page.root).apply([
            try page.edit(0, ["uno", "dos", "tres"]), try page.edit(1, ["hola"]), try page.edit(2, ["vacío"]),
        ])
        let after = before
            .replacingOccurrences(of: "```output\n1\n```", with: "```output\nuno\ndos\ntres\n```")
            .replacingOccurrences(of: "    adiós\n    de verdad\n    otra vez\n", with: "    hola\n")
            .replacingOccurrences(of: "```output\n```\nFin", with: "```output\nvacío\n```\nFin")
        #expect(try page.bytes() == Array(after.utf8))
        #expect(written.count == 3)
        #expect(diagnostics.map(\.severity) == [.note, .note, .note])
    }

    @Test func aCRLFFileStaysCRLFByteForByte() throws {
        let before = "# Título\r\n\r\n```swift\r\nprint(\"a\")\r\nprint(\"b\")\r\n```\r\n\r\n```output\r\nx\r\n```\r\n\r\nFin\r\n"
        let page = try Page(Array(before.utf8))
        defer { page.remove() }
        _ = Blesser(projectRoot: page.root).apply([try page.edit(0, ["a", "b"])])
        let after = "# Título\r\n\r\n```swift\r\nprint(\"a\")\r\nprint(\"b\")\r\n```\r\n\r\n```output\r\na\r\nb\r\n```\r\n\r\nFin\r\n"
        #expect(try page.bytes() == Array(after.utf8))
    }

    @Test func aFileChangedSinceParsingIsLeftIntactWithAnErrorPerBlock() throws {
        let parsed = "```swift\nprint(1)\n```\n\n```output\n0\n```\n\n```swift\nprint(2)\n```\n\n```output\n0\n```\n"
        let page = try Page(Array(parsed.utf8))
        defer { page.remove() }
        // The author inserted a line above the second output block after the run started.
        let edited = Array(parsed.replacingOccurrences(of: "print(2)\n```\n", with: "print(2)\n```\nNuevo párrafo.\n").utf8)
        try Data(edited).write(to: URL(fileURLWithPath: page.path))
        let (diagnostics, written) = Blesser(projectRoot: page.root).apply([try page.edit(0, ["1"]), try page.edit(1, ["2"])])
        #expect(try page.bytes() == edited)
        #expect(written.isEmpty)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.location?.line == 13)
        #expect(diagnostics.first?.message.contains("not rewritten") == true)
    }

    @Test func aStageWhoseFileCannotBeRewrittenKeepsTheFailures() throws {
        let page = try Page(Array("```swift\nprint(1)\n```\n\n```output\n0\n```\n".utf8))
        defer { page.remove() }
        try Data("otro texto\n".utf8).write(to: URL(fileURLWithPath: page.path))
        let snippet = page.snippets[0]
        let failed = SnippetResult(snippet: snippet, status: .failed(.wrongOutput(diff: "-0\n+1")), stdout: "1\n")
        let (results, diagnostics) = BlessStage(projectRoot: page.root).apply([(failed, .rewrite(try page.edit(0, ["1"])))])
        #expect(results.first?.failed == true)
        #expect(diagnostics.contains { $0.severity == .error })
        #expect(try page.bytes() == Array("otro texto\n".utf8))
    }

    @Test func nondeterministicOrUnorderedOutputIsNeverWritten() throws {
        let page = try Page(Array("```swift\nprint(1)\n```\n\n```output\n0\n```\n\n```swift\nprint(2)\n```\n\n```output unordered\n0\n```\n".utf8))
        defer { page.remove() }
        let wrong = { (number: Int, stdout: String) in
            SnippetResult(snippet: page.snippets[number], status: .failed(.wrongOutput(diff: "")), stdout: stdout)
        }
        let flaky = BlessDecision.decide(for: wrong(0, "1\n"), rerun: { wrong(0, "2\n") })
        let unordered = BlessDecision.decide(for: wrong(1, "2\n"), rerun: { wrong(1, "2\n") })
        let steady = BlessDecision.decide(for: wrong(0, "1  \n\n"), rerun: { wrong(0, "1  \n\n") })
        guard case .refuse(let why) = flaky else { Issue.record("flaky output was not refused"); return }
        #expect(why.contains("nondeterministic"))
        guard case .refuse = unordered else { Issue.record("unordered output was not refused"); return }
        guard case .rewrite(let edit) = steady else { Issue.record("steady output was not rewritten"); return }
        #expect(edit.newLines == ["1"])
    }
}
