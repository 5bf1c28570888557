import Testing
@testable import SiteGen

/// Tables as Python-Markdown splits them.
@Suite struct TableTests {
    @Test func pipesInsideCodeSpansDoNotSplitCells() {
        let html = ExtensionRender.html("| F | E |\n| --- | --- |\n| `a|b` | `{{ v|lower }}` |\n", [])
        #expect(html.contains("<td><code>a|b</code></td>\n<td><code>{{ v|lower }}</code></td>"))
    }

    @Test func outsideTablesCodeSpansKeepTheirPipes() {
        #expect(ExtensionRender.html("Texto `a|b` y más\n", []) == "<p>Texto <code>a|b</code> y más</p>\n")
    }
}
