
/// Which source includes run on every page, and how: read from `markdown_extensions:` in
/// `mkdocs.yml` (`pymdownx.snippets`, `markdown_include_variants`, `abbr`).
///
///     let settings = IncludeSettings(extensions: config.markdownExtensions, projectRoot: "/site")
///     settings.snippets?.autoAppend // ["includes/mkdocs.md"]
///
/// A project without `markdown_extensions:` (a plain `sitegen.yml`) gets `IncludeSettings()`:
/// nothing runs and pages are parsed as written.
public struct IncludeSettings: Sendable, Hashable {
    /// `pymdownx.snippets` options; `nil` when the extension is not listed.
    public struct Snippets: Sendable, Hashable {
        /// Absolute folders (or files) snippet paths are looked up in, in order (`base_path`, default the project root).
        public var basePaths: [String]
        /// Snippet paths appended to every page (`auto_append`), looked up like any snippet.
        public var autoAppend: [String]
        /// `check_paths: true`: a missing snippet is an error (the build fails), else a warning.
        public var checkPaths: Bool
        /// `restrict_base_path` (default true): a path may not leave its base folder (`../`).
        public var restrictBasePath: Bool
        /// `dedent_subsections`: line ranges and sections lose their common indentation.
        public var dedentSubsections: Bool
        /// The config file line of `auto_append:` (problems with appended files point there).
        public var autoAppendLine: Int?

        public init(basePaths: [String], autoAppend: [String] = [], checkPaths: Bool = false,
                    restrictBasePath: Bool = true, dedentSubsections: Bool = false, autoAppendLine: Int? = nil) {
            self.basePaths = basePaths
            self.autoAppend = autoAppend
            self.checkPaths = checkPaths
            self.restrictBasePath = restrictBasePath
            self.dedentSubsections = dedentSubsections
            self.autoAppendLine = autoAppendLine
        }
    }

    public var snippets: Snippets?
    /// `markdown_include_variants`: `{* path ln[…] hl[…] *}` lines become tabs of code blocks.
    public var includeVariants: Bool
    /// `abbr`: `*[HTML]: Hyper Text Markup Language` lines are removed and collected.
    public var abbreviations: Bool
    /// Absolute folder relative paths of `{* … *}` are resolved against (MkDocs' working directory).
    public var projectRoot: String

    public init(snippets: Snippets? = nil, includeVariants: Bool = false, abbreviations: Bool = false,
                projectRoot: String = "") {
        self.snippets = snippets
        self.includeVariants = includeVariants
        self.abbreviations = abbreviations
        self.projectRoot = projectRoot
    }

    /// True when the stage has nothing to do.
    public var isEmpty: Bool { snippets == nil && !includeVariants && !abbreviations }

    /// The settings `extensions` (the config's `markdown_extensions:`) ask for.
    public init(extensions: MarkdownExtensions, projectRoot: String) {
        self.init(projectRoot: projectRoot)
        includeVariants = extensions.contains("markdown_include_variants")
        abbreviations = extensions.contains("abbr")
        guard extensions.contains("pymdownx.snippets") else { return }
        let options = extensions["pymdownx.snippets"]
        let bases = (options["base_path"]?.strings ?? ["."]).map { PathUtilities.absolute($0, relativeTo: projectRoot) }
        snippets = Snippets(basePaths: bases, autoAppend: options["auto_append"]?.strings ?? [],
                            checkPaths: options.bool("check_paths", default: false),
                            restrictBasePath: options.bool("restrict_base_path", default: true),
                            dedentSubsections: options.bool("dedent_subsections", default: false),
                            autoAppendLine: options.lines["auto_append"])
    }
}
