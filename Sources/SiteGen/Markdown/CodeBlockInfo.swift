/// The info string of a fenced code block, parsed once into a value.
///
/// The build uses it to render titles, line numbers and highlighted lines; `verify-snippets`
/// uses the snippet words (DESIGN.md §3, binding syntax):
///
///     let info = CodeBlockInfo.parse(#"swift title="main.swift" timeout=5 id=setup"#)
///     info.info.language   // "swift"
///     info.info.timeout    // 5
///
/// Also superfences' forms, so MkDocs pages keep their titles and highlighted lines:
/// attributes with no language (`title=".gitignore"`), and braces, where the first class is the
/// language (`{ .python .extra #id title="x" hl_lines="2 3" }`, `python { title="x" }`).
public struct CodeBlockInfo: Sendable, Hashable {
    /// What `verify-snippets` does with a Swift or Python block.
    public enum SnippetMode: Sendable, Hashable {
        /// Compile, run, exit status 0, compare stdout with the output block if any.
        case run
        /// Shown only.
        case ignore
        /// Compiled (Python: syntax-checked), not run.
        case noRun
        /// Must fail to compile; when `pattern` is set, a diagnostic must match it (a regex).
        case compileFail(pattern: String?)
        /// Must exit non-zero or trap.
        case shouldFail
    }

    /// The first word, lowercased (`swift`, `python`, `output`…); `nil` for a bare fence.
    public var language: String?
    /// The language as written (`Python`): pymdownx writes it so in the `language-…` class.
    public var languageAsWritten: String?
    /// Classes after the language in braces (`{ .python .extra }` → `["extra"]`).
    public var classes: [String] = []
    /// `#id` in braces: the block's element id (also names its line anchors).
    public var elementID: String?
    /// Other `key="value"` pairs in braces, kept in order as attributes of the block.
    public var attributes: [Attribute] = []
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
    /// `python=3.14`: the snippet needs at least this Python; with an older interpreter it is skipped.
    public var requiredPython: String?
    /// `same_output_as=ID`: the snippet prints what the snippet with `id=ID` on the page prints.
    public var sameOutputAs: String?
    /// `unordered` on an `output` block: compare lines as a multiset.
    public var unordered = false
    /// `timeline` on a Swift block: run it with `Threading`'s thread trace on and draw what its
    /// threads did under its output.
    public var timeline = false
    /// Words this parser does not know, kept in order (`verify-snippets` reports them on snippet blocks).
    public var unknownWords: [Word] = []

    /// A word of the info string and where it starts (0-based character offset in the info string).
    public struct Word: Sendable, Hashable {
        public var text: String
        public var column: Int
    }

    /// A malformed word: the message and where the word starts (0-based character offset in the info string).
    public struct Problem: Sendable, Hashable {
        public var column: Int
        public var message: String
    }

    /// An HTML attribute given in braces (`data-x="1"`).
    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var value: String
    }

    public init(language: String? = nil) {
        self.language = language?.lowercased()
        self.languageAsWritten = language
    }

    /// True for a block `verify-snippets` looks at (`swift …` or a Python one).
    public var isSnippet: Bool { isSwiftSnippet || isPythonSnippet }
    /// True for a Swift snippet (`swift …`).
    public var isSwiftSnippet: Bool { language == "swift" }
    /// True for a Python snippet: `python` (or `py`, `python3`, `py3`), and `pycon`, a console session.
    public var isPythonSnippet: Bool { Self.pythonWords.contains(language ?? "") }
    /// True for a Python console session (`pycon`): `>>>` prompts, each followed by what it prints.
    public var isPythonSession: Bool { language == "pycon" }

    private static let pythonWords: Set<String> = ["python", "py", "python3", "py3", "pycon"]
    /// True for an expected-output block (`output`, `output unordered`).
    public var isOutput: Bool { language == "output" }

    /// Parses `raw` (everything after the fence characters). Malformed words come back as
    /// messages (`column` is the 0-based offset of the word in `raw`); the value is still usable.
    public static func parse(_ raw: String) -> (info: CodeBlockInfo, problems: [Problem]) {
        var problems: [(Int, String)] = []
        var info = CodeBlockInfo()
        if let braces = BracedAttributes.find(in: raw) {
            let leading = InfoStringTokenizer.words(in: braces.before, problems: &problems)
            if let first = leading.first { info.setLanguage(first.key) }
            for word in leading.dropFirst() { info.apply(word, problems: &problems) }
            var inner: [(Int, String)] = []
            for word in InfoStringTokenizer.words(in: braces.inside, problems: &inner) {
                info.applyBraced(word, offset: braces.insideOffset, problems: &problems)
            }
            problems += inner.map { ($0.0 + braces.insideOffset, $0.1) }
            return (info, sorted(problems))
        }
        let words = InfoStringTokenizer.words(in: raw, problems: &problems)
        guard let first = words.first else { return (info, sorted(problems)) }
        // `title=".gitignore"` first: a block with attributes and no language (superfences allows it).
        if first.value == nil { info.setLanguage(first.key) }
        for word in words.dropFirst(first.value == nil ? 1 : 0) {
            info.apply(word, problems: &problems)
        }
        return (info, sorted(problems))
    }

    private static func sorted(_ problems: [(Int, String)]) -> [Problem] {
        problems.sorted { $0.0 < $1.0 }.map { Problem(column: $0.0, message: $0.1) }
    }

    private mutating func setLanguage(_ word: String) {
        language = word.lowercased()
        languageAsWritten = word
    }

    /// A word inside braces: `.class` (the first one is the language when none came before),
    /// `#id`, a known key, or any other `key="value"` kept as an attribute.
    private mutating func applyBraced(_ word: InfoStringTokenizer.Word, offset: Int, problems: inout [(Int, String)]) {
        if word.value == nil, word.key.hasPrefix("."), word.key.count > 1 {
            let name = String(word.key.dropFirst())
            if language == nil { setLanguage(name) } else { classes.append(name) }
        } else if word.value == nil, word.key.hasPrefix("#"), word.key.count > 1 {
            elementID = String(word.key.dropFirst())
        } else if let value = word.value, !Self.knownKeys.contains(word.key) {
            attributes.append(Attribute(name: word.key, value: value))
        } else {
            var shifted = word
            shifted.column += offset
            apply(shifted, problems: &problems)
        }
    }

    /// The words `apply` understands with a value.
    private static let knownKeys: Set<String> = ["title", "linenums", "hl_lines", "compile_fail", "timeout", "id", "include",
                                                 "python", "same_output_as"]

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
        case "timeline": timeline = true
        case "timeout": timeout = number("timeout")
        case "id":
            if let value = word.value, !value.isEmpty { id = value } else {
                problems.append((word.column, "'id' needs a name, as in id=setup"))
            }
        case "include":
            let names = (word.value ?? "").split(separator: ",").map { String($0) }
            if names.isEmpty { problems.append((word.column, "'include' needs snippet ids, as in include=setup,helpers")) }
            includes += names
        case "python":
            let version = word.value ?? ""
            if !version.isEmpty, version.split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ Int($0) != nil }) {
                requiredPython = version
            } else {
                problems.append((word.column, "'python' needs a version, as in python=3.14"))
            }
        case "same_output_as":
            if let value = word.value, !value.isEmpty { sameOutputAs = value } else {
                problems.append((word.column, "'same_output_as' needs a snippet id, as in same_output_as=swift-version"))
            }
        default:
            unknownWords.append(Word(text: word.value.map { "\(word.key)=\($0)" } ?? word.key, column: word.column))
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

/// Superfences' braces in an info string: `{ … }` alone, or after a language (`python { … }`).
struct BracedAttributes {
    /// The text before `{` (the language, or nothing).
    var before: String
    /// The text between the braces.
    var inside: String
    /// The 0-based offset of `inside` in the info string.
    var insideOffset: Int

    /// The braces of `raw`, when it ends with `}` and has a `{` after at most one word.
    static func find(in raw: String) -> BracedAttributes? {
        let chars = Array(raw)
        guard let last = chars.lastIndex(where: { $0 != " " && $0 != "\t" }), chars[last] == "}",
              let open = chars.firstIndex(of: "{"), open < last else { return nil }
        let before = String(chars[..<open]).trimmingSpaces
        guard !before.contains(" "), !before.contains("="), !before.contains("\"") else { return nil }
        return BracedAttributes(before: before, inside: String(chars[(open + 1)..<last]), insideOffset: open + 1)
    }
}

private extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return String(text)
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
