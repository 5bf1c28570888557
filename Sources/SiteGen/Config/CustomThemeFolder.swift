import Foundation

/// Decides what `theme.custom_dir` is. A folder with `page.mustache` is a sitegen templates folder
/// (used instead of the built-in theme). Anything else is taken as a Material overrides folder:
/// the built-in theme is used, the folder's static files (images, CSS, JS, `.icons/`, …) are
/// copied into the site, and its Jinja templates are named in one warning. Never an error.
enum CustomThemeFolder {
    /// Files MkDocs never copies from a theme folder (besides Jinja `.html` templates).
    private static let skippedSuffixes = [".py", ".pyc", ".md", ".markdown"]
    private static let skippedNames: Set<String> = ["mkdocs_theme.yml", "__pycache__", ".git", ".DS_Store"]

    /// Applies `config.customDir` (if any) to `config`; returns the warning, if one is due.
    static func resolve(_ config: inout SiteConfig) -> [Diagnostic] {
        guard let (path, location) = config.customDir else { return [] }
        let shown = config.displayPath(path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            return [.warning("theme.custom_dir '\(shown)' is not a folder; ignored", at: location)]
        }
        if FileManager.default.fileExists(atPath: path + "/page.mustache") {
            config.templatesDir = path
            return []
        }
        let (files, templates) = scan(path)
        config.theme.staticDir = path
        config.theme.staticFiles = files
        guard !templates.isEmpty else { return [] }
        return [.warning("theme.custom_dir '\(shown)' holds Jinja templates sitegen does not use (its built-in theme is used; static files are copied): "
            + templates.joined(separator: ", "), at: location)]
    }

    /// The folder's static files and its Jinja templates (`.html`), relative paths, sorted.
    static func scan(_ folder: String) -> (files: [String], templates: [String]) {
        var files: [String] = [], templates: [String] = []
        var pending = [""]
        while let relativeFolder = pending.popLast() {
            let absolute = relativeFolder.isEmpty ? folder : folder + "/" + relativeFolder
            for entry in FolderListing.entries(of: absolute) ?? [] where isKept(entry.name, atTop: relativeFolder.isEmpty) {
                let relative = relativeFolder.isEmpty ? entry.name : relativeFolder + "/" + entry.name
                switch entry.kind {
                case .folder: pending.append(relative)
                case .file:
                    let lower = entry.name.lowercased()
                    if lower.hasSuffix(".html") { templates.append(relative) }
                    else if !skippedSuffixes.contains(where: lower.hasSuffix) { files.append(relative) }
                case .other: continue
                }
            }
        }
        return (files.sorted(), templates.sorted())
    }

    /// Hidden entries are skipped, except Material's `.icons/` folder at the top.
    private static func isKept(_ name: String, atTop: Bool) -> Bool {
        if skippedNames.contains(name) { return false }
        return !name.hasPrefix(".") || (atTop && name == ".icons")
    }
}
