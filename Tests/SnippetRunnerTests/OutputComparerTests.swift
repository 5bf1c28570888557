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

@Suite struct SHA256Tests {
    @Test func matchesTheStandardTestVectors() {
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(of: [UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let twoBlocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(SHA256.hex(of: Array(twoBlocks.utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
