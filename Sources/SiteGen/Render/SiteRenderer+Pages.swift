extension SiteRenderer {
    /// Only the pages at `sourcePaths` (nothing site-wide): what a rebuild needs when the rest of
    /// the site is unchanged.
    func renderPages(_ sourcePaths: Set<String>) -> [OutputFile] {
        let selected = site.pages.filter { sourcePaths.contains($0.sourcePath) }
        guard !selected.isEmpty else { return [] }
        let contexts = PageContext(site: site, templates: templates)
        let templates = self.templates
        return parallelMap(selected.count) { index in
            let page = selected[index]
            return OutputFile(path: PageURL.outputFile(forURL: page.url), content: .text(templates.renderPage(contexts.context(for: page))))
        }
    }
}
