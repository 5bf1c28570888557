import Yams

/// The top-level keys of `sitegen.yml` (MkDocs' names plus our `snippets:`) and what each sets.
///
/// `apply` sets only what a file states, so applying an `INHERIT` chain parent first gives
/// MkDocs' deep merge (see `ConfigChain`).
enum ConfigKeys {
    /// MkDocs keys sitegen accepts but does not use (no warning: an `mkdocs.yml` builds as-is).
    /// `markdown_extensions` is the Markdown layer's.
    static let ignoredMkDocsKeys: Set<String> = [
        "edit_uri_template", "remote_branch", "remote_name", "extra_templates",
        "strict", "dev_addr", "watch", "validation", "not_in_nav", "exclude_docs", "draft_docs", "INHERIT",
    ]

    static func apply(_ root: Node, to config: inout SiteConfig, reader: inout YAMLReader) {
        if case .scalar(let scalar) = root, scalar.string.isEmpty { return }
        guard let pairs = reader.mapping(root, key: "the config file") else { return }
        let folder = config.projectRoot
        for (key, keyNode, value) in pairs {
            switch key {
            case "site_name":
                if let name = reader.string(value, key: key) { config.siteName = name }
            case "site_url":
                if let url = reader.string(value, key: key) { config.siteURL = url.isEmpty ? nil : url }
            case "docs_dir":
                if let path = reader.string(value, key: key) {
                    config.docsDir = PathUtilities.absolute(path, relativeTo: folder)
                    config.docsDirLocation = reader.location(of: value)
                }
            case "site_dir":
                if let path = reader.string(value, key: key) {
                    config.siteDir = PathUtilities.absolute(path, relativeTo: folder)
                    config.siteDirLocation = reader.location(of: value)
                }
            case "use_directory_urls":
                if let flag = reader.boolean(value, key: key) { config.useDirectoryURLs = flag }
            case "theme":
                ThemeConfigParser.apply(value, to: &config, reader: &reader)
            case "nav":
                config.nav = NavConfigParser.parse(value, reader: &reader)
                config.navLocations = reader.navLocations
            case "markdown_extensions":
                // As INHERIT merges: a mapping adds to (and deep-merges into) what a parent set, a list replaces it.
                let parsed = MarkdownExtensionsParser.parse(value, reader: &reader)
                if case .mapping = value {
                    config.markdownExtensions = parsed.merged(into: config.markdownExtensions)
                } else {
                    config.markdownExtensions = parsed.adding(to: config.isMkDocsProject ? .mkdocsDefaults : .sitegenDialect)
                }
            case "snippets":
                config.snippets = SnippetsConfigParser.parse(value, projectRoot: folder, reader: &reader)
            case "site_description", "site_author", "copyright", "repo_url", "repo_name", "edit_uri":
                applyLink(key, reader.string(value, key: key), to: &config.links)
            case "extra_css", "extra_javascript":
                ExtraAssetsParser.apply(key, value, to: &config.extraAssets, reader: &reader)
            case "extra":
                if case .mapping = value { config.extra = config.extra.merged(with: ConfigValue(value)) } else {
                    reader.error("'extra' must be a mapping (key: value lines), not \(YAMLReader.describe(value))", at: value)
                }
            case "plugins":
                PluginsConfigParser.applyPlugins(value, to: &config, reader: &reader)
            case "hooks":
                PluginsConfigParser.applyHooks(value, to: &config, reader: &reader)
            default:
                if !ignoredMkDocsKeys.contains(key) { reader.warning("unknown key '\(key)' (ignored)", at: keyNode) }
            }
        }
    }

    private static func applyLink(_ key: String, _ text: String?, to links: inout ProjectLinks) {
        guard let text else { return }
        let value: String? = text.isEmpty && key != "edit_uri" ? nil : text
        switch key {
        case "site_description": links.siteDescription = value
        case "site_author": links.siteAuthor = value
        case "copyright": links.copyright = value
        case "repo_url": links.repoURL = value
        case "repo_name": links.repoName = value
        default: links.editURI = value
        }
    }
}
