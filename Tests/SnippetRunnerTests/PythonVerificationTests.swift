import Foundation
import SiteGen
import Testing
@testable import SnippetRunner

/// Python snippets through the whole path: a real page (`Fixtures/python.md`) loaded and parsed by the
/// build, then verified with the `python3` on `PATH`, in the same stages as Swift snippets.
@Suite struct PythonVerificationTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/python.md")

    /// The 1-based line of the first line of the fixture containing `text`.
    static func line(of text: String, in page: String) throws -> Int {
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.contains(text) }) + 1
    }

    @Test func everyKindAndEveryFailureOfAPythonPageGivesExactCounts() throws {
        let page = try String(contentsOf: Self.fixture, encoding: .utf8)
        let (project, site) = try SiteVerificationTests.site(["sitegen.yml": "site_name: Python\n", "content/python.md": page])
        defer { project.remove() }
        let report = SnippetVerifier(projectRoot: project.root, options: VerifyOptions(useCache: false)).verify(site)

        #expect(report.summary == "13 passed, 6 failed, 2 skipped")
        #expect(report.diagnostics.isEmpty)
        let failures = report.results.filter(\.failed)
        let reasons = failures.compactMap { $0.status.reason }
        #expect(reasons.contains { if case .wrongOutput(let diff) = $0 { diff.contains("-hola") && diff.contains("+adiós") } else { false } })
        #expect(reasons.contains(.timedOut(seconds: 2)))
        #expect(reasons.contains(.succeededUnexpectedly))
        #expect(reasons.contains { if case .outputLimitExceeded(stream: "stdout", _) = $0 { true } else { false } })
        // The traceback names the Markdown lines: the hidden `raise` and the visible call, not the temporary script.
        let raiseLine = try Self.line(of: "raise ValueError", in: page)
        let callLine = try Self.line(of: "check(double(3))", in: page)
        let exception = try #require(reasons.first { if case .exitStatus(1, _) = $0 { true } else { false } })
        #expect(exception.description.contains("content/python.md:\(callLine), in <module>"))
        #expect(exception.description.contains("content/python.md:\(raiseLine), in check"))
        #expect(exception.description.contains("ValueError: boom: 6"))
        #expect(!exception.description.contains(".py\""))
        // A syntax error in a no_run snippet is reported at its Markdown line.
        let syntaxLine = try #require(page.split(separator: "\n", omittingEmptySubsequences: false).lastIndex { $0.contains("def roto(:") }) + 1
        #expect(reasons.contains { if case .compileError(let message) = $0 { message.contains("content/python.md:\(syntaxLine)") && message.contains("SyntaxError") } else { false } })
        // Too new: skipped, with its reason; `ignore`: skipped without one.
        let skipped = report.results.filter { $0.status == .skipped }
        #expect(skipped.compactMap(\.skipReason).count == 1)
        #expect(skipped.compactMap(\.skipReason).first?.hasPrefix("needs Python 3.99; python3 is Python 3.") == true)
        // The child left running was killed with the snippet's session.
        #expect(VerificationTests.processesRunning(withArgument: "1041").isEmpty)
    }

    /// Console sessions (`pycon`, or `>>>` prompts in a python block) are checked as doctests: each
    /// prompt's output against the lines after it; a failure names the Markdown line of its prompt.
    @Test func consoleSessionsAreCheckedPromptByPromptWithDoctest() throws {
        let page = """
            # Sesiones

            ```pycon
            >>> def doble(x):
            ...     return 2 * x
            >>> doble(21)
            42
            >>> print("hola\\nmundo")
            hola
            mundo
            ```

            ```python
            >>> sorted({3, 1, 2})
            [1, 2, 3]
            ```

            ```pycon
            >>> 1 + 1
            3
            ```

            ```pycon
            >>> int("x")
            Traceback (most recent call last):
              ...
            ValueError: invalid literal for int() with base 10: 'x'
            ```

            ```pycon no_run
            >>> def roto(:
            ```

            ```pycon
            >>> x = 1
            >>>x
            ```

            ```py
            print("un script")
            ```

            ```output
            un script
            ```

            ```pycon
            >>> print("con bloque de salida")
            ```

            ```output
            con bloque de salida
            ```
            """
        let (project, site) = try SiteVerificationTests.site(["sitegen.yml": "site_name: P\n", "content/index.md": page])
        defer { project.remove() }
        let report = SnippetVerifier(projectRoot: project.root, options: VerifyOptions(useCache: false)).verify(site)
        #expect(report.summary == "4 passed, 3 failed, 0 skipped")
        let outputLine = try #require(page.split(separator: "\n", omittingEmptySubsequences: false).lastIndex { $0 == "```output" }) + 1
        #expect(report.diagnostics.map(\.description) == [
            "content/index.md:\(outputLine):1: error: a Python session (>>>) holds its expected output after each prompt: remove this output block"])
        let failures = report.results.filter(\.failed).compactMap { $0.status.reason }
        #expect(failures.filter { if case .sessionMismatch = $0 { true } else { false } }.count == 2, "\(failures)")
        let reasons = failures.map(\.description)
        let wrongLine = try Self.line(of: ">>> 1 + 1", in: page)
        #expect(reasons.contains { $0.contains("content/index.md:\(wrongLine): the prompt shows something other than what the session says")
                && $0.contains(">>> 1 + 1\n  expected:\n    3\n  got:\n    2") }, "\(reasons)")
        let brokenLine = try Self.line(of: ">>> def roto(:", in: page)
        #expect(reasons.contains { $0.contains("content/index.md:\(brokenLine): SyntaxError") }, "\(reasons)")
        let unspacedLine = try Self.line(of: ">>>x", in: page)
        #expect(reasons.contains { $0.contains("content/index.md:\(unspacedLine): lacks blank after >>>") }, "\(reasons)")
    }

    @Test func aPassedPythonSnippetIsCachedAndKeyedByTheInterpreterVersion() throws {
        let page = "# P\n\n```python\nprint('hola')\n```\n\n```output\nhola\n```\n"
        let (project, site) = try SiteVerificationTests.site(["sitegen.yml": "site_name: P\n", "content/index.md": page])
        defer { project.remove() }
        let first = SnippetVerifier(projectRoot: project.root, options: VerifyOptions()).verify(site)
        let second = SnippetVerifier(projectRoot: project.root, options: VerifyOptions()).verify(site)
        #expect(first.summary == "1 passed, 0 failed, 0 skipped")
        #expect(first.results.first?.fromCache == false)
        #expect(second.results.first?.fromCache == true)
        let interpreter = try PythonInterpreter.locate("python3", cacheDirectory: nil)
        let snippet = try #require(second.results.first?.snippet)
        let key = { (version: String) in ResultCache(directory: "", libraryHash: "", compilerVersion: version).key(for: snippet) }
        #expect(key("Python \(interpreter.version)") != key("Python 3.0.0"))
    }

    @Test func tracebacksAndWarningsNameTheMarkdownLine() {
        let snippet = Snippet(index: 0, location: SourceLocation(file: "content/x.md", line: 10), rawInfo: "python", mode: .run,
                              timeout: 1, includedLines: [Snippet.Line("import warnings", fileLine: 3)],
                              ownLines: [Snippet.Line("x = 1", fileLine: 12), Snippet.Line("warnings.warn('y')", fileLine: 14)],
                              language: .python)
        let script = "/tmp/work-1/python/Snippet_0.py"
        let stderr = """
            \(script):3: UserWarning: y
              warnings.warn('y')
            Traceback (most recent call last):
              File "\(script)", line 2, in <module>
              File "/usr/lib/python3.11/threading.py", line 9, in run
              File "\(script)", line 99, in <module>
            """
        #expect(PythonTraceback.mapped(stderr, script: script, snippet: snippet) == """
            content/x.md:14: UserWarning: y
              warnings.warn('y')
            Traceback (most recent call last):
              content/x.md:12, in <module>
              File "/usr/lib/python3.11/threading.py", line 9, in run
              File "\(script)", line 99, in <module>
            """)
    }

    @Test func aRequiredVersionIsComparedPartByPart() {
        let interpreter = PythonInterpreter(executable: "/usr/bin/python3", version: "3.11.7")
        #expect(interpreter.satisfies("3"))
        #expect(interpreter.satisfies("3.11"))
        #expect(interpreter.satisfies("3.9"))
        #expect(interpreter.satisfies("3.11.7"))
        #expect(!interpreter.satisfies("3.11.8"))
        #expect(!interpreter.satisfies("3.14"))
        #expect(!interpreter.satisfies("4"))
    }

    @Test func theInterpreterComesFromTheConfig() throws {
        let page = "# P\n\n```python\nimport sys\nprint(sys.version_info[0])\n```\n\n```output\n3\n```\n"
        let (project, site) = try SiteVerificationTests.site([
            "sitegen.yml": "site_name: P\nsnippets:\n  python: no-such-python\n", "content/index.md": page,
        ])
        defer { project.remove() }
        #expect(site.config.snippets?.python == "no-such-python")
        let report = SnippetVerifier(projectRoot: project.root, options: VerifyOptions(useCache: false)).verify(site)
        #expect(report.summary == "0 passed, 1 failed, 0 skipped")
        #expect(report.diagnostics.map(\.message).contains { $0.contains("no Python interpreter 'no-such-python'") })
    }

    /// A Python tab and a Swift tab of one set, the second set with a Swift translation that prints differently.
    static let tabsPage = """
        # Pares

        === "Python"

            ```python
            for word in ["hola", "mundo"]:
                print(word)
            ```

            ```output
            hola
            mundo
            ```

        === "Swift"

            ```swift
            for word in ["hola", "mundo"] { print(word) }
            ```

            ```output
            hola
            mundo
            ```

        Otro par:

        === "Python"

            ```python
            print("uno")
            print("dos")
            ```

            ```output
            uno
            dos
            ```

        === "Swift"

            ```swift
            print("uno")
            print("Dos")
            ```

            ```output
            uno
            Dos
            ```

        ```swift id=contar
        for n in 1...3 { print(n) }
        ```

        ```output unordered
        3
        2
        1
        ```

        ```python same_output_as=contar
        for n in range(1, 4):
            print(n)
        ```
        """

    @Test func tabsThatTranslateEachOtherMustPrintTheSame() throws {
        let (project, site) = try SiteVerificationTests.site(["sitegen.yml": "site_name: Pares\n", "content/index.md": Self.tabsPage])
        defer { project.remove() }
        let report = SnippetVerifier(projectRoot: project.root, options: VerifyOptions(useCache: false)).verify(site)

        #expect(report.summary == "5 passed, 1 failed, 0 skipped")
        let failure = try #require(report.results.first { $0.failed })
        #expect(failure.snippet.language == .python)
        guard case .failed(.differsFromPair(let mismatch)) = failure.status else {
            Issue.record("expected a parity failure, got \(failure.status)")
            return
        }
        #expect(mismatch.this.line == "dos")
        #expect(mismatch.other.line == "Dos")
        #expect(mismatch.this.location == SourceLocation(file: "content/index.md", line: try Self.line(of: "    dos", in: Self.tabsPage)))
        #expect(mismatch.other.location == SourceLocation(file: "content/index.md", line: try Self.line(of: "    Dos", in: Self.tabsPage)))
        #expect(mismatch.description.contains("its Swift tab 'Swift'"))
        // The first pair and the borrowed unordered block agree.
        #expect(report.results.filter { $0.snippet.language == .python && $0.status == .passed }.count == 2)
    }

    @Test func pairsAreFoundInOneTabSetAndBySameOutputAs() {
        var page = PageBuilder(file: "content/a.md")
        page.python("", "print(1)", output: "1", tab: TabPlacement(set: 1, label: "Python"))
        page.swift("", "print(1)", output: "1", tab: TabPlacement(set: 1, label: "Swift"))
        page.python("", "print(2)", output: "2", tab: TabPlacement(set: 2, label: "Python"))
        page.swift("", "print(2)", tab: TabPlacement(set: 2, label: "Swift"))          // no output: no pair
        page.swift("id=s", "print(3)", output: "3")
        page.python("same_output_as=s", "print(3)", output: "3")
        let snippets = SnippetExtractor(defaultTimeout: 10).snippets(in: [page.page]).snippets
        #expect(ParityCheck.pairs(in: snippets).map { [$0.checked, $0.other] } == [[0, 1], [5, 4]])
    }

    @Test func paritySeesThroughUnorderedAndEllipsis() {
        func output(_ text: String, unordered: Bool = false) -> ExpectedOutput {
            ExpectedOutput(text: text, unordered: unordered, location: SourceLocation(file: "x.md", line: 1), firstTextLine: 2)
        }
        var a = Snippet(index: 0, location: SourceLocation(file: "x.md", line: 1), rawInfo: "python", mode: .run, timeout: 1,
                        ownLines: [], expectedOutput: output("b\na", unordered: true), language: .python)
        var b = Snippet(index: 1, location: SourceLocation(file: "x.md", line: 9), rawInfo: "swift", mode: .run, timeout: 1,
                        ownLines: [], expectedOutput: output("a\nb"))
        #expect(ParityCheck.mismatch(a, b, pairing: "x") == nil)
        a.expectedOutput = output("a\n...\nz")
        b.expectedOutput = output("a\nq\nz")
        #expect(ParityCheck.mismatch(a, b, pairing: "x") == nil)
        b.expectedOutput = output("a\nq\ny")
        #expect(ParityCheck.mismatch(a, b, pairing: "x") != nil)
    }
}
