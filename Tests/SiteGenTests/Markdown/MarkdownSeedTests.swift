import Testing
@testable import SiteGen

/// The seed page end to end: the structure MkDocs-Material gives it, in the same order.
@Suite struct MarkdownSeedTests {
    let page = MarkdownRenderer().render(seedPage, file: "content/index.md")

    private func count(_ needle: String) -> Int {
        page.html.components(separatedBy: needle).count - 1
    }

    @Test func hasTheContainersOfTheSeed() {
        #expect(count(#"<div class="tabbed-set tabbed-alternate""#) == 3)
        #expect(page.html.contains(#"data-tabs="1:3""#))
        #expect(page.html.contains(#"data-tabs="2:3""#))
        #expect(page.html.contains(#"data-tabs="3:2""#))
        #expect(count(#"<div class="tabbed-block">"#) == 8)
        #expect(count(#"<div class="admonition "#) == 3)
        #expect(count("<details ") == 2)
        #expect(count(#"<div class="language-python highlight">"#) == 9)
    }

    @Test func headingIdsMatchMkDocs() {
        #expect(page.headings.map(\.id) == [
            "threading", "threadingthread", "queues-y-semaphores", "implementacion", "concurrentfuturesthreadpoolexecutor",
        ])
        #expect(page.headings.map(\.level) == [2, 3, 4, 5, 3])
        #expect(page.headings.map(\.location.line) == [8, 18, 75, 105, 194])
        #expect(page.title == nil)
    }

    @Test func codeBlocksAreCollectedInOrderWithTheirFenceLines() {
        #expect(page.codeBlocks.count == 9)
        #expect(page.codeBlocks.map(\.location.line) == [28, 42, 62, 110, 123, 151, 172, 204, 220])
        #expect(page.codeBlocks.allSatisfy { $0.location.column == 5 && $0.info.language == "python" })
        #expect(page.codeBlocks[0].code.hasPrefix("def foo():\n    # do stuff"))
        #expect(page.codeBlocks[0].firstCodeLine == 29)
    }

    @Test func fenceAfterATextLineInDetailsIsABlockNotInsideAParagraph() {
        #expect(page.html.contains("con sus argumentos.</p>\n<div class=\"language-python highlight\">"))
    }

    @Test func warnsOnceAboutTheDuplicateTabLabel() {
        #expect(page.diagnostics.map(\.description) == [
            "content/index.md:219:1: warning: duplicate tab label 'ThreadPoolExecutor' in this tab set",
        ])
        #expect(count(#"<label for="__tabbed_3_"#) == 2)
    }

    @Test func titlesAreInlineMarkdown() {
        #expect(page.html.contains(#"<p class="admonition-title"><em>Queues</em></p>"#))
        #expect(page.html.contains(#"<details class="info"><summary>Context manager: <code>with</code></summary>"#))
        #expect(page.html.contains(#"<label for="__tabbed_2_3"><em>Why not both?</em></label>"#))
    }

    @Test func linksKeepTheirPageLocations() {
        #expect(page.links.map(\.destination) == [
            "https://hg.python.org/cpython/file/3.4/Lib/threading.py",
            "https://github.com/python/cpython/blob/0729694246174a5c2f0ae197f2e0dbea61b90c9f/Lib/threading.py",
        ])
        #expect(page.links.map(\.location.description) == ["content/index.md:118:34", "content/index.md:119:5"])
    }
}
