import Foundation
import SiteGen

/// One `output` block to rewrite: where its text is and what the run printed.
struct BlessEdit: Sendable {
    /// The snippet whose output block it is.
    var snippet: Snippet
    var expected: ExpectedOutput
    /// The new lines (trailing whitespace and trailing blank lines removed).
    var newLines: [String]
}

/// Rewrites `output` blocks in the Markdown (`--bless`): only the lines inside each block change, every
/// other byte of the file is kept, and each file is replaced atomically (written aside, then renamed).
/// A file is rewritten whole or not at all: when one of its blocks is not where the parser saw it
/// (the file changed since), none of its blocks is rewritten.
struct Blesser {
    /// Folder the display paths (`content/x.md`) are relative to.
    var projectRoot: String

    /// Applies `edits`; returns a note per rewritten block and an error per file or block it could not
    /// rewrite, and the edits written.
    func apply(_ edits: [BlessEdit]) -> (diagnostics: [Diagnostic], written: [BlessEdit]) {
        var diagnostics: [Diagnostic] = []
        var written: [BlessEdit] = []
        let byFile = Dictionary(grouping: edits) { $0.expected.location.file }
        for (file, fileEdits) in byFile.sorted(by: { $0.key < $1.key }) {
            let path = file.hasPrefix("/") ? file : "\(projectRoot)/\(file)"
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(.error("--bless cannot read \(file) as UTF-8 (not rewritten)"))
                continue
            }
            var lines = Self.lines(of: text)
            var problems: [Diagnostic] = []
            // Bottom-up, so earlier line numbers stay valid.
            for edit in fileEdits.sorted(by: { $0.expected.firstTextLine > $1.expected.firstTextLine }) {
                if let problem = Self.replace(edit, in: &lines) { problems.append(.error(problem, at: edit.expected.location)) }
            }
            guard problems.isEmpty else {
                diagnostics += problems.reversed()
                continue
            }
            do {
                try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                diagnostics.append(.error("--bless cannot write \(file): \(error)"))
                continue
            }
            for edit in fileEdits.sorted(by: { $0.expected.firstTextLine < $1.expected.firstTextLine }) {
                diagnostics.append(Diagnostic(.note, "output block rewritten from the run of the snippet at line \(edit.snippet.location.line)",
                                              at: edit.expected.location))
                written.append(edit)
            }
        }
        return (diagnostics, written)
    }

    /// Replaces the block's text lines; returns why it could not, if so.
    static func replace(_ edit: BlessEdit, in lines: inout [String]) -> String? {
        let fenceIndex = edit.expected.location.line - 1
        let first = edit.expected.firstTextLine - 1
        let oldCount = edit.expected.text.isEmpty ? 0 : edit.expected.text.split(separator: "\n", omittingEmptySubsequences: false).count
        guard fenceIndex >= 0, fenceIndex < lines.count, first + oldCount < lines.count,
              let fence = fenceMarker(lines[fenceIndex]), lines[first + oldCount].trimmingCharacters(in: .whitespaces).hasPrefix(fence)
        else { return "--bless: the output block is not where the parser saw it; the file changed? (file not rewritten)" }
        let indentation = String(lines[fenceIndex].prefix { $0 == " " || $0 == "\t" })
        let ending = lines[fenceIndex].hasSuffix("\r") ? "\r" : "" // a CRLF file stays CRLF
        let newLines = edit.newLines.map { ($0.isEmpty ? "" : indentation + $0) + ending }
        lines.replaceSubrange(first..<(first + oldCount), with: newLines)
        return nil
    }

    /// The lines of `text` split at each `\n` only: a `\r` before it stays at the end of its line, so joining
    /// with `\n` gives the same bytes back. (Splitting a `String` at the `Character` `"\n"` would not
    /// split at all in a CRLF file: `"\r\n"` is one `Character`.)
    static func lines(of text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
    }

    /// The fence characters opening `line` (```` ``` ```` or `~~~`, maybe longer), if it is a fence.
    private static func fenceMarker(_ line: String) -> String? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard let c = trimmed.first, c == "`" || c == "~" else { return nil }
        let marker = trimmed.prefix { $0 == c }
        return marker.count >= 3 ? String(marker) : nil
    }
}
