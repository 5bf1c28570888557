import Foundation

/// The outcome of a build: what was written and what was found.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var pageCount: Int
    /// Seconds the build took.
    public var duration: Double
    /// Absolute path of the site folder (unchanged when the build failed).
    public var siteDir: String?

    public init(diagnostics: [Diagnostic], pageCount: Int, duration: Double, siteDir: String?) {
        self.diagnostics = diagnostics
        self.pageCount = pageCount
        self.duration = duration
        self.siteDir = siteDir
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

    public init(options: BuildOptions, highlighter: (any SyntaxHighlighter)? = nil) {
        self.options = options
        self.highlighter = highlighter
    }

    /// Loads and parses the site without writing anything (what `verify-snippets` needs).
    public func loadAndParse() -> ParsedSite? {
        nil
    }

    /// Builds the site into a temporary folder and swaps it in; a failed build leaves the old site.
    public func build() -> BuildReport {
        BuildReport(diagnostics: [.error("build is not implemented yet")], pageCount: 0, duration: 0, siteDir: nil)
    }
}
