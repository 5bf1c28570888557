import Testing
@testable import SiteGen

/// A document without our syntax renders exactly as plain cmark-gfm renders it. The only
/// differences the pipeline adds are switched off here and tested elsewhere: heading ids with
/// permalinks (`headingAnchors`) and pymdownx's shapes of code (`decorateCodeBlocks`).
@Suite struct MarkdownConformanceTests {
    static let plain = MarkdownRenderer(options: MarkdownOptions(headingAnchors: false, decorateCodeBlocks: false))

    @Test(arguments: CommonMarkExamples.all)
    func rendersLikePlainCmarkGFM(_ example: String) {
        #expect(Self.plain.render(example, file: "spec.md").html == CmarkDocument.plainHTML(example))
    }

    @Test func everyExampleIsFreeOfDiagnosticsExceptUnclosedFences() {
        let noisy = CommonMarkExamples.all.filter { example in
            Self.plain.render(example, file: "spec.md").diagnostics.contains { !$0.message.hasPrefix("unclosed code fence") }
        }
        #expect(noisy.isEmpty)
    }

    @Test func extensionsAndFootnotesAreOn() {
        let html = CmarkDocument.plainHTML("| a |\n| - |\n| 1 |\n\n~~x~~ www.example.com\n\n- [x] hecho\n\nNota[^1].\n\n[^1]: Pie.\n")
        #expect(html.contains("<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>"))
        #expect(html.contains("<del>x</del>"))
        #expect(html.contains(#"<a href="http://www.example.com">www.example.com</a>"#))
        #expect(html.contains(#"<input type="checkbox" checked="" disabled="" /> hecho"#))
        #expect(html.contains(#"<section class="footnotes""#))
        #expect(CmarkDocument.plainHTML("<div>raw</div>\n") == "<div>raw</div>\n")
    }

    @Test func defaultsDifferOnlyInHeadingsAndFences() {
        let example = "# Hola\n\nTexto *x*.\n\n```swift\nlet a = 1\n```\n"
        let ours = MarkdownRenderer().render(example, file: "spec.md").html
        let plain = CmarkDocument.plainHTML(example)
        #expect(plain.hasPrefix("<h1>Hola</h1>\n<p>Texto <em>x</em>.</p>\n"))
        #expect(ours.hasPrefix(##"<h1 id="hola">Hola<a class="headerlink" href="#hola" title="Enlace permanente">¶</a></h1>"## + "\n<p>Texto <em>x</em>.</p>\n"))
    }
}
