import Foundation
import Yams

/// Which source includes run on every page, and how: read from `markdown_extensions:` in
/// `mkdocs.yml` (`pymdownx.snippets`, `markdown_include_variants`, `abbr`).
///
///     let settings = IncludeSettings.parse(markdownExtensions: node, projectRoot: "/site")
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

    /// Reads `markdown_extensions:` from the config file at `path` (nothing when it has none or cannot be read:
    /// the config loader reports those problems).
    public static func load(configFile path: String) -> IncludeSettings {
        let root = PathUtilities.folder(of: path)
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8),
              let node = try? Yams.compose(yaml: text), let extensions = node.mapping?["markdown_extensions"]
        else { return IncludeSettings(projectRoot: root) }
        return parse(markdownExtensions: extensions, projectRoot: root)
    }

    /// Reads the `markdown_extensions:` node: a list of names or one-key mappings, or a mapping of name → options.
    public static func parse(markdownExtensions node: Node, projectRoot: String) -> IncludeSettings {
        var settings = IncludeSettings(projectRoot: projectRoot)
        for (name, options) in entries(of: node) {
            switch name {
            case "pymdownx.snippets": settings.snippets = snippets(options, projectRoot: projectRoot)
            case "markdown_include_variants": settings.includeVariants = true
            case "abbr", "markdown.extensions.abbr": settings.abbreviations = true
            default: break
            }
        }
        return settings
    }

    private static func entries(of node: Node) -> [(String, Node?)] {
        switch node {
        case .sequence(let items):
            return items.compactMap { item in
                if let name = item.scalar?.string { return (name, nil) }
                if let mapping = item.mapping, mapping.count == 1, let first = mapping.first, let name = first.key.scalar?.string {
                    return (name, first.value)
                }
                return nil
            }
        case .mapping(let mapping):
            return mapping.compactMap { pair in pair.key.scalar.map { ($0.string, pair.value) } }
        default:
            return []
        }
    }

    private static func snippets(_ options: Node?, projectRoot: String) -> Snippets {
        let mapping = options?.mapping
        func strings(_ key: String) -> [String]? {
            guard let value = mapping?[key] else { return nil }
            if let scalar = value.scalar { return [scalar.string] }
            return value.sequence?.compactMap { $0.scalar?.string }
        }
        func flag(_ key: String, default value: Bool) -> Bool {
            guard let text = mapping?[key]?.scalar?.string.lowercased() else { return value }
            return ["true", "yes", "on", "1"].contains(text)
        }
        let bases = (strings("base_path") ?? ["."]).map { PathUtilities.absolute($0, relativeTo: projectRoot) }
        return Snippets(basePaths: bases, autoAppend: strings("auto_append") ?? [],
                        checkPaths: flag("check_paths", default: false),
                        restrictBasePath: flag("restrict_base_path", default: true),
                        dedentSubsections: flag("dedent_subsections", default: false),
                        autoAppendLine: mapping?["auto_append"]?.mark?.line)
    }
}
