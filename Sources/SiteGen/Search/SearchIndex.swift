/// Builds the site's search index, shipped as a script so search works from `file://` too.
///
/// The script assigns one global, read by `templates/assets/search.js`:
///
///     self.sitegenSearchIndex={"lang":"es","pages":[
///       ["Hilos en Python","concurrencia/hilos/",[["","","Decimos que dos o más tareas…"],
///                                                ["threading","Threading","En arquitectura…"]]]]};
///
/// Each page is `[title, url relative to the site root, sections]`; each section is
/// `[heading id ("" before the first heading), heading text, plain text]`. Text is kept as written
/// (accents and case): the browser folds it once when the first search runs, so the file stays
/// about the size of the site's prose and building it is a single pass of string appends.
public enum SearchIndex {
    /// The name of the global the script assigns.
    public static let globalName = "sitegenSearchIndex"

    /// The JavaScript file written to `assets/search-index.js` for `pages` (navigation order).
    public static func script(for pages: [ParsedPage], strings: LocalizedStrings) -> String {
        script(entries: pages.map(entry(for:)), strings: strings)
    }

    /// The script from the pages' entries (`entry(for:)`, in navigation order): builds can make
    /// the entries in parallel, and a rebuild can keep those of unchanged pages.
    static func script(entries: [Entry], strings: LocalizedStrings) -> String {
        var json = JSONTextWriter(capacity: entries.reduce(256) { $0 + $1.json.utf8.count + 1 })
        json.raw("self.\(globalName)={\"lang\":")
        json.string(strings.languageCode)
        json.raw(",\"pages\":[")
        var first = true
        for entry in entries where !entry.json.isEmpty {
            if !first { json.raw(",") }
            first = false
            json.raw(entry.json)
        }
        json.raw("]};\n")
        return json.text
    }

    /// One page's part of the index: `[title, url, sections]` as JSON text.
    struct Entry: Sendable {
        var json: String
    }

    /// The entry of `page`; empty (left out of the script) for a page whose front matter says
    /// `search: {exclude: true}`.
    static func entry(for page: ParsedPage) -> Entry {
        if page.meta.excludedFromSearch { return Entry(json: "") }
        var json = JSONTextWriter(capacity: estimatedSize(of: page))
        json.raw("[")
        json.string(title(of: page))
        json.raw(",")
        json.string(page.url)
        json.raw(",[")
        var firstSection = true
        for section in page.document.sections where !(section.text.isEmpty && section.headingID == nil) {
            json.raw(firstSection ? "[" : ",[")
            firstSection = false
            json.string(section.headingID ?? "")
            json.raw(",")
            json.string(section.title ?? "")
            json.raw(",")
            json.string(section.text)
            json.raw("]")
        }
        json.raw("]]")
        return Entry(json: json.text)
    }

    /// The title search results show: the page's first `#` heading, else its file name.
    static func title(of page: ParsedPage) -> String {
        if let title = page.document.title, !title.isEmpty { return title }
        let file = page.sourcePath.split(separator: "/").last.map(String.init) ?? page.sourcePath
        return file.hasSuffix(".md") ? String(file.dropLast(3)) : file
    }

    private static func estimatedSize(of page: ParsedPage) -> Int {
        page.document.sections.reduce(64) { $0 + $1.text.utf8.count + ($1.title?.utf8.count ?? 0) + 16 }
    }
}
