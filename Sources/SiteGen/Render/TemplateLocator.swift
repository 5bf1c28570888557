import Foundation

/// Finds the templates folder when the config does not name one (`theme.custom_dir`).
enum TemplateLocator {
    /// The project's own `templates/` when it has one, else the templates of the sitegen checkout
    /// this binary was built from (so an `mkdocs.yml` project elsewhere still builds).
    static func defaultTemplatesDir(projectRoot: String) -> String {
        let local = PathUtilities.absolute("templates", relativeTo: projectRoot)
        if FileManager.default.fileExists(atPath: local + "/page.mustache") { return local }
        return bundledTemplatesDir
    }

    /// `templates/` at the root of the package this file was compiled in.
    static var bundledTemplatesDir: String {
        let thisFile = PathUtilities.normalized(#filePath)
        return PathUtilities.absolute("../../../templates", relativeTo: PathUtilities.folder(of: thisFile))
    }
}
