import Foundation

/// Reads a file an include names, as the lines an include inserts.
enum IncludedFile {
    /// The file's lines without terminators (CRLF and CR read as LF, a byte-order mark dropped).
    /// A file ending in a line break has a final empty line, an empty file has none, as
    /// pymdownx.snippets reads them. `nil` when the file cannot be read or is not UTF-8.
    static func lines(atPath path: String) -> [String]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard case .success(let text) = SourceText.decode([UInt8](data)) else { return nil }
        if text.isEmpty { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// True when `path` names an existing regular file (not a folder).
    static func isFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }

    /// True when `path` names an existing folder.
    static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
