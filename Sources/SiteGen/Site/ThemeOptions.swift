/// What `theme:` sets besides `language` and a sitegen templates folder (Material's options).
public struct ThemeOptions: Sendable, Equatable {
    /// `custom_dir` when it holds no `page.mustache` (a Material overrides folder): its static files
    /// are copied into the site; its Jinja templates are not used.
    public var staticDir: String?
    /// The static files of `staticDir`, relative to it (Jinja `.html` templates and Python left out).
    public var staticFiles: [String] = []
    /// `theme.logo`: a docs-relative path (or a URL) shown in the header.
    public var logo: String?
    /// `theme.favicon`: a docs-relative path (or a URL) for `<link rel="icon">`.
    public var favicon: String?
    /// `theme.palette`: colours by scheme (Material's colour names).
    public var palette: [PaletteScheme] = []
    /// `theme.features` (`content.action.edit`, `navigation.footer`…).
    public var features: [String] = []

    public init() {}
}

/// One entry of `theme.palette`: the colours of the light (`default`) or dark (`slate`) scheme.
public struct PaletteScheme: Sendable, Equatable {
    /// True for Material's `slate` scheme.
    public var isDark: Bool
    /// Material's colour name (`indigo`, `teal`, `black`…), or nil.
    public var primary: String?
    public var accent: String?

    public init(isDark: Bool, primary: String? = nil, accent: String? = nil) {
        self.isDark = isDark
        self.primary = primary
        self.accent = accent
    }
}
