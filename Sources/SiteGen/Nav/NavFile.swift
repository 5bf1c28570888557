/// `assets/nav.js`, the whole nav of a pruned site in one shared file: the theme's script loads it
/// (a script, so it works from `file://`) when a reader expands a collapsed section or a "N more"
/// entry, instead of every page carrying the whole nav.
///
///     self.sitegenNav=[["Inicio","index.html",0,1],["Guía","guia/a/index.html",2,2,[["A","guia/a/index.html",0,3],…]],…];
///
/// Each entry is `[title, href from the site root, kind (0 page, 1 link, 2 section), nav id, children]`
/// (children only for sections); ids are those of `nav_id`/`nav_more` in the pages.
enum NavFile {
    static let path = "assets/nav.js"

    /// The script for `context`'s nav.
    static func script(for context: NavContext) -> String {
        var json = JSONTextWriter(capacity: context.nav.pageCount * 48 + 64)
        json.raw("self.sitegenNav=")
        write(context.nav.items, context: context, into: &json)
        json.raw(";\n")
        return json.text
    }

    private static func write(_ items: [NavItem], context: NavContext, into json: inout JSONTextWriter) {
        json.raw("[")
        for (index, item) in items.enumerated() {
            json.raw(index == 0 ? "[" : ",[")
            json.string(item.title)
            json.raw(",")
            json.string(context.href(for: item, root: ""))
            switch item.kind {
            case .page: json.raw(",0,")
            case .link: json.raw(",1,")
            case .section: json.raw(",2,")
            }
            json.integer(item.id)
            if item.kind == .section {
                json.raw(",")
                write(item.children, context: context, into: &json)
            }
            json.raw("]")
        }
        json.raw("]")
    }
}
