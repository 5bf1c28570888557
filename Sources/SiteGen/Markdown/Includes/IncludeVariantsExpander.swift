/// markdown-include-variants (FastAPI, Typer, SQLModel): a line
///
///     {* docs_src/first_steps/tutorial001_an_py310.py ln[1:5] hl[3] title["main.py"] *}
///
/// becomes the Markdown the extension writes, in our dialect: a `//// tab | Python 3.10+` with
/// the file (or the `ln` ranges, with "Code … omitted" comments) in a ```` ```python hl_lines="…" ````
/// fence; with `ln`, a `///// details | 👀 Full file preview`; and a `///// details | 🤓 Other
/// versions and variants` with one tab per variant. Code lines keep their file and line.
///
/// Paths are relative to the project root (MkDocs' working directory), else to the page's folder.
struct IncludeVariantsExpander {
    let projectRoot: String
    /// Absolute folder of the page.
    let pageFolder: String
    let displayPath: (String) -> String
    private(set) var diagnostics: [Diagnostic] = []
    /// Absolute paths of every file included.
    private(set) var includedFiles: Set<String> = []

    init(projectRoot: String, pageFolder: String, displayPath: @escaping (String) -> String) {
        self.projectRoot = projectRoot
        self.pageFolder = pageFolder
        self.displayPath = displayPath
    }

    mutating func expand(_ lines: [SourceLine]) -> [SourceLine] {
        var output: [SourceLine] = []
        for line in lines {
            guard let directive = IncludeVariantsDirective.parse(line.text) else {
                output.append(line)
                continue
            }
            output += expand(directive, at: line)
        }
        return output
    }

    private mutating func expand(_ directive: IncludeVariantsDirective, at line: SourceLine) -> [SourceLine] {
        let here = SourceLocation(file: line.origin.file, line: line.origin.line, column: 4)
        for problem in directive.problems { diagnostics.append(.warning(problem, at: here)) }
        let candidates = [projectRoot, pageFolder].map { PathUtilities.absolute(directive.path, relativeTo: $0) }
        guard let set = candidates.lazy.compactMap(IncludeVariantSet.find).first,
              let content = IncludedFile.lines(atPath: set.preferred.path) else {
            diagnostics.append(.warning("include-variants: '\(directive.path)' not found (looked in \(displayPath(projectRoot)) and the page's folder)", at: here))
            return []
        }
        includedFiles.formUnion([set.preferred.path] + set.others.map(\.path))
        let file = displayPath(set.preferred.path)
        let numbered = content.enumerated().map { SourceLine(text: $1, origin: SourceLineOrigin(file: file, line: $0 + 1)) }
        var writer = Writer(origin: line.origin)
        let titleAttribute = directive.title.map { #" title="\#($0)""# } ?? ""
        if directive.lines != [IncludeVariantsDirective.Range(0, 0)] {
            let hl = directive.highlightInShownLines
            writer.text("//// tab | \(set.preferred.title)")
            writer.text("```python" + (hl.isEmpty ? "" : #" hl_lines="\#(IncludeVariantsDirective.hlString(hl))""#) + titleAttribute)
            if directive.lines.isEmpty {
                writer.code(numbered)
            } else {
                writer.code(excerpt(numbered, ranges: directive.lines, lineCount: content.count - (content.last == "" ? 1 : 0)))
            }
            writer.text("```", "", "////", "")
        }
        if !directive.lines.isEmpty {
            let hl = directive.highlights.isEmpty ? "" : #" hl_lines="\#(IncludeVariantsDirective.hlString(directive.highlights))""#
            writer.text("///// details | 👀 Full file preview", "", "//// tab | \(set.preferred.title)", "", "```python" + hl + titleAttribute)
            writer.code(numbered)
            writer.text("```", "", "////", "", "/////", "")
        }
        if !set.others.isEmpty {
            writer.text("///// details | 🤓 Other versions and variants", "")
            for variant in set.others {
                writer.text("//// tab | \(variant.title)", "")
                if variant.isAnnotated == false {
                    writer.text("/// tip", "", "Prefer to use the `Annotated` version if possible.", "", "///", "")
                }
                writer.text("```python" + titleAttribute)
                let shown = displayPath(variant.path)
                let lines = IncludedFile.lines(atPath: variant.path) ?? []
                writer.code(lines.enumerated().map { SourceLine(text: $1, origin: SourceLineOrigin(file: shown, line: $0 + 1)) })
                writer.text("```", "////")
            }
            writer.text("", "/////", "")
        }
        return writer.lines
    }

    /// The `ln` ranges of the file with the extension's "Code … omitted" comments between them.
    private func excerpt(_ lines: [SourceLine], ranges: [IncludeVariantsDirective.Range], lineCount: Int) -> [SourceLine] {
        var output: [SourceLine] = []
        let origin = lines.first?.origin ?? SourceLineOrigin(file: "", line: 1)
        func comment(_ texts: String...) { output += texts.map { SourceLine(text: $0, origin: origin) } }
        for (index, range) in ranges.enumerated() {
            if index == 0, range.start > 1 { comment("# Code above omitted 👆", "") }
            if index > 0 { comment("", "# Code here omitted 👈", "") }
            let start = max(range.start, 1) - 1, end = min(range.end, lines.count)
            if start < end { output += lines[start..<end] }
            if index == ranges.count - 1, range.end < lineCount { comment("", "# Code below omitted 👇") }
        }
        return output
    }

    /// Collects generated lines: syntax lines take the directive's origin, code lines keep theirs.
    private struct Writer {
        let origin: SourceLineOrigin
        var lines: [SourceLine] = []

        mutating func text(_ texts: String...) {
            lines += texts.map { SourceLine(text: $0, origin: origin) }
        }

        /// Code lines without trailing blank lines (MkDocs' highlighter drops them from the block).
        mutating func code(_ code: [SourceLine]) {
            var code = code[...]
            while let last = code.last, last.text.allSatisfy(\.isWhitespace) { code.removeLast() }
            lines += code
        }
    }
}
