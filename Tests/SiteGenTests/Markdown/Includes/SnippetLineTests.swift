import Testing
@testable import SiteGen

@Suite struct SnippetLineTests {
    @Test func recognisesInlineAndBlockMarkers() {
        #expect(SnippetLine.parse(#"--8<-- "a.md""#) == .inline(indent: "", path: "a.md", pathColumn: 9))
        #expect(SnippetLine.parse(#"  -8<- "a b.md:3:4""#) == .inline(indent: "  ", path: "a b.md:3:4", pathColumn: 9))
        #expect(SnippetLine.parse("--8<--") == .blockMarker)
        #expect(SnippetLine.parse("--8<-- ") == nil)
        #expect(SnippetLine.parse(#"--8<-- "a" "b""#) == nil)
        #expect(SnippetLine.parse(#";;--8<-- "a.md""#) == .escaped(#";--8<-- "a.md""#))
        #expect(SnippetLine.parse("8<--") == nil)
    }

    @Test func sectionMarkersAnywhereOnTheLine() {
        #expect(SnippetSection.parse("# --8<-- [start:setup]") == SnippetSection(isStart: true, name: "setup"))
        #expect(SnippetSection.parse("--8<-- [ end : x-1 ]") == SnippetSection(isStart: false, name: "x-1"))
        #expect(SnippetSection.parse("# ;--8<-- [start:a]")?.escapedText == "# --8<-- [start:a]")
        #expect(SnippetSection.parse("--8<-- [middle:a]") == nil)
    }

    @Test func targets() {
        #expect(SnippetTarget.parse("a.md") == SnippetTarget(path: "a.md"))
        #expect(SnippetTarget.parse("a.md:3:10") == SnippetTarget(path: "a.md", ranges: [.init(start: 3, end: 10)]))
        #expect(SnippetTarget.parse("a.md:1:2,8:") == SnippetTarget(path: "a.md", ranges: [.init(start: 1, end: 2), .init(start: 8, end: nil)]))
        #expect(SnippetTarget.parse("a.md:setup") == SnippetTarget(path: "a.md", section: "setup"))
        #expect(SnippetTarget.parse("dir:x/a.md") == SnippetTarget(path: "dir:x/a.md"))
        #expect(SnippetTarget.parse(":3") == nil)
    }
}
