import Foundation

/// Deletes a folder and everything in it, fast: the top-level subfolders are deleted in parallel
/// (unlinking is mostly kernel time, which both cores can share), each tree walked without
/// recursion (deep trees cannot overflow the stack), with plain POSIX calls. Symbolic links are
/// removed, never followed.
enum FolderRemover {
    /// Removes `path`; true when it no longer exists.
    @discardableResult
    static func remove(_ path: String) -> Bool {
        guard let top = entries(of: path) else { return unlink(path) == 0 || errno == ENOENT }
        for file in top.files { unlink(path + "/" + file) }
        let folders = top.folders
        _ = parallelMap(folders.count) { index in removeTree(path + "/" + folders[index]) }
        return rmdir(path) == 0 || errno == ENOENT
    }

    /// Removes one tree depth-first with an explicit stack of folders still to empty.
    private static func removeTree(_ root: String) -> Bool {
        var stack: [(path: String, expanded: Bool)] = [(root, false)]
        var ok = true
        while let (folder, expanded) = stack.popLast() {
            if expanded {
                ok = (rmdir(folder) == 0 || errno == ENOENT) && ok
                continue
            }
            guard let listing = entries(of: folder) else {
                ok = (unlink(folder) == 0 || errno == ENOENT) && ok
                continue
            }
            for file in listing.files { ok = (unlink(folder + "/" + file) == 0 || errno == ENOENT) && ok }
            stack.append((folder, true))
            for sub in listing.folders { stack.append((folder + "/" + sub, false)) }
        }
        return ok
    }

    /// The names in `folder`, split into real folders and everything else; nil when it is not a
    /// readable folder (a file or a symbolic link, which the caller unlinks: `O_NOFOLLOW`, so a
    /// link to a folder elsewhere is never emptied).
    private static func entries(of folder: String) -> (folders: [String], files: [String])? {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        guard let stream = fdopendir(descriptor) else {
            close(descriptor)
            return nil
        }
        defer { closedir(stream) }
        var folders: [String] = [], files: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isFolder = lstat(folder + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder { folders.append(name) } else { files.append(name) }
        }
        return (folders, files)
    }
}
