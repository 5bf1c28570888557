/// Builds the template context of one page: the keys documented in `templates/README.md`.
struct PageContext {
    var site: ParsedSite
    var strings: LocalizedStrings
    var navContext: NavContext
    var neighbours: PageNeighbours
    var pagesByPath: [String: ParsedPage]
    /// Renders `nav_html` when the theme has a `nav-item` partial.
    var navHTML: NavHTMLRenderer?
    /// Build the `nav` value (when no template needs it, only `nav_html` is built).
    var buildsNavValue = true
    /// Keys from the config (description, favicon, logo, palette, extra assets, repository…).
    var theme: ThemeContext

    init(site: ParsedSite, templates: TemplateSet? = nil) {
        self.site = site
        strings = LocalizedStrings.forLanguage(site.config.language)
        theme = ThemeContext(config: site.config)
        var urls: [String: String] = [:]
        var byPath: [String: ParsedPage] = [:]
        for page in site.pages {
            urls[page.sourcePath] = page.url
            byPath[page.sourcePath] = page
        }
        pagesByPath = byPath
        navContext = NavContext(nav: site.nav, urls: urls, directoryURLs: site.config.useDirectoryURLs,
                                collapses: site.pages.count > NavContext.collapseThreshold, moreLabel: strings["navMore"])
        neighbours = PageNeighbours(nav: site.nav)
        navHTML = templates.flatMap { NavHTMLRenderer(navContext: navContext, templates: $0) }
        buildsNavValue = navHTML == nil || templates?.usesNavValue != false
    }

    /// The context for `page`.
    func context(for page: ParsedPage) -> [String: Any] {
        let root = PageURL.root(forURL: page.url)
        var context = common(root: root)
        let toc = TableOfContents.entries(for: page.document.headings)
        var pageValue = pageValue(title: page.title, content: page.document.html, url: page.url,
                                  isHome: page.url.isEmpty, is404: false, sourcePath: page.sourcePath)
        let editURL = theme.editURL(forSourcePath: page.sourcePath)
        pageValue["edit_url"] = editURL ?? ""
        pageValue["has_edit_url"] = editURL != nil
        for part in ["navigation", "toc", "footer"] { pageValue["hides_" + part] = page.meta.hidden.contains(part) }
        context["page"] = pageValue
        if let description = page.meta.description {
            context["description"] = description
            context["has_description"] = true
        }
        context["toc"] = toc
        context["has_toc"] = !toc.isEmpty
        context["nav"] = buildsNavValue ? navContext.entries(current: page.sourcePath, root: root) : [[String: Any]]()
        context["nav_html"] = navHTML?.html(current: page.sourcePath, root: root) ?? ""
        let breadcrumbs = neighbours.sections(containing: page.sourcePath).map { section -> [String: Any] in
            ["title": section.title, "url": navContext.href(for: section, root: root)]
        }
        context["breadcrumbs"] = breadcrumbs
        context["has_breadcrumbs"] = !breadcrumbs.isEmpty
        if let previous = neighbours.previous(of: page.sourcePath) { context["previous"] = link(to: previous, root: root) }
        if let next = neighbours.next(of: page.sourcePath) { context["next"] = link(to: next, root: root) }
        return context
    }

    /// The context for `404.html`: served at any depth, so its links start at the site's path.
    func notFoundContext() -> [String: Any] {
        let root = SiteURL.path(of: site.config.siteURL)
        var context = common(root: root)
        context["page"] = pageValue(title: strings["notFound"], content: "", url: "404.html",
                                    isHome: false, is404: true, sourcePath: "")
        context["toc"] = [[String: Any]]()
        context["has_toc"] = false
        context["nav"] = navContext.entries(current: nil, root: root)
        context["nav_html"] = navHTML?.html(current: nil, root: root) ?? ""
        context["breadcrumbs"] = [[String: Any]]()
        context["has_breadcrumbs"] = false
        return context
    }

    private func common(root: String) -> [String: Any] {
        var values = theme.values(root: root)
        values["description"] = values["site_description"]
        values["has_description"] = site.config.links.siteDescription != nil
        return values.merging([
            "lang": site.config.language,
            "site_name": site.config.siteName,
            "site_url": site.config.siteURL ?? "",
            "root": root,
            "assets": root + "assets/",
            "search_index": root + SearchIndex.dictionaryPath,
            "nav_file": navContext.collapses ? root + NavFile.path : "",
            "has_nav_file": navContext.collapses,
            "strings": strings.ui,
        ]) { $1 }
    }

    private func pageValue(title: String, content: String, url: String, isHome: Bool, is404: Bool,
                           sourcePath: String) -> [String: Any] {
        ["title": title, "content": content, "url": url, "is_home": isHome, "is_404": is404, "source_path": sourcePath,
         "edit_url": "", "has_edit_url": false, "hides_navigation": false, "hides_toc": false, "hides_footer": false]
    }

    private func link(to sourcePath: String, root: String) -> [String: Any]? {
        guard let page = pagesByPath[sourcePath] else { return nil }
        return ["title": page.title, "url": PageURL.href(toURL: page.url, root: root, directoryURLs: site.config.useDirectoryURLs)]
    }
}
