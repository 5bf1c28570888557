/// The info string of a fenced code block, parsed once into a value.
///
/// The build uses it to render titles, line numbers and highlighted lines; `verify-snippets`
/// uses the snippet words (DESIGN.md §3, binding syntax):
///
///     let info = CodeBlockInfo.parse(#"swift title="main.swift" timeout=5 id=setup"#)
///     info.info.language   // "swift"
///     info.info.timeout    // 5
public struct CodeBlockInfo: Sendable, Hashable {
    /// What `verify-snippets` does with a Swift block.
    public enum SnippetMode: Sendable, Hashable {
        /// Compile, run, exit status 0, compare stdout with the output block if any.
        case run
        /// Shown only.
        case ignore
        /// Compiled, not run.
        case noRun
        /// Must fail to compile; when `pattern` is set, a diagnostic must match it (a regex).
        case compileFail(pattern: String?)
        /// Must exit non-zero or trap.
        case shouldFail
    }

    /// The first word, lowercased (`swift`, `python`, `output`…); `nil` for a bare fence.
    public var language: String?
    /// `title="…"`: shown as the block's title bar.
    public var title: String?
    /// `linenums="N"` (or bare `linenums`): first line number when line numbers are shown.
    public var lineNumberStart: Int?
    /// `hl_lines="1 3-5"`: 1-based line numbers of the shown code to highlight.
    public var highlightedLines: Set<Int> = []
    /// Snippet behaviour (meaningful for `swift` blocks).
    public var mode: SnippetMode = .run
    /// `timeout=N` in seconds.
    public var timeout: Int?
    /// `id=NAME`: later snippets on the page may `include=` it.
    public var id: String?
    /// `include=A,B`: ids of earlier snippets whose declarations this one compiles with.
    public var includes: [String] = []
    /// `unordered` on an `output` block: compare lines as a multiset.
    public var unordered = false
    /// Words this parser does not know, kept in order (`verify-snippets` reports them on Swift blocks).
    public var unknownWords: [String] = []

    public init(language: String? = nil) { self.language = language }

    /// True for a block `verify-snippets` looks at (`swift …`).
    public var isSwiftSnippet: Bool { language == "swift" }
    /// True for an expected-output block (`output`, `output unordered`).
    public var isOutput: Bool { language == "output" }

    /// Parses `raw` (everything after the fence characters). Malformed words come back as
    /// messages (`column` is the 0-based offset of the word in `raw`); the value is still usable.
    public static func parse(_ raw: String) -> (info: CodeBlockInfo, problems: [(column: Int, message: String)]) {
        var problems: [(Int, String)] = []
        let words = InfoStringTokenizer.words(in: raw, problems: &problems)
        guard let first = words.first else { return (CodeBlockInfo(), problems) }
        var info = CodeBlockInfo(language: first.key.lowercased())
        if first.value != nil { problems.append((first.column, "the language must come first, without '='")) }
        for word in words.dropFirst() {
            info.apply(word, problems: &problems)
        }
        return (info, problems.sorted { $0.0 < $1.0 })
    }

    private mutating func apply(_ word: InfoStringTokenizer.Word, problems: inout [(Int, String)]) {
        func number(_ name: String) -> Int? {
            guard let text = word.value, let n = Int(text), n >= 0 else {
                problems.append((word.column, "'\(name)' needs a whole number, as in \(name)=10"))
                return nil
            }
            return n
        }
        switch word.key {
        case "title": title = word.value ?? ""
        case "linenums": lineNumberStart = word.value.map { Int($0) ?? 1 } ?? 1
        case "hl_lines": highlightedLines = Self.lineSet(word.value ?? "", column: word.column, problems: &problems)
        case "ignore": mode = .ignore
        case "no_run": mode = .noRun
        case "compile_fail": mode = .compileFail(pattern: word.value)
        case "should_fail": mode = .shouldFail
        case "unordered": unordered = true
        case "timeout": timeout = number("timeout")
        case "id":
            if let value = word.value, !value.isEmpty { id = value } else {
                problems.append((word.column, "'id' needs a name, as in id=setup"))
            }
        case "include":
            let names = (word.value ?? "").split(separator: ",").map { String($0) }
            if names.isEmpty { problems.append((word.column, "'include' needs snippet ids, as in include=setup,helpers")) }
            includes += names
        default:
            unknownWords.append(word.value.map { "\(word.key)=\($0)" } ?? word.key)
        }
    }

    private static func lineSet(_ text: String, column: Int, problems: inout [(Int, String)]) -> Set<Int> {
        var lines: Set<Int> = []
        for part in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
            if bounds.count == 1, let n = bounds[0] {
                lines.insert(n)
            } else if bounds.count == 2, let a = bounds[0], let b = bounds[1], a <= b {
                lines.formUnion(a...b)
            } else {
                problems.append((column, "'hl_lines' has a malformed range '\(part)'"))
            }
        }
        return lines
    }
}

/// Splits an info string into `key`, `key=value` and `key="quoted value"` words.
enum InfoStringTokenizer {
    struct Word {
        var key: String
        var value: String?
        var column: Int
    }

    static func words(in raw: String, problems: inout [(Int, String)]) -> [Word] {
        var words: [Word] = []
        let chars = Array(raw)
        var i = 0
        while i < chars.count {
            while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
            guard i < chars.count else { break }
            let start = i
            var key = ""
            while i < chars.count, chars[i] != "=", chars[i] != " ", chars[i] != "\t" {
                key.append(chars[i]); i += 1
            }
            var value: String?
            if i < chars.count, chars[i] == "=" {
                i += 1
                if i < chars.count, chars[i] == "\"" || chars[i] == "'" {
                    let quote = chars[i]
                    i += 1
                    var text = ""
                    while i < chars.count, chars[i] != quote { text.append(chars[i]); i += 1 }
                    if i < chars.count { i += 1 } else {
                        problems.append((start, "unterminated quote in '\(key)=…'"))
                    }
                    value = text
                } else {
                    var text = ""
                    while i < chars.count, chars[i] != " ", chars[i] != "\t" { text.append(chars[i]); i += 1 }
                    value = text
                }
            }
            if key.isEmpty {
                problems.append((start, "a word with no name before '='"))
            } else {
                words.append(Word(key: key, value: value, column: start))
            }
        }
        return words
    }
}
