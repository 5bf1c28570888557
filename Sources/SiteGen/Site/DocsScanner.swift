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
            guard let stream = opendir(absolute) else { continue }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self)) }
                if name.hasPrefix(".") { continue }
                let relative = folder.isEmpty ? name : folder + "/" + name
                var type = entry.pointee.d_type
                if type == UInt8(DT_UNKNOWN) {
                    var info = stat()
                    guard lstat(docsDir + "/" + relative, &info) == 0 else { continue }
                    type = (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? UInt8(DT_REG) : 0
                }
                if type == UInt8(DT_DIR) {
                    pending.append(relative)
                } else if type == UInt8(DT_REG) {
                    let lower = name.lowercased()
                    if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
                        scan.markdownFiles.append(relative)
                    } else {
                        scan.otherFiles.append(relative)
                    }
                }
            }
        }
        scan.markdownFiles.sort()
        scan.otherFiles.sort()
        return scan
    }
}
