import Foundation

/// A fenced code block as written in a page, with where it is and what follows it.
///
/// The parser collects these in document order; the build renders them and
/// `verify-snippets` compiles and runs the Swift ones.
public struct CodeBlock: Sendable, Hashable {
    /// The parsed info string.
    public var info: CodeBlockInfo
    /// The info string as written (after the fence characters), for messages.
    public var rawInfo: String
    /// The code as written, dedented to the fence's indentation, hidden lines included.
    public var code: String
    /// The opening fence.
    public var location: SourceLocation
    /// The file line of the first line of `code`.
    public var firstCodeLine: Int
    /// The expected output: the next `output` fence at the same nesting level, if any.
    public var expectedOutput: ExpectedOutput?
    /// Malformed words of the info string, as `CodeBlockInfo.parse` reported them (the build warns,
    /// `verify-snippets` refuses the snippet).
    public var infoProblems: [CodeBlockInfo.Problem]
    /// Characters from the first fence character to the start of `rawInfo` on the fence line.
    public var infoOffset: Int
    /// The tab holding the block directly, if any (parity between a Python and a Swift tab).
    public var tab: TabPlacement?

    /// A block as the Markdown layer reports it; `infoOffset` is measured on the fence line by the
    /// Markdown layer (`FenceLine`); the default fits a block made by hand after a bare ```` ``` ````.
    public init(info: CodeBlockInfo, rawInfo: String, code: String, location: SourceLocation,
                firstCodeLine: Int, expectedOutput: ExpectedOutput? = nil,
                infoProblems: [CodeBlockInfo.Problem] = [], infoOffset: Int = 3, tab: TabPlacement? = nil) {
        self.info = info
        self.rawInfo = rawInfo
        self.code = code
        self.location = location
        self.firstCodeLine = firstCodeLine
        self.expectedOutput = expectedOutput
        self.infoProblems = infoProblems
        self.infoOffset = infoOffset
        self.tab = tab
    }

    /// Where character `offset` (0-based) of `rawInfo` is in the page.
    public func infoLocation(offset: Int) -> SourceLocation {
        SourceLocation(file: location.file, line: location.line, column: location.column + infoOffset + offset)
    }

    /// The lines a reader sees: hidden ranges (`// snippet.hide` … `// snippet.show`) and the markers removed.
    public var visibleCode: String {
        if HiddenLines.hasNoMarkers(code) { return code }
        return HiddenLines.split(code).filter { !$0.hidden && !$0.isMarker }.map(\.text).joined(separator: "\n")
    }

    /// The lines the compiler sees, each with its 1-based line in the Markdown file (markers removed).
    public var compiledLines: [(text: String, fileLine: Int)] {
        HiddenLines.split(code).enumerated().compactMap { offset, line in
            line.isMarker ? nil : (line.text, firstCodeLine + offset)
        }
    }
}

/// The expected output of a snippet: an `output` fence after it.
public struct ExpectedOutput: Sendable, Hashable {
    /// The text inside the fence.
    public var text: String
    /// `output unordered`: lines compared as a multiset.
    public var unordered: Bool
    /// The opening fence of the output block.
    public var location: SourceLocation
    /// The file line of the first line of `text` (where `--bless` rewrites).
    public var firstTextLine: Int

    public init(text: String, unordered: Bool, location: SourceLocation, firstTextLine: Int) {
        self.text = text
        self.unordered = unordered
        self.location = location
        self.firstTextLine = firstTextLine
    }
}

/// The tab a code block sits in directly: which tab set of the page, and the tab's label.
public struct TabPlacement: Sendable, Hashable {
    /// The tab set's number, unique within the page.
    public var set: Int
    /// The tab's label as written (`Python`).
    public var label: String

    public init(set: Int, label: String) {
        self.set = set
        self.label = label
    }
}

/// Swift-DocC's hidden-line markers: `// snippet.hide` starts hidden lines, `// snippet.show` ends them;
/// in Python (and any language whose comments start with `#`), `# snippet.hide` and `# snippet.show`.
enum HiddenLines {
    struct Line {
        var text: String
        var hidden: Bool
        var isMarker: Bool
    }

    static func split(_ code: String) -> [Line] {
        var hidden = false
        return code.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { raw in
            let text = String(Substring(raw))
            switch trimmedMarker(raw) {
            case "// snippet.hide", "# snippet.hide":
                hidden = true
                return Line(text: text, hidden: true, isMarker: true)
            case "// snippet.show", "# snippet.show":
                hidden = false
                return Line(text: text, hidden: true, isMarker: true)
            default:
                return Line(text: text, hidden: hidden, isMarker: false)
            }
        }
    }

    /// True when `code` has no marker line, so every line is visible (the common, fast case).
    static func hasNoMarkers(_ code: String) -> Bool {
        var copy = code
        return copy.withUTF8 { bytes in
            let needle: [UInt8] = Array("snippet.".utf8)
            guard bytes.count >= needle.count else { return true }
            for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
                if (1..<needle.count).allSatisfy({ bytes[start + $0] == needle[$0] }) { return false }
            }
            return true
        }
    }

    /// The line without surrounding spaces and tabs when it could be a marker, else `nil`.
    private static func trimmedMarker(_ line: Substring.UTF8View) -> Substring? {
        let isBlank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        guard let first = line.firstIndex(where: { !isBlank($0) }), line[first] == UInt8(ascii: "/") || line[first] == UInt8(ascii: "#"),
              let last = line.lastIndex(where: { !isBlank($0) }) else { return nil }
        return Substring(line[first...last])
    }
}
