/// The `toc` template value: the page's level-2 headings with their level-3 headings nested
/// (the h1 is the page title and is left out).
enum TableOfContents {
    static func entries(for headings: [Heading]) -> [[String: Any]] {
        var result: [[String: Any]] = []
        var pendingChildren: [[String: Any]] = []
        var open: [String: Any]?
        func close() {
            if var parent = open {
                parent["children"] = pendingChildren
                parent["has_children"] = !pendingChildren.isEmpty
                result.append(parent)
            } else {
                result += pendingChildren
            }
            open = nil
            pendingChildren = []
        }
        for heading in headings where heading.level == 2 || heading.level == 3 {
            let entry: [String: Any] = ["id": heading.id, "html": heading.html, "text": heading.text,
                                        "level": heading.level, "children": [[String: Any]](),
                                        "has_children": false]
            if heading.level == 2 {
                close()
                open = entry
            } else {
                pendingChildren.append(entry)
            }
        }
        close()
        return result
    }
}
