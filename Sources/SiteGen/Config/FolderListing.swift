import Foundation

/// A folder's entries read with `readdir`, each with what it is: the one place sitegen lists
/// folders (docs scan, old-site removal, recycled-tree pruning). No stat per entry unless the
/// filesystem does not say the type.
enum FolderListing {
    /// What an entry is, without following symbolic links.
    enum Kind: Equatable {
        case folder, file, other
    }

    struct Entry {
        var name: String
        var kind: Kind
    }

    /// The entries of `folder` (`.` and `..` left out), or nil when it cannot be listed. With
    /// `followingLink` false, a symbolic link at `folder` itself is not listed through (nil).
    static func entries(of folder: String, followingLink: Bool = true) -> [Entry]? {
        let flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | (followingLink ? 0 : O_NOFOLLOW)
        let descriptor = open(folder, flags)
        guard descriptor >= 0 else { return nil }
        guard let stream = fdopendir(descriptor) else {
            close(descriptor)
            return nil
        }
        defer { closedir(stream) }
        var entries: [Entry] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self)) }
            if name == "." || name == ".." { continue }
            entries.append(Entry(name: name, kind: kind(of: entry.pointee.d_type, at: folder + "/" + name)))
        }
        return entries
    }

    private static func kind(of type: UInt8, at path: String) -> Kind {
        switch Int32(type) {
        case Int32(DT_DIR): return .folder
        case Int32(DT_REG): return .file
        case Int32(DT_UNKNOWN):
            var info = stat()
            guard lstat(path, &info) == 0 else { return .other }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return .folder
            case S_IFREG: return .file
            default: return .other
            }
        default: return .other
        }
    }
}
