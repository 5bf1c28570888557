/// Builds the site's search index, shipped as a script so search works from `file://` too.
public enum SearchIndex {
    /// The JavaScript file written to `assets/search-index.js` for `pages` (navigation order).
    public static func script(for pages: [ParsedPage], strings: LocalizedStrings) -> String {
        ""
    }
}
