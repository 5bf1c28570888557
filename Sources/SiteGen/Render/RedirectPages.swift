import Foundation

/// The `redirects` plugin's `redirect_maps` as small HTML pages: each old page's URL gets a page
/// that sends the reader on (`<meta http-equiv="refresh">`, a canonical link and a plain link for
/// browsers that refresh nothing). Targets are Markdown paths (`nuevo.md#parte`) or URLs.
enum RedirectPages {
    /// One page per redirect, except where a real page already has the old URL.
    static func files(for redirects: [String: String], site: ParsedSite) -> [OutputFile] {
        let taken = Set(site.pages.map(\.url))
        return redirects.keys.sorted().compactMap { from in
            let url = PageURL.url(forSource: from)
            guard !taken.contains(url), let to = redirects[from] else { return nil }
            let href = target(to, fromURL: url, directoryURLs: site.config.useDirectoryURLs)
            return OutputFile(path: PageURL.outputFile(forURL: url), content: .text(html(href)))
        }
    }

    /// `to` as an href from the folder of the page at `url`.
    static func target(_ to: String, fromURL url: String, directoryURLs: Bool) -> String {
        if LinkTarget.isUntouched(to) { return to }
        let link = LinkTarget(to)
        let fragment = link.fragment.map { "#" + $0 } ?? ""
        guard link.isMarkdown else { return RelativePath.between(fromFolder: url, to: link.path) + fragment }
        let page = PageURL.url(forSource: link.path)
        let path = RelativePath.between(fromFolder: url, to: directoryURLs ? page : PageURL.outputFile(forURL: page))
        return path + fragment
    }

    static func html(_ href: String) -> String {
        let escaped = href.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
        return """
        <!DOCTYPE html>
        <html>
        <head>
        <meta charset="utf-8">
        <title>Redirecting…</title>
        <link rel="canonical" href="\(escaped)">
        <meta name="robots" content="noindex">
        <meta http-equiv="refresh" content="0; url=\(escaped)">
        </head>
        <body><a href="\(escaped)">\(escaped)</a></body>
        </html>

        """
    }
}
