import Foundation

/// pymdownx.snippets over a page's lines: every `--8<-- "file"` line (and every path of a
/// `--8<--` … `--8<--` block) becomes the lines of that file, indented like the marker, nested
/// snippets expanded too. Runs on every line, fenced code included, as pymdownx does.
///
/// Every problem is a located diagnostic, never a stop: a missing file or section is a warning
/// (an error with `check_paths: true`), an include of a file already being included is skipped
/// with a warning.
struct SnippetExpander {
    static let maximumDepth = 64

    let settings: IncludeSettings.Snippets
    /// An absolute path as diagnostics print it.
    let displayPath: (String) -> String
    private(set) var diagnostics: [Diagnostic] = []
    /// Absolute paths of every file included.
    private(set) var includedFiles: Set<String> = []
    /// Absolute paths of the files being expanded, outermost first.
    private var stack: [String] = []

    init(settings: IncludeSettings.Snippets, displayPath: @escaping (String) -> String) {
        self.settings = settings
        self.displayPath = displayPath
    }

    /// Expands `lines`; `isSection` lines keep their section markers (pymdownx leaves them).
    mutating func expand(_ lines: [SourceLine], isSection: Bool = false) -> [SourceLine] {
        var output: [SourceLine] = []
        output.reserveCapacity(lines.count)
        var openBlock: SourceLine?
        for var line in lines {
            switch SnippetLine.parse(line.text) {
            case .escaped(let text)?:
                line.text = text
                output.append(line)
            case .blockMarker?:
                openBlock = openBlock == nil ? line : nil
            case let .inline(indent, path, column)?:
                if openBlock == nil { output += include(path, indent: indent, at: line, column: column) }
            case nil:
                if openBlock != nil {
                    output += blockPath(line)
                    continue
                }
                if !isSection, let marker = SnippetSection.parse(line.text) {
                    guard let text = marker.escapedText else { continue }
                    line.text = text
                }
                output.append(line)
            }
        }
        if let openBlock {
            diagnostics.append(.warning("snippet block is not closed: end it with a line '--8<--'", at: location(openBlock, column: 1)))
        }
        return output
    }

    /// One line inside a `--8<--` block: a path (blank: a blank line; starting with `;`: commented out).
    private mutating func blockPath(_ line: SourceLine) -> [SourceLine] {
        let indentText = String(line.text.prefix(while: { $0 == " " || $0 == "\t" }))
        let path = line.text.dropFirst(indentText.count).trimmingCharacters(in: .whitespaces)
        if path.isEmpty { return [SourceLine(text: "", origin: line.origin)] }
        if path.hasPrefix(";") { return [] }
        return include(path, indent: SnippetLine.expandTabs(indentText), at: line, column: indentText.count + 1)
    }

    /// The lines `spec` names, expanded, each prefixed with `indent`.
    private mutating func include(_ spec: String, indent: String, at line: SourceLine, column: Int) -> [SourceLine] {
        let here = location(line, column: column)
        guard let target = SnippetTarget.parse(spec) else {
            report("snippet has no file name: '\(spec)'", at: here)
            return []
        }
        guard let file = resolve(target.path) else {
            let remote = target.path.lowercased().hasPrefix("http://") || target.path.lowercased().hasPrefix("https://")
            // Where it would be found: a page naming a file not written yet changes when it is.
            if !remote { includedFiles.formUnion(candidates(target.path)) }
            let bases = settings.basePaths.map(displayPath).joined(separator: ", ")
            report(remote ? "snippet '\(target.path)' is a URL: remote snippets are not downloaded"
                          : "snippet '\(target.path)' not found (base_path: \(bases))", at: here)
            return []
        }
        if stack.contains(file) {
            diagnostics.append(.warning("snippet '\(target.path)' is already being included (recursion): skipped", at: here))
            return []
        }
        if stack.count >= Self.maximumDepth {
            diagnostics.append(.warning("snippets nested more than \(Self.maximumDepth) deep: '\(target.path)' skipped", at: here))
            return []
        }
        guard let text = IncludedFile.lines(atPath: file) else {
            report("snippet '\(target.path)' cannot be read as UTF-8 text", at: here)
            return []
        }
        includedFiles.insert(file)
        let shown = displayPath(file)
        var lines = text.enumerated().map { SourceLine(text: $1, origin: SourceLineOrigin(file: shown, line: $0 + 1)) }
        lines = select(target, from: lines, at: here)
        stack.append(file)
        let expanded = expand(lines, isSection: target.section != nil)
        stack.removeLast()
        guard !indent.isEmpty else { return expanded }
        return expanded.map { line in
            var line = line
            line.text = indent + line.text
            line.origin.addedColumns += indent.count
            return line
        }
    }

    private mutating func select(_ target: SnippetTarget, from lines: [SourceLine], at here: SourceLocation) -> [SourceLine] {
        guard !lines.isEmpty else { return lines }
        var selected = lines
        if !target.ranges.isEmpty {
            selected = SnippetTarget.select(target.ranges, from: lines)
            if selected.isEmpty {
                diagnostics.append(.warning("line range of snippet '\(target.path)' selects no line (the file has \(lines.count))", at: here))
            }
        } else if let name = target.section {
            guard let section = SnippetTarget.section(name, in: lines) else {
                report("section '\(name)' not found in snippet '\(target.path)'", at: here)
                return []
            }
            selected = section
        } else {
            return lines
        }
        return settings.dedentSubsections ? SnippetTarget.dedent(selected) : selected
    }

    /// The first base path holding `path` (a base that is a file matches only itself).
    private func resolve(_ path: String) -> String? {
        for base in settings.basePaths {
            if IncludedFile.isFolder(base) {
                guard let candidate = candidate(path, inFolder: base) else { continue }
                if IncludedFile.isFile(candidate) { return candidate }
            } else if IncludedFile.isFile(base) {
                let candidate = PathUtilities.absolute(path, relativeTo: PathUtilities.folder(of: base))
                if candidate == base { return candidate }
            }
        }
        return nil
    }

    /// `path` in the folder `base`; nil when `restrict_base_path` keeps it out.
    private func candidate(_ path: String, inFolder base: String) -> String? {
        let candidate = PathUtilities.absolute(path, relativeTo: base)
        if settings.restrictBasePath, candidate == base || !PathUtilities.isInside(candidate, base) { return nil }
        return candidate
    }

    /// Every path `path` could be found at: in each base folder.
    private func candidates(_ path: String) -> [String] {
        settings.basePaths.filter(IncludedFile.isFolder).compactMap { candidate(path, inFolder: $0) }
    }

    private mutating func report(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(settings.checkPaths ? .error : .warning, message, at: location))
    }

    private func location(_ line: SourceLine, column: Int) -> SourceLocation {
        SourceLocation(file: line.origin.file, line: line.origin.line, column: max(column - line.origin.addedColumns, 1))
    }
}
