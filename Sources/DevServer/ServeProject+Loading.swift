import SiteGen

extension ServeProject {
    /// The project described by the config `options` point at, and the site's language;
    /// the default layout (`ServeProject.defaults`) and Spanish when the config cannot be read.
    public static func load(_ options: BuildOptions) -> (project: ServeProject, language: String) {
        if let config = SiteBuilder(options: options).loadAndParse()?.config {
            var project = ServeProject(config: config)
            if let override = options.siteDirOverride {
                project.siteDir = override.hasPrefix("/") ? override : options.projectRoot + "/" + override
            }
            return (project, config.language)
        }
        var project = ServeProject.defaults(projectRoot: options.projectRoot, configPath: options.configPath)
        if let override = options.siteDirOverride {
            project.siteDir = override.hasPrefix("/") ? override : options.projectRoot + "/" + override
        }
        return (project, "es")
    }
}
