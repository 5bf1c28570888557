import Foundation

/// The files of a docs folder: Markdown pages to parse and other files to copy as-is.
/// Hidden files and folders (`.git`, `.DS_Store`) are skipped. Paths are docs-relative and sorted.
struct DocsScan: Sendable, Equatable {
    var markdownFiles: [String] = []
    var otherFiles: [String] = []

    /// Lists `docsDir` (nothing when it does not exist). Only regular files count: symbolic links
    /// are skipped, and folders are walked without recursion, with `readdir` (no per-file stat).
    static func scan(_ docsDir: String) -> DocsScan {
        var scan = DocsScan()
        var pending = [""]
        while let folder = pending.popLast() {
            let absolute = folder.isEmpty ? docsDir : docsDir + "/" + folder
            for entry in FolderListing.entries(of: absolute) ?? [] where !entry.name.hasPrefix(".") {
                let relative = folder.isEmpty ? entry.name : folder + "/" + entry.name
                switch entry.kind {
                case .folder:
                    pending.append(relative)
                case .file:
                    let lower = entry.name.lowercased()
                    if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
                        scan.markdownFiles.append(relative)
                    } else {
                        scan.otherFiles.append(relative)
                    }
                case .other:
                    continue
                }
            }
        }
        scan.markdownFiles.sort()
        scan.otherFiles.sort()
        return scan
    }
}
