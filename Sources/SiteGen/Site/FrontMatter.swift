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
        guard text.hasPrefix("---\n") else { return FrontMatter(title: nil, body: text, firstLine: 1) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let close = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." }) else {
            return FrontMatter(title: nil, body: text, firstLine: 1)
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return FrontMatter(title: title(in: yaml, file: file, diagnostics: &diagnostics), body: body, firstLine: close + 2)
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
