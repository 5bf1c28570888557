import Foundation

/// Checks a config whose keys all read fine: folders that must exist, and `site_dir` placement
/// (a site folder inside the docs folder would be read back as content, or wiped with it).
enum ConfigValidator {
    static func check(_ config: SiteConfig) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let docs = config.displayPath(config.docsDir), site = config.displayPath(config.siteDir)
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: config.docsDir, isDirectory: &isFolder) || !isFolder.boolValue {
            diagnostics.append(.error("docs_dir '\(docs)' is not a folder", at: config.docsDirLocation))
        }
        if PathUtilities.isInside(config.siteDir, config.docsDir) {
            diagnostics.append(.error("site_dir '\(site)' is inside docs_dir '\(docs)'; choose a folder outside it",
                                      at: config.siteDirLocation ?? config.docsDirLocation))
        } else if PathUtilities.isInside(config.docsDir, config.siteDir) {
            diagnostics.append(.error("docs_dir '\(docs)' is inside site_dir '\(site)', which every build replaces",
                                      at: config.docsDirLocation ?? config.siteDirLocation))
        }
        return diagnostics
    }
}
