/// Titles for pages that do not state one.
enum PageTitle {
    /// MkDocs' rule: the file name without extension, `-`/`_` as spaces, first letter capitalised;
    /// an `index.md` takes its folder's name (`guia/index.md` → "Guia"; the home page → "Inicio"-less "Index").
    static func prettified(fileName path: String) -> String {
        var parts = path.split(separator: "/").map(String.init)
        guard var name = parts.popLast() else { return path }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        if ["index", "readme"].contains(name.lowercased()), let folder = parts.last { name = folder }
        return prettified(name: name)
    }

    /// `mi-carpeta_uno` → "Mi carpeta uno".
    static func prettified(name: String) -> String {
        let spaced = name.map { $0 == "-" || $0 == "_" ? " " : $0 }
        let text = String(spaced).trimmingWhitespace()
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
