import SiteGen
import Testing
@testable import SnippetRunner

@Suite struct MergePlanTests {
    private func snippet(_ index: Int, lines: Int) -> Snippet {
        let own = (0..<lines).map { Snippet.Line("print(\($0))", fileLine: 100 * index + $0) }
        return Snippet(index: index, location: SourceLocation(file: "content/a.md", line: 100 * index), rawInfo: "swift",
                       mode: .run, timeout: 10, ownLines: own)
    }

    @Test func partsKeepEverySnippetOnceInPageOrder() {
        let snippets = (0..<10).map { snippet($0, lines: 3) }
        let parts = MergePlan.split(snippets, into: 2)
        #expect(parts.map { $0.map(\.index) } == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]])
    }

    @Test func partsHaveAboutTheSameNumberOfLines() {
        // One long snippet (40 lines) and eight short ones (2 lines): the long one is a part nearly on its own.
        let snippets = [snippet(0, lines: 40)] + (1...8).map { snippet($0, lines: 2) }
        let parts = MergePlan.split(snippets, into: 2)
        #expect(parts.map { $0.map(\.index) } == [[0], [1, 2, 3, 4, 5, 6, 7, 8]])
    }

    @Test func fewSnippetsOrOneCoreOrOneJobMeanOneMergedBuild() {
        #expect(MergePlan.partCount(snippets: 200, cores: 2, jobs: 2) == 2)
        #expect(MergePlan.partCount(snippets: 200, cores: 1, jobs: 2) == 1)
        #expect(MergePlan.partCount(snippets: 200, cores: 8, jobs: 1) == 1)
        #expect(MergePlan.partCount(snippets: 12, cores: 2, jobs: 2) == 1)
        #expect(MergePlan.split([], into: 2).isEmpty)
    }

    @Test func snippetsImportingTheSameModulesShareAPart() {
        // Every third snippet imports Foundation: split in two, one part imports nothing at all.
        let snippets = (0..<12).map { snippet($0, lines: 3) }
        let imports = Dictionary(uniqueKeysWithValues: snippets.map { ($0.index, $0.index % 3 == 0 ? ["import Foundation"] : []) })
        let parts = MergePlan.split(MergePlan.groupedByImports(snippets, imports: imports), into: 2)
        #expect(parts.map { $0.map(\.index) } == [[1, 2, 4, 5, 7, 8], [10, 11, 0, 3, 6, 9]])
    }
}
