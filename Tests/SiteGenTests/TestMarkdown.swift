import Foundation
@testable import SiteGen

/// A deliberately tiny Markdown stage for site-assembly tests: `#` headings (id = lowercased
/// words joined by `-`, or `{#id}`), `[text](destination)` links passed through `rewriteLink`,
/// other lines as paragraphs. The real dialect is tested against `MarkdownRenderer` itself.
enum TestMarkdown {
    static let rendering = MarkdownRendering { source, file, firstLine, options in
        render(source, file: file, firstLine: firstLine, options: options)
    }

    static func render(_ source: String, file: String, firstLine: Int, options: MarkdownOptions) -> RenderedDocument {
        var document = RenderedDocument()
        var html = ""
        for (offset, raw) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            let location = SourceLocation(file: file, line: firstLine + offset)
            if line.hasPrefix("#") {
                let level = line.prefix { $0 == "#" }.count
                var text = String(line.dropFirst(level)).trimmingWhitespace()
                var id = text.lowercased().split(separator: " ").joined(separator: "-")
                if let brace = text.range(of: " {#"), text.hasSuffix("}") {
                    id = String(text[brace.upperBound..<text.index(before: text.endIndex)])
                    text = String(text[..<brace.lowerBound])
                }
                document.headings.append(Heading(level: level, id: id, text: text, html: text, location: location))
                if level == 1, document.title == nil { document.title = text }
                html += "<h\(level) id=\"\(id)\">\(text)</h\(level)>\n"
            } else if !line.isEmpty {
                html += "<p>" + links(in: line, location: location, options: options, document: &document) + "</p>\n"
            }
        }
        document.html = html
        return document
    }

    private static func links(in line: String, location: SourceLocation, options: MarkdownOptions,
                              document: inout RenderedDocument) -> String {
        var out = ""
        var rest = Substring(line)
        while let open = rest.range(of: "]("), let close = rest[open.upperBound...].firstIndex(of: ")") {
            let textStart = rest[..<open.lowerBound].lastIndex(of: "[") ?? open.lowerBound
            let destination = String(rest[open.upperBound..<close])
            out += rest[..<textStart]
            out += "<a href=\"\(options.rewriteLink(destination))\">\(rest[rest.index(after: textStart)..<open.lowerBound])</a>"
            document.links.append(LinkReference(destination: destination, location: location))
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
