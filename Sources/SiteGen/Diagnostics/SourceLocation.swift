/// A position in a source file, 1-based, as compilers print it.
///
/// Every block, heading, link and code block the parser produces carries one, so a
/// diagnostic or a snippet's compiler error can point at the Markdown that caused it.
///
///     let here = SourceLocation(file: "content/x.md", line: 12, column: 5)
///     print(here) // content/x.md:12:5
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file's path as the user should see it (relative to the project root when possible).
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column number (in characters of the line).
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}
