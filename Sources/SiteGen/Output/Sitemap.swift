/// `sitemap.xml`: every page, with absolute URLs when `site_url` is set (else site-relative ones).
enum Sitemap {
    static func xml(pageURLs: [String], siteURL: String?) -> String {
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

        """
        let base = siteURL.map(SiteURL.base) ?? ""
        for url in pageURLs {
            xml += "  <url><loc>\(HTMLEscaping.escape(base + url))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}
