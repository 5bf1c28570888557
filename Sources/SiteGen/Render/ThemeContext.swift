/// The template keys that come from the config rather than the page: description, author,
/// favicon, logo, palette, `extra_css`/`extra_javascript`, `extra`, copyright and repository
/// link. Built once per site; `values(root:)` makes the paths relative to a page.
struct ThemeContext {
    var config: SiteConfig
    private let paletteCSS: String

    init(config: SiteConfig) {
        self.config = config
        paletteCSS = PaletteStyle.css(for: config.theme.palette)
    }

    /// `path` (docs-relative, as `extra_css` and `theme.logo` are written) as seen from a page at
    /// `root`; URLs and absolute paths are left as they are.
    static func href(_ path: String, root: String) -> String {
        LinkTarget.isUntouched(path) ? path : root + path
    }

    func values(root: String) -> [String: Any] {
        let links = config.links, theme = config.theme
        let scripts: [[String: Any]] = config.extraAssets.scripts.map { script in
            ["src": Self.href(script.path, root: root), "type": script.type ?? "", "has_type": script.type != nil,
             "is_async": script.isAsync, "is_deferred": script.isDeferred]
        }
        return [
            "site_description": links.siteDescription ?? "",
            "site_author": links.siteAuthor ?? "",
            "has_site_author": links.siteAuthor != nil,
            "favicon": theme.favicon.map { Self.href($0, root: root) } ?? "",
            "has_favicon": theme.favicon != nil,
            "logo": theme.logo.map { Self.href($0, root: root) } ?? "",
            "has_logo": theme.logo != nil,
            "palette_css": paletteCSS,
            "has_palette_css": !paletteCSS.isEmpty,
            "extra_css": config.extraAssets.stylesheets.map { ["href": Self.href($0, root: root)] },
            "extra_javascript": scripts,
            "extra": config.extra.templateValue,
            "copyright": links.copyright ?? "",
            "has_copyright": links.copyright != nil,
            "repo_url": links.repoURL ?? "",
            "repo_name": links.repoLinkText ?? "",
            "has_repo": links.repoURL != nil,
        ]
    }

    /// The edit link of a page: shown when the theme asks for it (Material's `content.action.edit`)
    /// or the config states `edit_uri`, and a repository is known.
    func editURL(forSourcePath sourcePath: String) -> String? {
        guard config.theme.features.contains("content.action.edit") || config.links.editURI != nil else { return nil }
        return config.links.editURL(forSourcePath: sourcePath)
    }
}
