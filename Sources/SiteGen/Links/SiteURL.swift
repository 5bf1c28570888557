/// Helpers for `site_url` (`https://example.com/docs/`).
enum SiteURL {
    /// The path part, with a trailing slash (`https://x.org/docs` → `/docs/`); `/` without a site URL.
    static func path(of siteURL: String?) -> String {
        guard let siteURL, !siteURL.isEmpty else { return "/" }
        var rest = Substring(siteURL)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        let path = String(rest[slash...])
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// `site_url` with exactly one trailing slash, for joining page URLs.
    static func base(_ siteURL: String) -> String {
        siteURL.hasSuffix("/") ? siteURL : siteURL + "/"
    }
}
