import SiteGen

/// The folders `serve` publishes and watches, taken from the project's config.
///
///     let project = ServeProject(config: config, displayRoot: "/p")
///     project.siteDir      // "/p/site"
///     project.watchedPaths // ["/p/content", "/p/templates", "/p/sitegen.yml", "/p/Sources/Threading"]
public struct ServeProject: Sendable {
    /// Absolute path of the built site (`site_dir`).
    public var siteDir: String
    /// Absolute paths of the files and folders whose changes trigger a rebuild.
    public var watchedPaths: [String]

    public init(siteDir: String, watchedPaths: [String]) {
        self.siteDir = siteDir
        self.watchedPaths = watchedPaths
    }

    /// Watches the docs folder, the templates, the config file (and those it inherits from), a
    /// Material `custom_dir` whose static files are copied, and the snippet library's sources;
    /// `displayRoot` is the folder the config's display paths are relative to (the current directory).
    public init(config: SiteConfig, displayRoot: String) {
        var watched = [config.docsDir, config.templatesDir]
        if let file = config.configFile {
            watched.append(file.hasPrefix("/") ? file : displayRoot + "/" + file)
        }
        watched += config.inheritedConfigFiles
        if let staticDir = config.theme.staticDir { watched.append(staticDir) }
        watched += config.snippets?.librarySources ?? []
        watched.append(config.verificationRecordPath)
        self.init(siteDir: config.siteDir, watchedPaths: watched)
    }

    /// The default layout when no config could be read: `content/`, `templates/`, both config names, `site/`.
    public static func defaults(projectRoot: String, configPath: String? = nil) -> ServeProject {
        let root = projectRoot.hasSuffix("/") ? String(projectRoot.dropLast()) : projectRoot
        let configs = configPath.map { [$0.hasPrefix("/") ? $0 : root + "/" + $0] }
            ?? [root + "/sitegen.yml", root + "/mkdocs.yml"]
        return ServeProject(siteDir: root + "/site", watchedPaths: [root + "/content", root + "/templates"] + configs)
    }
}
