import SiteGen

extension ServeProject {
    /// The project the config named by `options` describes (`sitegen.yml`, else `mkdocs.yml`,
    /// else the defaults), and the site's language. Config problems are left for the build to report.
    public static func load(_ options: BuildOptions) -> (project: ServeProject, language: String) {
        let config = ConfigLoader.load(options: options).config
        return (ServeProject(config: config, displayRoot: options.projectRoot), config.language)
    }
}
