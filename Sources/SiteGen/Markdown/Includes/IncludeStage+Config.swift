extension IncludeStage {
    /// The stage a site's config asks for: `markdown_extensions:` of its config file; `nil`
    /// when there is no config file or it enables no include.
    static func forConfig(_ config: SiteConfig) -> IncludeStage? {
        guard let configFile = config.configFile else { return nil }
        let settings = IncludeSettings(extensions: config.markdownExtensions, projectRoot: config.projectRoot)
        guard !settings.isEmpty else { return nil }
        let origin = settings.snippets?.autoAppendLine.map { SourceLineOrigin(file: configFile, line: $0) }
        return IncludeStage(settings: settings, displayPath: { config.displayPath($0) }, autoAppendOrigin: origin)
    }
}
