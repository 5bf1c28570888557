import Yams

/// The top-level keys of `sitegen.yml` (MkDocs' names plus our `snippets:`) and what each sets.
enum ConfigKeys {
    /// MkDocs keys sitegen accepts but does not use (no warning: an `mkdocs.yml` builds as-is).
    static let ignoredMkDocsKeys: Set<String> = [
        "site_description", "site_author", "copyright", "repo_url", "repo_name", "edit_uri",
        "edit_uri_template", "remote_branch", "remote_name", "plugins", "extra",
        "extra_css", "extra_javascript", "extra_templates", "strict", "dev_addr", "watch", "hooks",
        "validation", "not_in_nav", "exclude_docs", "draft_docs", "INHERIT",
    ]

    /// Theme keys sitegen accepts but does not use (Material's options).
    static let ignoredThemeKeys: Set<String> = [
        "name", "features", "palette", "font", "icon", "logo", "favicon", "static_templates", "locale",
    ]

    static func apply(_ root: Node, to config: inout SiteConfig, defaultDocsDir: String, reader: inout YAMLReader) {
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
                applyTheme(value, to: &config, reader: &reader)
            case "nav":
                config.nav = NavConfigParser.parse(value, reader: &reader)
                config.navLocations = reader.navLocations
            case "markdown_extensions":
                config.markdownExtensions = MarkdownExtensionsParser.parse(value, reader: &reader)
                config.markdownExtensions = config.markdownExtensions.adding(to: defaultDocsDir == "docs" ? .mkdocsDefaults : .sitegenDialect)
            case "snippets":
                config.snippets = SnippetsConfigParser.parse(value, projectRoot: folder, reader: &reader)
            default:
                if !ignoredMkDocsKeys.contains(key) { reader.warning("unknown key '\(key)' (ignored)", at: keyNode) }
            }
        }
    }

    /// `theme:` is a mapping (`language`, `custom_dir`, Material's options) or, in old MkDocs files, a name.
    private static func applyTheme(_ node: Node, to config: inout SiteConfig, reader: inout YAMLReader) {
        if case .scalar = node { return }
        guard let pairs = reader.mapping(node, key: "theme") else { return }
        for (key, keyNode, value) in pairs {
            switch key {
            case "language":
                if let language = reader.string(value, key: "theme.language"), !language.isEmpty { config.language = language }
            case "custom_dir":
                if let path = reader.string(value, key: "theme.custom_dir") {
                    config.templatesDir = PathUtilities.absolute(path, relativeTo: config.projectRoot)
                }
            default:
                if !ignoredThemeKeys.contains(key) { reader.warning("unknown key 'theme.\(key)' (ignored)", at: keyNode) }
            }
        }
    }
}
