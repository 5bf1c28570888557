import Foundation
import Yams

/// Reads a project's config (`sitegen.yml`, else `mkdocs.yml`, else defaults) into a `SiteConfig`.
///
/// Problems come back as located diagnostics; the returned config is always usable, so a build
/// can report everything it finds in one run.
///
///     let (config, diagnostics) = ConfigLoader.load(options: BuildOptions(projectRoot: "/site"))
public enum ConfigLoader {
    /// Finds, reads and checks the config for `options` (applying `--site-dir`).
    public static func load(options: BuildOptions) -> (config: SiteConfig, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let file = ConfigFile.locate(for: options, diagnostics: &diagnostics)
        let folder = file.map { PathUtilities.folder(of: $0.path) } ?? PathUtilities.normalized(options.projectRoot)
        var config = SiteConfig(
            projectRoot: folder,
            configFile: file.map { PathUtilities.display($0.path, relativeTo: options.projectRoot) },
            docsDir: PathUtilities.absolute(file?.defaultDocsDir ?? "content", relativeTo: folder),
            siteDir: PathUtilities.absolute("site", relativeTo: folder),
            templatesDir: TemplateLocator.defaultTemplatesDir(projectRoot: folder)
        )
        config.displayRoot = PathUtilities.normalized(options.projectRoot)
        if file?.defaultDocsDir == "docs" {
            config.markdownExtensions = .mkdocsDefaults
            config.isMkDocsProject = true
        }
        if let file {
            diagnostics += read(file, into: &config)
        } else if options.configPath == nil {
            diagnostics.append(Diagnostic(.note, "no sitegen.yml or mkdocs.yml in \(config.displayPath(folder)); using the defaults"))
        }
        if let override = options.siteDirOverride {
            config.siteDir = PathUtilities.absolute(override, relativeTo: options.projectRoot)
        }
        diagnostics += ConfigValidator.check(config)
        return (config, diagnostics)
    }

    /// Parses the YAML text of `file` into `config`; returns what was wrong with it.
    static func read(_ file: ConfigFile, into config: inout SiteConfig) -> [Diagnostic] {
        let shownPath = config.configFile ?? file.path
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return [.error("cannot read the config file", at: SourceLocation(file: shownPath, line: 1))]
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return [.error("the config file is not valid UTF-8", at: SourceLocation(file: shownPath, line: 1))]
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            return [YAMLErrorLocation.diagnostic(for: error, file: shownPath)]
        }
        guard let root else { return [] }
        var reader = YAMLReader(file: shownPath)
        ConfigKeys.apply(root, to: &config, defaultDocsDir: file.defaultDocsDir, reader: &reader)
        return reader.diagnostics
    }
}
