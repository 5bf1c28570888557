import Testing
@testable import SiteGen

/// Pages are parsed on every core at once, each with its own cmark-gfm parser. cmark-gfm 0.29.0.gfm.6
/// (Debian 12's) keeps the characters that start an extension's inline syntax (`:` and `w` for
/// autolinks, `~` for strikethrough) in one table for the whole process, set when a parser starts
/// its inline pass and cleared when it ends it: two pages parsed at the same time must still both
/// get their autolinks and strikethrough, every time.
@Suite struct CmarkConcurrencyTests {
    @Test func pagesParsedSideBySideAllGetTheirAutolinksAndStrikethrough() {
        let page = (1...6).map { "Párrafo \($0) con un enlace (https://example.com/p\($0)) y ~~tachado~~ y www.example.org.\n" }
            .joined(separator: "\n")
        let rendered = ParallelWork.map(3000, width: 4) { _ in CmarkDocument.plainHTML(page) }
        let wrong = rendered.filter { html in
            html.components(separatedBy: "<a href=\"https://example.com/p").count != 7
                || html.components(separatedBy: "<del>tachado</del>").count != 7
                || html.components(separatedBy: "<a href=\"http://www.example.org\">").count != 7
        }
        #expect(wrong.isEmpty, "\(wrong.count) of \(rendered.count) pages lost an autolink or a strikethrough: \(wrong.first ?? "")")
    }
}
