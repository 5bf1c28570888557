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
            templatesDir: TemplateLocator.defaultTemplatesDir(projectRoot: folder),
            language: file?.defaultLanguage ?? "es"
        )
        config.displayRoot = PathUtilities.normalized(options.projectRoot)
        if file?.defaultDocsDir == "docs" {
            config.markdownExtensions = .mkdocsDefaults
            config.isMkDocsProject = true
        }
        if let file {
            diagnostics += read(file, into: &config, environment: options.environment)
        } else if options.configPath == nil {
            diagnostics.append(Diagnostic(.note, "no sitegen.yml or mkdocs.yml in \(config.displayPath(folder)); using the defaults"))
        }
        if let override = options.siteDirOverride {
            config.siteDir = PathUtilities.absolute(override, relativeTo: options.projectRoot)
        }
        diagnostics += ConfigValidator.check(config)
        let record = VerificationRecord.read(from: config.verificationRecordPath, display: config.displayPath(config.verificationRecordPath))
        config.verifiedSnippets = record.record
        diagnostics += record.diagnostics
        return (config, diagnostics)
    }

    /// Reads `file` and the files it inherits from (`INHERIT:`) into `config`, parents first;
    /// returns what was wrong with them.
    static func read(_ file: ConfigFile, into config: inout SiteConfig,
                     environment: [String: String] = ProcessInfo.processInfo.environment) -> [Diagnostic] {
        let chain = ConfigChain.read(file.path, display: config.displayPath, environment: environment)
        var diagnostics = chain.diagnostics
        config.inheritedConfigFiles = chain.links.map(\.path).filter { $0 != file.path }
        for link in chain.links {
            var reader = link.reader
            ConfigKeys.apply(link.root, to: &config, reader: &reader)
            diagnostics += reader.diagnostics
        }
        diagnostics += CustomThemeFolder.resolve(&config)
        diagnostics += PluginsConfigParser.warnings(for: config)
        return diagnostics
    }
}
