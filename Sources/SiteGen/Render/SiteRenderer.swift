import Foundation

/// The render stage: a page through the page template into its file (`a/b.md` → `a/b/index.html`),
/// and the files of the site as a whole: `404.html`, redirect pages, `sitemap.xml`, the search
/// index, theme assets and the docs folder's other files.
struct SiteRenderer: Sendable {
    var site: ParsedSite
    var templates: TemplateSet
    /// What every page's template context shares (nav, neighbours, theme), made once per build.
    private let contexts: PageContext

    init(site: ParsedSite, templates: TemplateSet) {
        self.site = site
        self.templates = templates
        contexts = PageContext(site: site, templates: templates)
    }

    /// Where the file of `page` goes in the site folder.
    static func outputPath(of page: ParsedPage) -> String {
        PageURL.outputFile(forURL: page.url)
    }

    /// The file of `page`.
    func file(for page: ParsedPage) -> OutputFile {
        OutputFile(path: Self.outputPath(of: page), content: .text(templates.renderPage(contexts.context(for: page))))
    }

    /// Every file of the site that is not a page; `searchEntries` are the pages' entries in page order.
    func siteFiles(searchEntries: [SearchIndex.Entry]) -> [OutputFile] {
        var files = assetFiles()
        files.append(OutputFile(path: "404.html", content: .text(templates.renderPage(contexts.notFoundContext()))))
        files += RedirectPages.files(for: site.config.redirects, site: site)
        files.append(OutputFile(path: "sitemap.xml", content: .text(Sitemap.xml(pageURLs: site.pages.map(\.url), siteURL: site.config.siteURL))))
        if contexts.navContext.collapses {
            files.append(OutputFile(path: NavFile.path, content: .text(NavFile.script(for: contexts.navContext))))
        }
        files += SearchIndex.outputFiles(entries: searchEntries, strings: LocalizedStrings.forLanguage(site.config.language))
        return files
    }

    /// Theme assets (`templates/assets/**` → `assets/**`), then the static files of a Material
    /// `custom_dir` (same paths as in it), then the docs folder's non-Markdown files: a later
    /// one wins when two have the same path, as in MkDocs (docs files override theme files).
    func assetFiles() -> [OutputFile] {
        var byPath: [String: OutputFile] = [:]
        let themeAssets = site.config.templatesDir + "/assets"
        for path in DocsScan.scan(themeAssets).allFiles {
            byPath["assets/" + path] = OutputFile(path: "assets/" + path, content: .copy(from: themeAssets + "/" + path))
        }
        if let staticDir = site.config.theme.staticDir {
            for path in site.config.theme.staticFiles {
                byPath[path] = OutputFile(path: path, content: .copy(from: staticDir + "/" + path))
            }
        }
        for path in site.assetFiles {
            byPath[path] = OutputFile(path: path, content: .copy(from: site.config.docsDir + "/" + path))
        }
        return byPath.keys.sorted().compactMap { byPath[$0] }
    }
}

extension DocsScan {
    /// Markdown and other files together, sorted.
    var allFiles: [String] { (markdownFiles + otherFiles).sorted() }
}
