import Foundation
import SiteGen

/// The pathological pages of the brief, too big for the unit tests: 5,000 nesting levels of each
/// container, blockquotes and lists, a 20 MB page, 1 MB lines. Each must render within the bound.
enum StressCases {
    static func all() -> [(name: String, source: String)] {
        func nested(_ marker: (Int) -> String, indent: Int = 4, depth: Int = 5000) -> String {
            var text = ""
            for level in 0..<depth { text += String(repeating: " ", count: indent * level) + marker(level) + "\n" }
            return text + String(repeating: " ", count: indent * depth) + "fondo\n"
        }
        let block = "!!! note\n    Un párrafo con *énfasis*, `código` y [enlace](a.md).\n\n```swift\nlet x = 1\n```\n\n=== \"A\"\n    a\n\n"
        return [
            ("5,000 nested !!!", nested { "!!! note \"\($0)\"" }),
            ("5,000 nested ???+", nested { _ in "???+ info" }),
            ("5,000 nested ===", nested { "=== \"t\($0)\"" }),
            ("5,000 nested /// blocks", String(repeating: "/// note | T\n", count: 5000) + "x\n" + String(repeating: "///\n", count: 5000)),
            ("5,000 nested blockquotes", String(repeating: "> ", count: 5000) + "hondo\n"),
            ("5,000 nested lists", nested({ _ in "- item" }, indent: 2)),
            ("5,000 nested emphasis and brackets", String(repeating: "*a ", count: 5000) + String(repeating: "[", count: 5000) + "\n"),
            ("2 MB page", String(repeating: block, count: 2_000_000 / block.utf8.count)),
            ("20 MB page", String(repeating: block, count: 20_000_000 / block.utf8.count)),
            ("1 MB line in a tab", "=== \"A\"\n    " + String(repeating: "palabra ", count: 131_072) + "\n"),
            ("1 MB line of backticks", String(repeating: "`", count: 1_048_576) + "\n"),
            ("unclosed fence over 100,000 lines", "```\n" + String(repeating: "!!! note\n    x\n", count: 50_000)),
        ]
    }

    private static func cpuSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// Renders every case under `bound` seconds each (SIGALRM ends the run on a hang); prints times.
    static func run(bound: UInt32) {
        let renderer = MarkdownRenderer()
        for (index, stress) in all().enumerated() {
            FatalReport.current(index: index, seed: 0)
            let start = cpuSeconds()
            alarm(bound)
            let page = renderer.render(stress.source, file: "stress.md")
            alarm(0)
            print(stress.name.padding(toLength: 36, withPad: " ", startingAt: 0)
                + String(format: "%6.1f MB in %6.2f s CPU  (%d bytes of HTML, %d diagnostics)",
                         Double(stress.source.utf8.count) / 1_048_576, cpuSeconds() - start,
                         page.html.utf8.count, page.diagnostics.count))
            fflush(nil)
        }
    }
}
