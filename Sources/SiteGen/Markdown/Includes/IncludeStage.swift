/// The source stage before the block layer: include variants (`{* … *}`), then snippets
/// (`--8<--`, `auto_append`), then abbreviation definitions (`*[HTML]: …`), in Python-Markdown's
/// preprocessor order. Only what `settings` enables runs; a page with nothing to expand comes
/// back unchanged (`isUnchanged`), cheaply.
///
///     let stage = IncludeStage(settings: settings, displayPath: config.displayPath)
///     let expanded = stage.expand(body, file: "docs/a.md", absolutePath: "/p/docs/a.md", firstLine: 1)
///     MarkdownRenderer().render(expanded.text, file: "docs/a.md").remapped(through: expanded)
public struct IncludeStage: Sendable {
    public var settings: IncludeSettings
    /// An absolute path as diagnostics print it.
    public var displayPath: @Sendable (String) -> String
    /// The config file as printed, and the line of `auto_append:`, for problems with appended files.
    public var autoAppendOrigin: SourceLineOrigin?

    public init(settings: IncludeSettings, displayPath: @escaping @Sendable (String) -> String,
                autoAppendOrigin: SourceLineOrigin? = nil) {
        self.settings = settings
        self.displayPath = displayPath
        self.autoAppendOrigin = autoAppendOrigin
    }

    /// Expands `source` (a page body starting at file line `firstLine` of `file`, which is at `absolutePath`).
    public func expand(_ source: String, file: String, absolutePath: String, firstLine: Int = 1) -> ExpandedSource {
        let appends = settings.snippets.map { !$0.autoAppend.isEmpty } ?? false
        let variants = settings.includeVariants && source.containsBytes("{*")
        let snippets = settings.snippets != nil && (appends || source.containsBytes("8<-"))
        let abbreviations = settings.abbreviations && (appends || source.containsBytes("*["))
        guard variants || snippets || abbreviations else {
            // Nothing to include: the page renders from its own text (the caller checks isUnchanged).
            var unchanged = ExpandedSource(lines: [], isUnchanged: true)
            unchanged.text = source
            return unchanged
        }
        let original = source.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            SourceLine(text: String($1), origin: SourceLineOrigin(file: file, line: firstLine + $0))
        }
        var lines = original
        var diagnostics: [Diagnostic] = []
        var included: Set<String> = []
        if variants {
            var expander = IncludeVariantsExpander(projectRoot: settings.projectRoot,
                                                   pageFolder: PathUtilities.folder(of: absolutePath), displayPath: displayPath)
            lines = expander.expand(lines)
            diagnostics += expander.diagnostics
            included.formUnion(expander.includedFiles)
        }
        if let options = settings.snippets, snippets {
            var expander = SnippetExpander(settings: options, displayPath: displayPath)
            lines = expander.expand(lines + autoAppendLines(options.autoAppend, after: lines.last?.origin))
            diagnostics += expander.diagnostics
            included.formUnion(expander.includedFiles)
        }
        var found: [String: String] = [:]
        if settings.abbreviations { found = AbbreviationDefinitions.extract(from: &lines) }
        return ExpandedSource(lines: lines, abbreviations: found, diagnostics: diagnostics, includedFiles: included,
                              isUnchanged: lines == original)
    }

    /// What pymdownx.snippets appends to a page for `auto_append`: two blank lines, then a
    /// snippet block of the files separated by blank lines.
    private func autoAppendLines(_ paths: [String], after last: SourceLineOrigin?) -> [SourceLine] {
        guard !paths.isEmpty else { return [] }
        let blank = last ?? SourceLineOrigin(file: "", line: 1)
        let origin = autoAppendOrigin ?? blank
        var lines = [SourceLine(text: "", origin: blank), SourceLine(text: "", origin: blank), SourceLine(text: "-8<-", origin: origin)]
        for (index, path) in paths.enumerated() {
            if index > 0 { lines.append(SourceLine(text: "", origin: origin)) }
            lines.append(SourceLine(text: path, origin: origin))
        }
        lines += [SourceLine(text: "-8<-", origin: origin), SourceLine(text: "", origin: blank)]
        return lines
    }
}
