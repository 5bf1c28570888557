import SiteGen

/// One Swift example ready to verify: its compiled lines (hidden and included ones too),
/// what it must do, and where it is written.
///
/// `SnippetExtractor` makes these from parsed pages; every later stage reads them.
public struct Snippet: Sendable, Hashable {
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
    /// The `output` block that follows it, if any.
    public var expectedOutput: ExpectedOutput?
    /// Its page, relative to the docs folder (`hilos.md`): where the verification record files it.
    public var page: String
    /// `SnippetFingerprint` of its block: what the verification record remembers it by.
    public var fingerprint: String

    /// A snippet; normally made by `SnippetExtractor`, by hand in tests.
    public init(index: Int, location: SourceLocation, rawInfo: String, mode: CodeBlockInfo.SnippetMode,
                timeout: Int, id: String? = nil, includedLines: [Line] = [], ownLines: [Line],
                expectedOutput: ExpectedOutput? = nil, page: String = "", fingerprint: String = "") {
        self.index = index
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

    /// The fence's language (`swift`).
    public var language: String { CodeBlockInfo.parse(rawInfo).info.language ?? "swift" }

    /// `content/x.md:12`: how reports name the snippet.
    public var name: String { "\(location.file):\(location.line)" }

    /// The Swift identifier of the snippet's namespace in a merged build.
    var namespace: String { "Snippet_\(index)" }

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
