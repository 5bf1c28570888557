/// `sitemap.xml`: every page, with absolute URLs when `site_url` is set (else site-relative ones).
enum Sitemap {
    static func xml(pageURLs: [String], siteURL: String?) -> String {
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

        """
        let base = siteURL.map(SiteURL.base) ?? ""
        for url in pageURLs {
            xml += "  <url><loc>\(escape(base + url))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }

    private static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }
}
