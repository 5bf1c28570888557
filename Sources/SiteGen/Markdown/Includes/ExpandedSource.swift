/// Where one line of an expanded page comes from: the page itself or a file it includes.
public struct SourceLineOrigin: Sendable, Hashable {
    /// The file as diagnostics print it (`docs/x.md`, `includes/abbr.md`).
    public var file: String
    /// 1-based line in `file`.
    public var line: Int
    /// Columns of indentation the include put in front of the line (an indented `--8<--` indents
    /// everything it includes); subtracted when a column is mapped back.
    public var addedColumns: Int

    public init(file: String, line: Int, addedColumns: Int = 0) {
        self.file = file
        self.line = line
        self.addedColumns = addedColumns
    }
}

/// One line of text with its origin, as the include stage moves lines around.
struct SourceLine: Sendable, Hashable {
    var text: String
    var origin: SourceLineOrigin
}

/// A page's source after the include stage (snippets, include variants, abbreviation definitions):
/// the text the block layer parses, and for each of its lines the file and line it came from.
///
///     let expanded = IncludeStage(settings: settings, displayPath: config.displayPath)
///         .expand(body, file: "docs/a.md", absolutePath: "/p/docs/a.md", firstLine: 1)
///     expanded.location(line: 12, column: 5) // includes/glossary.md:3:5
public struct ExpandedSource: Sendable {
    /// The expanded page, lines joined by `\n`.
    public var text: String
    /// One origin per line of `text`.
    public var origins: [SourceLineOrigin]
    /// `*[HTML]: Hyper Text Markup Language` definitions found (after snippets and `auto_append`):
    /// abbreviation → title. The definition lines are blank in `text`.
    public var abbreviations: [String: String]
    /// Missing files, bad ranges, recursion: located in the file that holds the include.
    public var diagnostics: [Diagnostic]
    /// True when `text` is the page as written (nothing included, nothing removed).
    public var isUnchanged: Bool
    /// Absolute paths of the files the page includes: a rebuild after one of them changes must
    /// reload the page.
    public var includedFiles: Set<String>

    init(lines: [SourceLine], abbreviations: [String: String] = [:], diagnostics: [Diagnostic] = [],
         includedFiles: Set<String> = [], isUnchanged: Bool) {
        self.text = lines.map(\.text).joined(separator: "\n")
        self.origins = lines.map(\.origin)
        self.abbreviations = abbreviations
        self.diagnostics = diagnostics
        self.includedFiles = includedFiles
        self.isUnchanged = isUnchanged
    }

    /// The original location of 1-based `line`, 1-based `column` (characters) of `text`.
    public func location(line: Int, column: Int = 1) -> SourceLocation {
        guard !origins.isEmpty else { return SourceLocation(file: "", line: line, column: column) }
        let origin = origins[min(max(line - 1, 0), origins.count - 1)]
        return SourceLocation(file: origin.file, line: origin.line, column: max(column - origin.addedColumns, 1))
    }
}
