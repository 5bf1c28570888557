import Yams

/// Optional YAML front matter at the top of a page (`---` … `---`), stripped before Markdown parsing.
///
/// Only `title:` is used; the body keeps its file line numbers through `firstLine`.
struct FrontMatter: Sendable, Equatable {
    /// `title:` when given.
    var title: String?
    /// The page without the front matter.
    var body: String
    /// The file line of the body's first line.
    var firstLine: Int

    /// Splits `text`; a page without front matter comes back whole with `firstLine` 1.
    /// Malformed YAML in the front matter is reported at its file line.
    static func split(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> FrontMatter {
        guard text.utf8.starts(with: "---\n".utf8), let close = closingLine(in: text) else {
            return FrontMatter(title: nil, body: text, firstLine: 1)
        }
        let body = String(text[close.bodyStart...])
        if let plain = PlainYAMLMapping.parse(text[close.yaml]) {
            return FrontMatter(title: plain["title"], body: body, firstLine: close.line + 1)
        }
        let yaml = String(text[close.yaml])
        return FrontMatter(title: title(in: yaml, file: file, diagnostics: &diagnostics), body: body, firstLine: close.line + 1)
    }

    /// Finds the `---` (or `...`) line closing the front matter, scanning lines without copying them:
    /// the YAML between, where the body starts, and the closing line's 1-based number.
    private static func closingLine(in text: String) -> (yaml: Range<String.Index>, bodyStart: String.Index, line: Int)? {
        let utf8 = text.utf8
        var lineStart = utf8.index(utf8.startIndex, offsetBy: 4)
        let yamlStart = lineStart
        var line = 2
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let content = utf8[lineStart..<lineEnd]
            if content.elementsEqual("---".utf8) || content.elementsEqual("...".utf8) {
                let bodyStart = lineEnd == utf8.endIndex ? lineEnd : utf8.index(after: lineEnd)
                return (yamlStart..<lineStart, bodyStart, line)
            }
            guard lineEnd < utf8.endIndex else { return nil }
            lineStart = utf8.index(after: lineEnd)
            line += 1
        }
        return nil
    }

    private static func title(in yaml: String, file: String, diagnostics: inout [Diagnostic]) -> String? {
        do {
            guard let root = try Yams.compose(yaml: yaml), case .mapping(let mapping) = root else { return nil }
            guard let value = mapping["title"] else { return nil }
            if case .scalar(let scalar) = value, !scalar.string.isEmpty { return scalar.string }
            diagnostics.append(.warning("front matter 'title' must be text",
                                        at: SourceLocation(file: file, line: (value.mark?.line ?? 0) + 1)))
            return nil
        } catch {
            var diagnostic = YAMLErrorLocation.diagnostic(for: error, file: file)
            diagnostic.location?.line += 1
            diagnostics.append(diagnostic)
            return nil
        }
    }
}
