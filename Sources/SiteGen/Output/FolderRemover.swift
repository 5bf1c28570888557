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
        _ = ParallelWork.map(folders.count) { index in removeTree(path + "/" + folders[index]) }
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
    /// readable folder (a file or a symbolic link, which the caller unlinks: a link to a folder
    /// elsewhere is never listed through, so never emptied).
    private static func entries(of folder: String) -> (folders: [String], files: [String])? {
        guard let entries = FolderListing.entries(of: folder, followingLink: false) else { return nil }
        var folders: [String] = [], files: [String] = []
        for entry in entries {
            if entry.kind == .folder { folders.append(entry.name) } else { files.append(entry.name) }
        }
        return (folders, files)
    }
}
