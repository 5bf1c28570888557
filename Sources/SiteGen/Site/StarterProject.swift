import Foundation

/// `sitegen new DIR`: a starter project (`sitegen.yml`, `content/index.md`) that builds with no
/// warnings, in Spanish or English.
///
///     let written = try StarterProject(language: "en").write(to: "/tmp/docs")
public struct StarterProject: Sendable {
    /// `es` or `en` (anything not Spanish gets the English starter).
    public var language: String

    public init(language: String = "es") {
        self.language = language
    }

    /// What the project's files are refused for: an existing config would be overwritten.
    public struct AlreadyAProject: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "\(path) already exists; nothing was written" }
    }

    /// The files, by path relative to the project folder.
    public var files: [(path: String, text: String)] {
        let spanish = LocalizedStrings.forLanguage(language).languageCode == "es"
        let config = spanish
            ? "site_name: Mi documentación\ntheme:\n  language: es\nnav:\n  - Inicio: index.md\n"
            : "site_name: My documentation\ntheme:\n  language: en\nnav:\n  - Home: index.md\n"
        let page = spanish
            ? "# Bienvenida\n\nEsta es la página de inicio. Escribe en `content/` y ejecuta `sitegen serve`.\n\n!!! tip\n    Cada archivo `.md` de `content/` es una página.\n"
            : "# Welcome\n\nThis is the home page. Write in `content/` and run `sitegen serve`.\n\n!!! tip\n    Every `.md` file in `content/` is a page.\n"
        return [("sitegen.yml", config), ("content/index.md", page)]
    }

    /// Writes the files into `folder` (created if needed); refuses when it already has a
    /// `sitegen.yml`, `mkdocs.yml` or `content/index.md`. Returns the paths written.
    @discardableResult
    public func write(to folder: String) throws -> [String] {
        let fileManager = FileManager.default
        for existing in ["sitegen.yml", "mkdocs.yml", "content/index.md"] where fileManager.fileExists(atPath: folder + "/" + existing) {
            throw AlreadyAProject(path: folder + "/" + existing)
        }
        var written: [String] = []
        for (path, text) in files {
            let full = folder + "/" + path
            try fileManager.createDirectory(atPath: PathUtilities.folder(of: full), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
            written.append(full)
        }
        return written
    }
}
