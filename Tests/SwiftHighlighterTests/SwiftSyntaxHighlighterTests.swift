import Foundation
import SiteGen
import SwiftHighlighter
import Testing

@Suite("Swift highlighter")
struct SwiftSyntaxHighlighterTests {
    let highlighter = SwiftSyntaxHighlighter()

    func plainText(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test func classifiesKeywordsTypesStringsNumbersAndComments() throws {
        let html = try #require(highlighter.highlight("let q = Queue<Int>(maxsize: 2) // cola\nprint(\"hola\", 3.5)", language: "swift"))
        #expect(html.contains(#"<span class="k">let</span> q"#))
        #expect(html.contains(#"<span class="t">Queue</span>&lt;<span class="t">Int</span>&gt;"#))
        #expect(html.contains(#"<span class="p">maxsize</span>"#))
        #expect(html.contains(#"<span class="n">2</span>"#))
        #expect(html.contains(#"<span class="c">// cola</span>"#))
        #expect(html.contains(#"<span class="f">print</span>"#))
        #expect(html.contains(#"<span class="s">"hola"</span>"#))
        #expect(html.contains(#"<span class="n">3.5</span>"#))
    }

    @Test func marksDeclaredNamesAndAttributes() throws {
        let html = try #require(highlighter.highlight("@MainActor\nfinal class Worker: Thread {\n    override func run() {}\n}", language: "swift"))
        #expect(html.contains(#"<span class="a">@MainActor</span>"#))
        #expect(html.contains(#"<span class="t">Worker</span>"#))
        #expect(html.contains(#"<span class="t">Thread</span>"#))
        #expect(html.contains(#"<span class="f">run</span>"#))
    }

    @Test func multilineStringsAndBlockCommentsDoNotSpanLines() throws {
        let code = "/* uno\n dos */\nlet s = \"\"\"\n    <b>&</b>\n    \"\"\"\n"
        let html = try #require(highlighter.highlight(code, language: "swift"))
        #expect(plainText(html) == code)
        for line in html.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(line.components(separatedBy: "<span").count == line.components(separatedBy: "</span>").count)
        }
        #expect(!html.contains("<b>"))
    }

    @Test func invalidCodeIsStillShownInFull() throws {
        let code = "func (( { let = \"sin cerrar\n}}} ñandú 🧵"
        let html = try #require(highlighter.highlight(code, language: "swift"))
        #expect(plainText(html) == code)
    }

    @Test func onlySwiftIsHandled() {
        #expect(highlighter.highlight("x = 1", language: "python") == nil)
        #expect(BuiltinHighlighter(fallback: highlighter).highlight("let x = 1", language: "swift")?.contains(#"class="k""#) == true)
    }
}
