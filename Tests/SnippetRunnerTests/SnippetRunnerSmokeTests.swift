import Testing
@testable import SnippetRunner

@Test func SnippetRunnerLinks() {
    #expect(Bool(true))
}
