import Foundation

/// Reads `swiftc` output in LLVM style (`content/x.md:12:5: error: …`).
enum CompilerMessages {
    /// A diagnostic line's file, line and severity.
    struct Located: Equatable {
        var file: String
        var line: Int
        var severity: String
    }

    /// Parses `file:line:column: severity: message`; `nil` for other lines (code excerpts, carets).
    static func parse(_ line: Substring) -> Located? {
        let parts = line.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false)
        guard parts.count == 5, let number = Int(parts[1]), Int(parts[2]) != nil else { return nil }
        let severity = parts[3].trimmingCharacters(in: .whitespaces)
        guard ["error", "warning", "note", "remark"].contains(severity) else { return nil }
        return Located(file: String(parts[0]), line: number, severity: severity)
    }

    /// Indexes of the snippets whose lines the errors in `output` point at.
    static func snippets(blamedIn output: String, among snippets: [Snippet]) -> Set<Int> {
        var blamed: Set<Int> = []
        for line in output.split(separator: "\n") {
            guard let located = parse(line), located.severity == "error" else { continue }
            for snippet in snippets where snippet.location.file == located.file
                && snippet.compiledLines.contains(where: { $0.fileLine == located.line }) {
                blamed.insert(snippet.index)
            }
        }
        return blamed
    }

    /// The compiler's output without its trailing summary, ready to show under a failure line.
    static func errors(in output: String) -> String {
        output.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasSuffix("generated.") && !$0.hasPrefix("error: fatalError") }
            .joined(separator: "\n").trimmingTrailingWhitespace()
    }
}
