import SiteGen

/// One Swift or Python example ready to verify: its compiled (or interpreted) lines, hidden and
/// included ones too, what it must do, and where it is written.
///
/// `SnippetExtractor` makes these from parsed pages; every later stage reads them.
public struct Snippet: Sendable, Hashable {
    /// The language of a snippet: Swift snippets are compiled, Python ones handed to the interpreter.
    public enum Language: String, Sendable, Hashable {
        case swift
        case python

        /// How messages name it (`Swift`, `Python`).
        public var displayName: String { self == .swift ? "Swift" : "Python" }
    }

    /// A line the compiler sees, with the Markdown file line it came from.
    public struct Line: Sendable, Hashable {
        /// The line as the compiler sees it.
        public var text: String
        /// Its 1-based line in the Markdown file.
        public var fileLine: Int

        /// A line `text` at Markdown line `fileLine`.
        public init(_ text: String, fileLine: Int) {
            self.text = text
            self.fileLine = fileLine
        }
    }

    /// Position in the run (0-based, page order), unique within one verification.
    public var index: Int
    /// The opening fence (`content/x.md:12:1`).
    public var location: SourceLocation
    /// The info string as written, for reports and the cache key.
    public var rawInfo: String
    /// What must happen: run, no_run, compile_fail, should_fail or ignore.
    public var mode: CodeBlockInfo.SnippetMode
    /// Seconds before the run is killed (`timeout=N` or the config's default).
    public var timeout: Int
    /// `id=NAME`, if any.
    public var id: String?
    /// The lines of the snippets named by `include=` (declarations only), in page order.
    public var includedLines: [Line]
    /// The snippet's own compiled lines (hidden lines included, markers removed).
    public var ownLines: [Line]
    /// The `output` block that follows it, if any; with `same_output_as=ID` and no block of its own,
    /// the block of snippet `ID` (then `borrowsOutput` is true).
    public var expectedOutput: ExpectedOutput?
    /// Swift or Python.
    public var language: Language
    /// `python=3.14`: the interpreter version it needs (skipped with an older one).
    public var requiredPython: String?
    /// A Python console session (`pycon`, or a block starting with a `>>>` prompt): checked with
    /// Python's doctest, each prompt against the lines after it; it has no `output` block.
    public var isSession = false
    /// `same_output_as=ID`: the snippet that must print the same.
    public var sameOutputAs: String?
    /// True when `expectedOutput` is another snippet's block (`same_output_as=ID` without a block of its own).
    public var borrowsOutput = false
    /// The tab holding the snippet directly, if any (a Python tab and a Swift tab of one set must print the same).
    public var tab: TabPlacement?
    /// Its page, relative to the docs folder (`hilos.md`): where the verification record files it.
    public var page: String
    /// `SnippetFingerprint` of its block: what the verification record remembers it by.
    public var fingerprint: String
    /// `timeline`: run with the thread trace on, and keep the timeline with the result.
    public var recordsTimeline = false

    /// A snippet; normally made by `SnippetExtractor`, by hand in tests.
    public init(index: Int, location: SourceLocation, rawInfo: String, mode: CodeBlockInfo.SnippetMode,
                timeout: Int, id: String? = nil, includedLines: [Line] = [], ownLines: [Line],
                expectedOutput: ExpectedOutput? = nil, language: Language = .swift, page: String = "", fingerprint: String = "") {
        self.index = index
        self.language = language
        self.location = location
        self.rawInfo = rawInfo
        self.mode = mode
        self.timeout = timeout
        self.id = id
        self.includedLines = includedLines
        self.ownLines = ownLines
        self.expectedOutput = expectedOutput
        self.page = page
        self.fingerprint = fingerprint
    }

    /// Every line handed to the compiler: included declarations first, then the snippet.
    public var compiledLines: [Line] { includedLines + ownLines }

    /// `content/x.md:12`: how reports name the snippet.
    public var name: String { "\(location.file):\(location.line)" }

    /// The Swift identifier of the snippet's namespace in a merged build.
    var namespace: String { "Snippet_\(index)" }

    /// True for a Python snippet.
    var isPython: Bool { language == .python }

    /// True when the runner must run the compiled program.
    var runs: Bool {
        switch mode {
        case .run, .shouldFail: true
        case .ignore, .noRun, .compileFail: false
        }
    }

    /// True when the snippet is not compiled at all.
    var isIgnored: Bool { mode == .ignore }

    /// True when the snippet must not compile.
    var expectsCompileFailure: Bool {
        if case .compileFail = mode { return true }
        return false
    }
}
