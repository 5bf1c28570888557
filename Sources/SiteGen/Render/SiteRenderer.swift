import Foundation

/// The render stage: every page through the page template (in parallel), `404.html`,
/// `sitemap.xml`, the search index, theme assets and the docs folder's other files.
struct SiteRenderer {
    var site: ParsedSite
    var templates: TemplateSet

    /// Every file of the site, ready to write; with `onlyPages` (source paths), only those pages
    /// are rendered (the other site-wide files are always included).
    func render(onlyPages: Set<String>? = nil) -> [OutputFile] {
        var timings = PhaseTimings()
        return render(onlyPages: onlyPages, timings: &timings)
    }

    /// `render(onlyPages:)`, recording the time of the page and site-wide stages in `timings`.
    func render(onlyPages: Set<String>? = nil, timings: inout PhaseTimings) -> [OutputFile] {
        let pages = site.pages
        let rendered = renderPages(onlyPages ?? Set(pages.map(\.sourcePath)))
        timings.lap("render pages")
        let contexts = PageContext(site: site, templates: templates)
        var files = assetFiles()
        files += rendered
        files.append(OutputFile(path: "404.html", content: .text(templates.renderPage(contexts.notFoundContext()))))
        files += RedirectPages.files(for: site.config.redirects, site: site)
        files.append(OutputFile(path: "sitemap.xml", content: .text(Sitemap.xml(pageURLs: pages.map(\.url), siteURL: site.config.siteURL))))
        if contexts.navContext.collapses {
            files.append(OutputFile(path: NavFile.path, content: .text(NavFile.script(for: contexts.navContext))))
        }
        timings.lap("404, sitemap, assets")
        let strings = LocalizedStrings.forLanguage(site.config.language)
        let entries = parallelMap(pages.count) { SearchIndex.entry(for: pages[$0]) }
        files += SearchIndex.outputFiles(entries: entries, strings: strings)
        timings.lap("search index")
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
