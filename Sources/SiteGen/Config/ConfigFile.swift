import Foundation

/// Which config file a project uses: `--config FILE`, else `sitegen.yml`, else `mkdocs.yml`.
///
/// The kind matters for defaults: an `mkdocs.yml` project keeps its Markdown in `docs/`.
struct ConfigFile: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case sitegen
        case mkdocs
    }

    /// Absolute path of the file.
    var path: String
    var kind: Kind

    /// Finds the config file for `options`; `nil` when the project has none (defaults apply).
    /// A `--config` naming a missing file is an error.
    static func locate(for options: BuildOptions, diagnostics: inout [Diagnostic]) -> ConfigFile? {
        let fileManager = FileManager.default
        if let explicit = options.configPath {
            let path = PathUtilities.absolute(explicit, relativeTo: options.projectRoot)
            guard fileManager.fileExists(atPath: path) else {
                diagnostics.append(.error("config file '\(explicit)' does not exist"))
                return nil
            }
            let isMkDocs = (path as NSString).lastPathComponent.lowercased().hasPrefix("mkdocs.")
            return ConfigFile(path: path, kind: isMkDocs ? .mkdocs : .sitegen)
        }
        for (name, kind) in [("sitegen.yml", Kind.sitegen), ("sitegen.yaml", .sitegen),
                             ("mkdocs.yml", .mkdocs), ("mkdocs.yaml", .mkdocs)] {
            let path = PathUtilities.absolute(name, relativeTo: options.projectRoot)
            if fileManager.fileExists(atPath: path) { return ConfigFile(path: path, kind: kind) }
        }
        return nil
    }

    /// The `docs_dir` used when the file does not say.
    var defaultDocsDir: String { kind == .mkdocs ? "docs" : "content" }

    /// The site language when `theme.language` does not say: English for `mkdocs.yml` (as MkDocs),
    /// Spanish for `sitegen.yml`.
    var defaultLanguage: String { kind == .mkdocs ? "en" : "es" }
}
