/// The load and parse stages of a build: config, docs scan, pages (in parallel), navigation,
/// pages put in navigation order: what `verify-snippets` reads. `BuildPipeline` runs the same
/// page loader and assembly as its parse and assemble stages.
struct SiteLoader {
    var options: BuildOptions
    var highlighter: (any SyntaxHighlighter)?
    var renderMarkdown: MarkdownRendering = .standard

    func load() -> ParsedSite {
        let (config, diagnostics) = ConfigLoader.load(options: options)
        let scan = DocsScan.scan(config.docsDir)
        let loaded = pageLoader(for: config).load(scan.markdownFiles)
        return Self.assemble(config: config, scan: scan, loaded: loaded, diagnostics: diagnostics)
    }

    func pageLoader(for config: SiteConfig) -> PageLoader {
        PageLoader(config: config, highlighter: highlighter, renderMarkdown: renderMarkdown,
                   includes: IncludeStage.forConfig(config))
    }

    /// Puts loaded pages together: their diagnostics, the nav, the nav order.
    static func assemble(config: SiteConfig, scan: DocsScan, loaded: [PageLoader.Loaded],
                         diagnostics configDiagnostics: [Diagnostic]) -> ParsedSite {
        var diagnostics = configDiagnostics
        var pages: [ParsedPage] = []
        for result in loaded {
            diagnostics += result.diagnostics
            if let page = result.page { pages.append(page) }
        }
        if scan.markdownFiles.isEmpty, !diagnostics.hasErrors {
            diagnostics.append(.warning("no Markdown pages in \(config.displayPath(config.docsDir))"))
        }
        let nav = makeNav(config: config, pages: pages, diagnostics: &diagnostics)
        return ParsedSite(config: config, pages: ordered(pages, by: nav), diagnostics: diagnostics,
                          nav: nav, assetFiles: scan.otherFiles)
    }

    private static func makeNav(config: SiteConfig, pages: [ParsedPage], diagnostics: inout [Diagnostic]) -> SiteNav {
        var titles: [String: String] = [:]
        for page in pages { titles[page.sourcePath] = page.title }
        var builder = NavBuilder(pageTitles: titles)
        if let entries = config.nav {
            return builder.fromConfig(entries, config: config, diagnostics: &diagnostics)
        }
        return builder.fromTree(pages.map(\.sourcePath))
    }

    /// Nav pages first in nav order (taking their nav titles), then the others by path.
    static func ordered(_ pages: [ParsedPage], by nav: SiteNav) -> [ParsedPage] {
        var navTitles: [String: String] = [:]
        func collect(_ items: [NavItem]) {
            for item in items {
                if case .page(let path) = item.kind, navTitles[path] == nil { navTitles[path] = item.title }
                collect(item.children)
            }
        }
        collect(nav.items)
        var byPath: [String: ParsedPage] = [:]
        for var page in pages {
            if let title = navTitles[page.sourcePath] { page.title = title }
            byPath[page.sourcePath] = page
        }
        var result = nav.pageOrder.compactMap { byPath.removeValue(forKey: $0) }
        result += byPath.values.sorted { $0.sourcePath < $1.sourcePath }
        return result
    }
}
