import Foundation

/// The previous site, kept after a swap as `.<site>.recycle` next to the site folder, becomes the
/// next build's staging folder: its files are rewritten in place instead of being deleted and
/// created again. Creating and deleting thousands of files and folders is most of a build's
/// kernel time (measured: deleting 1,000 pages' folders took longer than building them), so a
/// rebuild only pays for the bytes, as Hugo's in-place `public/` does, while the swap stays atomic.
///
/// Whatever a recycled tree holds that the new site does not (pages since deleted, symbolic links,
/// a folder where a file now goes) is removed before writing; links are never followed.
struct RecycledSiteTree {
    /// The site folder the tree belongs to.
    var siteDir: String

    /// `.<name>.recycle` next to the site folder.
    var path: String {
        PathUtilities.folder(of: siteDir) + "/." + (siteDir as NSString).lastPathComponent + ".recycle"
    }

    /// Moves the recycled tree to `staging` (one rename, so two builds can never share it);
    /// false when there is none to take (the caller creates an empty staging folder).
    func claim(as staging: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return false }
        return rename(path, staging) == 0
    }

    /// Keeps the replaced site (moved aside to `backup`) for the next build; deletes it when it
    /// cannot be kept.
    func keep(_ backup: String) {
        if rename(backup, path) != 0 { FolderRemover.remove(backup) }
    }

    /// Removes from the tree at `root` everything that is not one of the files at `paths` or a
    /// folder holding one of them: stale pages, symbolic links, special files. The top-level
    /// folders are walked side by side (listing a large site's folders is mostly waiting).
    static func prune(_ root: String, keeping paths: [String]) {
        let keptFiles = Set(paths)
        var keptFolders = Set<String>()
        for path in paths {
            var folder = PathUtilities.folder(of: path)
            while !folder.isEmpty, keptFolders.insert(folder).inserted { folder = PathUtilities.folder(of: folder) }
        }
        let kept = (files: keptFiles, folders: keptFolders)
        let topFolders = prune(root, from: [""], keeping: kept, descending: false)
        _ = ParallelWork.map(topFolders.count) { prune(root, from: [topFolders[$0]], keeping: kept, descending: true) }
    }

    /// Prunes the folders `start` (relative to `root`), and with `descending` the kept folders in
    /// them, recursively; returns the kept folders it did not descend into.
    private static func prune(_ root: String, from start: [String], keeping kept: (files: Set<String>, folders: Set<String>),
                              descending: Bool) -> [String] {
        var pending = start
        var notVisited: [String] = []
        while let folder = pending.popLast() {
            let absolute = folder.isEmpty ? root : root + "/" + folder
            for entry in FolderListing.entries(of: absolute, followingLink: false) ?? [] {
                let relative = folder.isEmpty ? entry.name : folder + "/" + entry.name
                switch entry.kind {
                case .folder:
                    if !kept.folders.contains(relative) {
                        FolderRemover.remove(root + "/" + relative)
                    } else if descending {
                        pending.append(relative)
                    } else {
                        notVisited.append(relative)
                    }
                case .file where kept.files.contains(relative):
                    continue
                default:
                    // Links, special files and stale files: gone (a link is unlinked, never followed).
                    unlink(root + "/" + relative)
                }
            }
        }
        return notVisited
    }
}
