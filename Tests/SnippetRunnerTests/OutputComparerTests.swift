import Testing
@testable import SnippetRunner

@Suite struct OutputComparerTests {
    @Test func exactOutputIgnoresTrailingWhitespaceAndTrailingBlankLines() {
        #expect(OutputComparer.matches(expected: "hola\nmundo", actual: "hola  \nmundo\t\n\n\n", unordered: false))
    }

    @Test func leadingWhitespaceAndLineOrderStillCount() {
        #expect(!OutputComparer.matches(expected: "hola", actual: "  hola", unordered: false))
        #expect(!OutputComparer.matches(expected: "a\nb", actual: "b\na", unordered: false))
    }

    @Test func ellipsisMatchesAnyRunOfLinesIncludingNone() {
        let expected = "inicio\n...\nfin"
        #expect(OutputComparer.matches(expected: expected, actual: "inicio\nfin\n", unordered: false))
        #expect(OutputComparer.matches(expected: expected, actual: "inicio\n1\n2\n3\nfin\n", unordered: false))
        #expect(!OutputComparer.matches(expected: expected, actual: "inicio\n1\n", unordered: false))
    }

    @Test func ellipsisBacktracksToALaterMatch() {
        #expect(OutputComparer.matches(expected: "...\nx\ny", actual: "x\nz\nx\ny", unordered: false))
    }

    @Test func unorderedComparesLinesAsAMultiset() {
        #expect(OutputComparer.matches(expected: "a\nb\nb", actual: "b\na\nb\n", unordered: true))
        #expect(!OutputComparer.matches(expected: "a\nb\nb", actual: "a\nb\na\n", unordered: true))
        #expect(!OutputComparer.matches(expected: "a\nb", actual: "a\nb\nc\n", unordered: true))
    }

    @Test func unorderedWithEllipsisAllowsExtraLines() {
        #expect(OutputComparer.matches(expected: "a\n...", actual: "c\na\nb\n", unordered: true))
    }
}

@Suite struct UnifiedDiffTests {
    @Test func showsRemovedThenAddedLinesWithContext() {
        let diff = UnifiedDiff.diff(expected: ["uno", "dos", "tres"], actual: ["uno", "DOS", "tres"])
        #expect(diff == """
            --- expected
            +++ actual
            @@ -1,3 +1,3 @@
             uno
            -dos
            +DOS
             tres
            """)
    }

    @Test func farApartChangesGetTwoHunks() {
        let expected = (1...20).map(String.init)
        var actual = expected
        actual[1] = "X"
        actual[18] = "Y"
        let diff = UnifiedDiff.diff(expected: expected, actual: actual)
        #expect(diff.components(separatedBy: "@@ -").count - 1 == 2)
        #expect(diff.contains("@@ -16,5 +16,5 @@"))
    }

    @Test func missingOutputIsAllRemovals() {
        #expect(UnifiedDiff.diff(expected: ["a"], actual: []) == "--- expected\n+++ actual\n@@ -1,1 +0,0 @@\n-a")
    }
}
