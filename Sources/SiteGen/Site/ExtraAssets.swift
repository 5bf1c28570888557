/// `extra_css` and `extra_javascript`: the project's own stylesheets and scripts, linked on every
/// page after the theme's, in the order written.
public struct ExtraAssets: Sendable, Equatable {
    /// Docs-relative paths or URLs of stylesheets (`<link>` in the head).
    public var stylesheets: [String] = []
    /// Scripts (`<script>` at the end of the body).
    public var scripts: [ExtraScript] = []

    public init() {}
}

/// One `extra_javascript` entry: a path, or MkDocs' mapping `{path, type, async, defer}`.
public struct ExtraScript: Sendable, Equatable {
    /// Docs-relative path or URL.
    public var path: String
    /// `type:` (`module`); a `.mjs` path is a module too, as in MkDocs.
    public var type: String?
    public var isAsync: Bool
    public var isDeferred: Bool

    public init(path: String, type: String? = nil, isAsync: Bool = false, isDeferred: Bool = false) {
        self.path = path
        self.type = type ?? (path.hasSuffix(".mjs") ? "module" : nil)
        self.isAsync = isAsync
        self.isDeferred = isDeferred
    }
}
