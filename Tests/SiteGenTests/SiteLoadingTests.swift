import Testing
@testable import SiteGen

@Suite("Loading pages")
struct SiteLoadingTests {
    @Test func invalidUTF8IsAnErrorAtLineAndColumnOfTheFirstBadByte() {
        let fixture = SiteFixture(["content/ok.md": "# Bien\n"])
        fixture.write("content/bad.md", bytes: Array("# Título\nañ".utf8) + [0xFF] + Array("x\n".utf8))
        let site = fixture.load()
        #expect(SiteFixture.lines(site.diagnostics.filter { $0.severity == .error }) == [
            "content/bad.md:2:3: error: invalid UTF-8 (the page was skipped)",
        ])
        #expect(site.pages.map(\.sourcePath) == ["ok.md"])
    }

    @Test func byteOrderMarkAndCRLFAreNormalised() throws {
        #expect(try SourceText.decode([0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n".utf8)).get() == "a\nb\nc\n")
    }

    @Test func pagesAndTheBlockLayerShareOneNormaliser() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\u{0}d\n".utf8)
        let page = try SourceText.decode(bytes).get()
        #expect(page == "a\nb\nc\u{FFFD}d\n")
        // The block layer normalises text that never went through a page load (included files, tests) the same way.
        let lines = NormalizedSource(String(decoding: bytes, as: UTF8.self))
        #expect(lines.bytes == Array(page.utf8))
        #expect(lines.lines.map { String(decoding: lines.bytes[$0], as: UTF8.self) } == ["a", "b", "c\u{FFFD}d"])
        #expect(try SourceText.decode(Array("sin cambios\n".utf8)).get() == "sin cambios\n")
    }

    @Test func frontMatterIsStrippedAndKeepsFileLines() {
        var diagnostics: [Diagnostic] = []
        let split = FrontMatter.split("---\ntitle: Portada\nauthor: x\n---\n# Hola\n", file: "content/a.md", diagnostics: &diagnostics)
        #expect(split.title == "Portada")
        #expect(split.body == "# Hola\n")
        #expect(split.firstLine == 5)
        #expect(diagnostics.isEmpty)
    }

    @Test func headingLinesAfterFrontMatterPointAtTheFile() {
        let fixture = SiteFixture(["content/a.md": "---\ntitle: Portada\n---\n# Hola\n"])
        let page = fixture.load().pages[0]
        #expect(page.title == "Portada")
        #expect(page.document.headings.first?.location.line == 4)
    }

    @Test func malformedFrontMatterIsLocatedInTheFile() {
        var diagnostics: [Diagnostic] = []
        _ = FrontMatter.split("---\ntitle: [a\n---\ntext\n", file: "content/a.md", diagnostics: &diagnostics)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.location?.line ?? 0 >= 2)
    }

    @Test func hiddenFilesAreSkippedAndOtherFilesKeptAsAssets() {
        let fixture = SiteFixture([
            "content/index.md": "# A\n", "content/.borrador.md": "# B\n", "content/.git/x.md": "# C\n",
            "content/img/logo.png": "png",
        ])
        let site = fixture.load()
        #expect(site.pages.map(\.sourcePath) == ["index.md"])
        #expect(site.assetFiles == ["img/logo.png"])
    }

    @Test func pagesComeInNavOrderThenTheRest() {
        let fixture = SiteFixture([
            "sitegen.yml": "nav:\n  - z.md\n  - Primera: a.md\n",
            "content/a.md": "# A\n", "content/z.md": "# Z\n", "content/m.md": "# M\n",
        ])
        let site = fixture.load()
        #expect(site.pages.map(\.sourcePath) == ["z.md", "a.md", "m.md"])
        #expect(site.pages.map(\.title) == ["Z", "Primera", "M"])
    }

    @Test func manyPagesParsedInParallelKeepTheirOrder() {
        var files: [String: String] = [:]
        for n in 0..<200 { files["content/p\(1000 + n).md"] = "# Página \(n)\n" }
        let site = SiteFixture(files).load()
        #expect(site.pages.map(\.title) == (0..<200).map { "Página \($0)" })
    }
}
