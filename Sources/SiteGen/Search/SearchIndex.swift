/// Builds the site's search index: files under `assets/search/`, loaded as scripts (so search
/// works from `file://`) and only as a query needs them, so the index may grow with the site
/// without any reader downloading all of it. `templates/assets/search.js` reads them.
///
/// - `index.js`, the dictionary: every page's title, URL and number of sections, which content
///   file holds it, and the prefixes of the term shards.
/// - `t<N>.js`, a term shard: the folded words (`SearchWords`) starting with one prefix, each
///   with the sections it occurs in and how (`PageTerms`). A query loads the shards of its words.
/// - `p<N>.js`, a content file: the text of a run of pages, for the excerpts of the results shown.
///
/// Every file assigns one entry of a global (`self.sitegenSearch`):
///
///     self.sitegenSearch.index={"lang":"es","pages":[["Hilos en Python","concurrencia/hilos/",2],…],
///                               "chunks":[0,14,…],"shards":["a","co","con",…]};
///     s.parts["t5"]={"concurrencia":[16,33,…],…};     // section deltas × 16 + weight
///     s.parts["p0"]=[["Hilos en Python","concurrencia/hilos/",[["","","Decimos que…"],["threading","Threading","En…"]]],…];
///
/// `SearchIndexFiles` documents the encodings.
public enum SearchIndex {
    /// The name of the global the scripts fill.
    public static let globalName = "sitegenSearch"
    /// The folder of the index in the site.
    public static let folder = "assets/search"
    /// The dictionary, the file a search loads first.
    public static let dictionaryPath = folder + "/index.js"

    /// The files of the index for `pages` (navigation order), as (site path, script text).
    public static func files(for pages: [ParsedPage], strings: LocalizedStrings) -> [(path: String, text: String)] {
        SearchIndexFiles(entries: pages.map(entry(for:)), language: strings.languageCode).files()
    }

    /// The files from the pages' entries (`entry(for:)`, in navigation order): builds can make
    /// the entries in parallel, and a rebuild can keep those of unchanged pages. Their text is
    /// made as each is written (together, at 10,000 pages, they are about 90 MB).
    static func outputFiles(entries: [Entry], strings: LocalizedStrings) -> [OutputFile] {
        SearchIndexFiles(entries: entries, language: strings.languageCode).scripts().map {
            OutputFile(path: $0.path, content: .generated($0.make))
        }
    }

    /// One page's part of the index.
    struct Entry: Sendable {
        /// `[title, url, sections]` as JSON text, each section `[heading id, heading, text]`; empty
        /// for a page left out of search. Two entries with the same `json` index the same.
        var json: String
        var title: String = ""
        var url: String = ""
        var sectionCount = 0
        var terms = PageTerms()
    }

    /// The entry of `page`; empty (left out of the index) for a page whose front matter says
    /// `search: {exclude: true}`.
    static func entry(for page: ParsedPage) -> Entry {
        var splitter = SearchWords()
        return entry(for: page, words: &splitter)
    }

    static func entry(for page: ParsedPage, words splitter: inout SearchWords) -> Entry {
        if page.meta.excludedFromSearch { return Entry(json: "") }
        let sections = page.document.sections.filter { !($0.text.isEmpty && $0.headingID == nil) }
        let title = title(of: page)
        var json = JSONTextWriter(capacity: estimatedSize(of: page))
        json.raw("[")
        json.string(title)
        json.raw(",")
        json.string(page.url)
        json.raw(",[")
        for (position, section) in sections.enumerated() {
            json.raw(position == 0 ? "[" : ",[")
            json.string(section.headingID ?? "")
            json.raw(",")
            json.string(section.title ?? "")
            json.raw(",")
            json.string(section.text)
            json.raw("]")
        }
        json.raw("]]")
        let terms = PageTerms(sections: sections.map { ($0.title ?? "", $0.text) }, words: &splitter)
        return Entry(json: json.text, title: title, url: page.url, sectionCount: sections.count, terms: terms)
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
