import Yams

/// Optional YAML front matter at the top of a page (`---` … `---`), stripped before Markdown parsing.
///
/// `title`, `description`, `hide` and `search.exclude` are read (`PageMeta`); other keys are
/// accepted and ignored. The body keeps its file line numbers through `firstLine`.
struct FrontMatter: Sendable, Equatable {
    /// What the front matter says.
    var meta = PageMeta()
    /// `title:` when given.
    var title: String? { meta.title }
    /// The page without the front matter.
    var body: String
    /// The file line of the body's first line.
    var firstLine: Int

    /// Splits `text`; a page without front matter comes back whole with `firstLine` 1.
    /// Malformed YAML in the front matter is reported at its file line.
    static func split(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> FrontMatter {
        guard text.utf8.starts(with: "---\n".utf8), let close = closingLine(in: text) else {
            return FrontMatter(body: text, firstLine: 1)
        }
        let body = String(text[close.bodyStart...])
        if let plain = PlainYAMLMapping.parse(text[close.yaml]) {
            return FrontMatter(meta: PageMeta(title: plain["title"], description: plain["description"]), body: body, firstLine: close.line + 1)
        }
        let yaml = String(text[close.yaml])
        return FrontMatter(meta: meta(in: yaml, file: file, diagnostics: &diagnostics), body: body, firstLine: close.line + 1)
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

    private static func meta(in yaml: String, file: String, diagnostics: inout [Diagnostic]) -> PageMeta {
        var meta = PageMeta()
        do {
            guard let root = try Yams.compose(yaml: yaml), case .mapping(let mapping) = root else { return meta }
            func warn(_ message: String, _ node: Node) {
                diagnostics.append(.warning(message, at: SourceLocation(file: file, line: (node.mark?.line ?? 0) + 1)))
            }
            if let value = mapping["title"] {
                if case .scalar(let scalar) = value, !scalar.string.isEmpty { meta.title = scalar.string } else {
                    warn("front matter 'title' must be text", value)
                }
            }
            if let value = mapping["description"] {
                if case .scalar(let scalar) = value { meta.description = scalar.string.isEmpty ? nil : scalar.string } else {
                    warn("front matter 'description' must be text", value)
                }
            }
            if let value = mapping["hide"] {
                if case .sequence(let items) = value { meta.hidden = Set(items.compactMap { $0.scalar?.string }) } else {
                    warn("front matter 'hide' must be a list (navigation, toc, footer)", value)
                }
            }
            if case .mapping(let search)? = mapping["search"], case .scalar(let exclude)? = search["exclude"] {
                meta.excludedFromSearch = ["true", "yes", "on"].contains(exclude.string.lowercased())
            }
            return meta
        } catch {
            var diagnostic = YAMLErrorLocation.diagnostic(for: error, file: file)
            diagnostic.location?.line += 1
            diagnostics.append(diagnostic)
            return meta
        }
    }
}
