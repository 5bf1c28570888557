import Foundation

/// The outcome of a build: what was written and what was found.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var pageCount: Int
    /// Seconds the build took.
    public var duration: Double
    /// Absolute path of the site folder (unchanged when the build failed).
    public var siteDir: String?
    /// Site-relative paths of the files this build wrote or deleted (every file for a full build),
    /// so a live-reloading server knows what changed.
    public var changedFiles: [String]
    /// How long each stage took.
    public var timings = PhaseTimings()
    /// The site's language (`es`, `en`…): the summary line is written in it.
    public var language = "es"
    /// Absolute paths of every file the pages include (`--8<--` snippets and the like), wherever
    /// they are: `serve` watches them too.
    public var includedFiles: Set<String> = []

    public init(diagnostics: [Diagnostic], pageCount: Int, duration: Double, siteDir: String?, changedFiles: [String] = []) {
        self.diagnostics = diagnostics
        self.pageCount = pageCount
        self.duration = duration
        self.siteDir = siteDir
        self.changedFiles = changedFiles
    }

    /// True when no error was reported (the new site was swapped in).
    public var succeeded: Bool { !diagnostics.hasErrors }
}

/// Loads the config, parses every page and writes the site: `sitegen build`.
///
///     let report = SiteBuilder(options: BuildOptions(projectRoot: "/path/to/project")).build()
public struct SiteBuilder: Sendable {
    public var options: BuildOptions
    public var highlighter: (any SyntaxHighlighter)?
    /// The Markdown stage (tests of the site layer may replace it).
    var renderMarkdown: MarkdownRendering = .standard

    public init(options: BuildOptions, highlighter: (any SyntaxHighlighter)? = nil) {
        self.options = options
        self.highlighter = highlighter
    }

    /// Loads and parses the site without writing anything (what `verify-snippets` needs).
    /// Always returns a site; its diagnostics say what went wrong.
    public func loadAndParse() -> ParsedSite? {
        SiteLoader(options: options, highlighter: highlighter, renderMarkdown: renderMarkdown).load()
    }

    /// Builds the site into a temporary folder and swaps it in; a failed build (any error
    /// diagnostic) leaves the old site untouched.
    public func build() -> BuildReport {
        var memory: BuildMemory?
        var pipeline = self.pipeline
        pipeline.remembers = false
        return pipeline.run(memory: &memory)
    }

    /// The build pipeline with this builder's options and stages.
    var pipeline: BuildPipeline {
        BuildPipeline(options: options, highlighter: highlighter, renderMarkdown: renderMarkdown)
    }
}
