/// What a `SiteBuildSession` remembers between builds.
struct SessionState {
    var config: SiteConfig
    /// Config and template problems (they only change on a full build).
    var configDiagnostics: [Diagnostic]
    var scan: DocsScan
    /// Every page's load result by docs-relative path.
    var loaded: [String: PageLoader.Loaded]
    var templates: TemplateSet?
    /// The structure of the site last written (`nil` when unknown: re-render every page).
    var structure: SiteStructure?
    /// Site-relative path → fingerprint of what was last written there.
    var written: [String: Int]
    /// True once a build has put a site in place.
    var siteWritten: Bool
    /// What was derived from each loaded page (anchors, link checks, search entries).
    var pages = SessionPageCaches()
    /// Docs-relative paths of pages re-parsed by builds that wrote nothing (they failed): their
    /// output is out of date until a build writes it.
    var unwrittenPages: Set<String> = []
    /// True after a build that failed: the site folder may lag behind `loaded` and `scan`, so the
    /// next build re-derives every site-wide file instead of trusting the last ones written.
    var siteBehind = false
}

/// What every page's rendering depends on besides its own content: page URLs and titles and the
/// nav. When it is unchanged, only the pages that changed need re-rendering.
struct SiteStructure: Equatable {
    struct Page: Equatable {
        var sourcePath: String
        var url: String
        var title: String
    }

    struct NavEntry: Equatable {
        var depth: Int
        var title: String
        var kind: NavItem.Kind
        var id: Int
    }

    var pages: [Page]
    var nav: [NavEntry]

    init(_ site: ParsedSite) {
        pages = site.pages.map { Page(sourcePath: $0.sourcePath, url: $0.url, title: $0.title) }
        var nav: [NavEntry] = []
        func walk(_ items: [NavItem], depth: Int) {
            for item in items {
                nav.append(NavEntry(depth: depth, title: item.title, kind: item.kind, id: item.id))
                walk(item.children, depth: depth + 1)
            }
        }
        walk(site.nav.items, depth: 0)
        self.nav = nav
    }
}
