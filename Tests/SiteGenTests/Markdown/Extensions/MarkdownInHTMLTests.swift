import Foundation
import Testing
@testable import SiteGen

/// md_in_html and the attribute lists that belong to a block before them.
@Suite struct MarkdownInHTMLTests {
    @Test func gridOfCardsLosesTheMarkdownAttribute() {
        #expect(ExtensionRender.html("<div class=\"grid cards\" markdown>\n\n- __Uno__\n\n</div>\n", ["md_in_html"]) == """
            <div class="grid cards">
            <ul>
            <li><strong>Uno</strong></li>
            </ul>
            </div>

            """)
    }

    @Test func figureContentWithoutBlankLinesIsMarkdown() {
        let html = ExtensionRender.html("<figure markdown=\"1\">\n  ![T](a.png)\n  <figcaption>Pie</figcaption>\n</figure>\n", ["md_in_html"])
        #expect(html == "<figure>\n<p><img src=\"a.png\" alt=\"T\" /></p>\n<figcaption>Pie</figcaption>\n</figure>\n")
    }

    @Test func nestedRawElementEndsBeforeMarkdownResumes() {
        let html = ExtensionRender.html("<div class=\"o\" markdown>\n<div class=\"i\">\nraw <b>x</b>\n</div>\nPara *em*\n</div>\n", ["md_in_html"])
        #expect(html == "<div class=\"o\">\n<div class=\"i\">\nraw <b>x</b>\n</div>\n<p>Para <em>em</em></p>\n</div>\n")
    }

    @Test func oneLineElementsBlockAndSpan() {
        #expect(ExtensionRender.html("<div markdown>**b** t</div>\n\n<p markdown=\"span\">*s*</p>\n", ["md_in_html"])
            == "<div>\n<p><strong>b</strong> t</p>\n</div>\n<p><em>s</em></p>\n")
    }

    @Test func withoutTheExtensionHTMLStaysRaw() {
        #expect(ExtensionRender.html("<div markdown>\n*x*\n</div>\n", []) == "<div markdown>\n*x*\n</div>\n")
    }

    @Test func attributeListRightAfterAFenceGoesToTheCodeBlock() {
        let html = ExtensionRender.html("```\nx = 1 # (1)!\n```\n{ .annotate }\n\n1. Nota\n", ["attr_list"])
        #expect(html.hasPrefix("<div class=\"annotate\">\n<div class=\"language-text highlight\">"))
        #expect(!html.contains("{ .annotate }"))
    }

    @Test func attributeListAfterAnIcon() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("icons-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/material", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "<svg/>".write(toFile: folder + "/material/flash.svg", atomically: true, encoding: .utf8)
        let icons = IconLibrary(iconFolders: [folder], pymdownxFolder: nil)
        #expect(ExtensionRender.html("Ver:material-flash:{ .acc .slide } ya\n", ["pymdownx.emoji", "attr_list"], icons: icons)
            == "<p>Ver<span class=\"twemoji acc slide\"><svg/></span> ya</p>\n")
    }
}

extension MarkdownInHTMLTests {
    @Test func indentedContentIsDedentedNotCode() {
        let html = ExtensionRender.html("Texto\n<div class=\"result\" markdown>\n    ![Mapa](m.png)\n</div>\n", ["md_in_html"])
        #expect(html == "<p>Texto</p>\n<div class=\"result\">\n<p><img src=\"m.png\" alt=\"Mapa\" /></p>\n</div>\n")
    }
}
