import Foundation

/// The files of a docs folder: Markdown pages to parse and other files to copy as-is.
/// Hidden files and folders (`.git`, `.DS_Store`) are skipped. Paths are docs-relative and sorted.
struct DocsScan: Sendable, Equatable {
    var markdownFiles: [String] = []
    var otherFiles: [String] = []

    /// Lists `docsDir` (nothing when it does not exist).
    static func scan(_ docsDir: String) -> DocsScan {
        var scan = DocsScan()
        let fileManager = FileManager.default
        let root = URL(fileURLWithPath: docsDir, isDirectory: true)
        guard let enumerator = fileManager.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else { return scan }
        let prefix = root.standardizedFileURL.path + "/"
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix) else { continue }
            let relative = String(path.dropFirst(prefix.count))
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let lower = relative.lowercased()
            if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
                scan.markdownFiles.append(relative)
            } else {
                scan.otherFiles.append(relative)
            }
        }
        scan.markdownFiles.sort()
        scan.otherFiles.sort()
        return scan
    }
}
