import SiteGen

/// Checks a rendered page against facts that must hold for any input.
struct InvariantChecker {
    private(set) var failures = 0

    mutating func check(_ page: RenderedDocument, source: String, index: Int) {
        let lineCount = max(1, source.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).count)
        var locations = page.diagnostics.compactMap(\.location)
        locations += page.headings.map(\.location) + page.codeBlocks.map(\.location) + page.links.map(\.location)
        if let bad = locations.first(where: { $0.line < 1 || $0.line > lineCount || $0.column < 1 }) {
            report(index, "location \(bad) outside the page's \(lineCount) lines")
        }
        let ids = page.headings.map(\.id)
        if Set(ids).count != ids.count, !source.contains("{#") && !source.contains("{:") {
            report(index, "duplicate heading ids \(ids)")
        }
        let opened = count("<div", in: page.html) - count("<div", in: source)
        let closed = count("</div>", in: page.html) - count("</div>", in: source)
        if opened != closed, !source.contains("<") {
            report(index, "unbalanced containers: \(opened) <div opened, \(closed) closed")
        }
    }

    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    private mutating func report(_ index: Int, _ message: String) {
        failures += 1
        if failures <= 20 { print("document \(index): \(message)") }
    }
}
