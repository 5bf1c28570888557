import Foundation
import SiteGen
import Testing
@testable import SnippetRunner

/// One fixture site with a snippet of every kind and of every failure, verified once (compiles are slow).
@Suite struct VerificationTests {
    static let sleepMarker = "1037"

    static func kinds() -> PageBuilder {
        var page = PageBuilder(file: "content/kinds.md")
        page.swift("", #"print("hola")"#, output: "hola")
        page.swift("", "print(\"b\")\nprint(\"a\")", output: "a\nb", unordered: true)
        page.swift("", "for i in 1...5 { print(i) }", output: "1\n...\n5")
        page.swift("", "// snippet.hide\nlet name = \"Ana\"\n// snippet.show\nprint(name)", output: "Ana")
        page.swift("id=setup", "func double(_ x: Int) -> Int { x * 2 }\nprint(\"setup ran\")", output: "setup ran")
        page.swift("include=setup", "print(double(21))", output: "42")
        page.swift("ignore", "esto no es Swift")
        page.swift("no_run", "while true {}")
        page.swift("compile_fail", #"let x: Int = "texto""#)
        page.swift(#"compile_fail="cannot convert value""#, #"let y: Int = "texto""#)
        page.swift("should_fail", #"fatalError("boom")"#)
        page.swift("", "import Greeter\nprint(Greeter(name: \"Ana\").greeting())", output: "Hola, Ana!")
        page.swift("", "extension Int { var doubled: Int { self * 2 } }\nprint(4.doubled)", output: "8")
        page.swift("", "let line = readLine()\nprint(line == nil ? \"EOF\" : \"got a line\")", output: "EOF")
        page.swift("timeout=5", """
            import Foundation
            let child = Process()
            child.executableURL = URL(fileURLWithPath: "/bin/sleep")
            child.arguments = ["\(sleepMarker)"]
            try child.run()
            print("started")
            """, output: "started")
        return page
    }

    static func failures() -> (page: PageBuilder, compileErrorLine: Int) {
        var page = PageBuilder(file: "content/fallos.md")
        page.swift("", #"print("adiós")"#, output: "hola")
        page.swift("timeout=2", "while true {}")
        page.swift("timeout=2", "import Foundation\nlet never = DispatchSemaphore(value: 0)\nnever.wait()")
        page.swift("", #"fatalError("boom")"#)
        page.swift("", "let missing: Int? = nil\nprint(missing!)")
        let line = page.swift("", "let a = 1\nlet b: Int = \"dos\"\nprint(a, b)")
        page.swift("", #"while true { print("spam spam spam spam") }"#)
        page.swift("should_fail", "print(\"todo bien\")")
        page.swift("compile_fail", "print(\"compila\")")
        return (page, line + 1)
    }

    @Test func everyKindAndEveryFailureGivesExactCounts() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let (failures, errorLine) = Self.failures()
        let start = Date()
        let report = project.verify([Self.kinds().page, failures.page], config: project.greeterLibrary)
        let elapsed = Date().timeIntervalSince(start)

        #expect(report.summary == "14 passed, 9 failed, 1 skipped")
        #expect(report.diagnostics.isEmpty)
        let reasons = report.results.compactMap { $0.status.reason }
        #expect(reasons.contains { if case .wrongOutput(let diff) = $0 { diff.contains("-hola") && diff.contains("+adiós") } else { false } })
        #expect(reasons.filter { $0 == .timedOut(seconds: 2) }.count == 2)
        #expect(reasons.filter { if case .crashed = $0 { true } else { false } }.count == 2)
        #expect(reasons.contains { if case .compileError(let message) = $0 { message.contains("content/fallos.md:\(errorLine):") } else { false } })
        #expect(reasons.contains { if case .outputLimitExceeded(stream: "stdout", _) = $0 { true } else { false } })
        #expect(reasons.contains(.succeededUnexpectedly))
        #expect(reasons.contains(.compiledUnexpectedly))
        #expect(Self.processesRunning(withArgument: Self.sleepMarker).isEmpty)
        #expect(elapsed < 120)
    }

    /// Pids of live processes whose command line has `argument`.
    static func processesRunning(withArgument argument: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { Int($0) != nil }.filter { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            let words = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            return words.contains(argument) && !(SessionReaper.stat(of: pid_t(pid)!)?.state == "Z")
        }
    }
}
