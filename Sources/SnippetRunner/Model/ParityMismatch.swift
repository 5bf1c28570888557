import SiteGen

/// Two snippets that must print the same (a Python tab and its Swift tab, or `same_output_as=ID`) and
/// the first line where their output blocks disagree, with the Markdown line of each side.
public struct ParityMismatch: Sendable, Equatable, CustomStringConvertible {
    /// One side: the snippet, and its differing line (`nil` when its output has ended) and where it is.
    public struct Side: Sendable, Equatable {
        public var snippetName: String
        public var language: Snippet.Language
        public var line: String?
        public var location: SourceLocation
    }

    /// The snippet that failed the check.
    public var this: Side
    /// The snippet it must match.
    public var other: Side
    /// Why the two are paired (`its Swift tab`, `same_output_as=setup`).
    public var pairing: String

    public var description: String {
        func shown(_ side: Side) -> String {
            "\(side.location.file):\(side.location.line) (\(side.language.displayName)): "
                + (side.line.map { "'\($0)'" } ?? "(no more lines)")
        }
        return "prints differently from \(pairing) (\(other.snippetName))\n"
            + "first differing line:\n  \(shown(this))\n  \(shown(other))"
    }
}
