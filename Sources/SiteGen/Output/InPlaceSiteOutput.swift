import Foundation

/// Updates a site folder in place for a rebuild: writes only files whose bytes changed (each to a
/// temporary file renamed into place, so a reader never sees half a page) and, at the end,
/// deletes the files the site no longer has (and the folders that leaves empty).
struct InPlaceSiteOutput: SiteOutput {
    var siteDir: String
    /// Site-relative path → fingerprint of what the folder holds (what the last builds wrote).
    var previous: [String: Int]
    /// Every path the site now holds, put this build or not.
    var expected: Set<String>
    /// Absolute paths of the sources that changed (copies of them are written whatever their fingerprint).
    var changedSources: Set<String>
    private let writer: FileTreeWriter

    /// Prepares to update `siteDir` to a site of `paths` (site-relative): the folders of new paths.
    init(siteDir: String, paths: [String], previous: [String: Int], changedSources: Set<String>) throws {
        self.siteDir = siteDir
        self.previous = previous
        self.expected = Set(paths)
        self.changedSources = changedSources
        writer = FileTreeWriter(root: siteDir)
        try writer.makeFolders(for: paths.filter { previous[$0] == nil })
    }

    func put(_ file: OutputFile) -> FilePut {
        let file = file.resolved()
        let fingerprint = file.fingerprint
        var sourceChanged = false
        if case .copy(let source) = file.content { sourceChanged = changedSources.contains(source) }
        guard previous[file.path] != fingerprint || sourceChanged else {
            return FilePut(path: file.path, fingerprint: fingerprint, wrote: false)
        }
        let failure = writer.writeOne(file, replacing: true)
        return FilePut(path: file.path, fingerprint: fingerprint, wrote: failure == nil, failure: failure?.reason)
    }

    /// Deletes what the site no longer has; reports what changed and what could not be written.
    func finish(_ puts: [FilePut]) -> OutputOutcome {
        let failures = puts.filter { $0.failure != nil }
        let removed = previous.keys.filter { !expected.contains($0) }.sorted()
        for path in removed { unlink(siteDir + "/" + path) }
        removeEmptiedFolders(of: removed)
        var files = previous.filter { expected.contains($0.key) }
        for put in puts { files[put.path] = put.failure == nil ? put.fingerprint : nil }
        return OutputOutcome(changedFiles: puts.filter(\.wrote).map(\.path) + removed, files: files,
                             diagnostics: failures.map { .error("cannot write the site: \($0.path): \($0.failure ?? "")") },
                             complete: failures.isEmpty)
    }

    /// Removes the folders of `removed` files left empty, deepest first (`rmdir` leaves the others).
    private func removeEmptiedFolders(of removed: [String]) {
        var folders = Set<String>()
        for path in removed {
            var folder = PathUtilities.folder(of: path)
            while !folder.isEmpty, folders.insert(folder).inserted { folder = PathUtilities.folder(of: folder) }
        }
        for folder in folders.sorted(by: { $0.count > $1.count }) { rmdir(siteDir + "/" + folder) }
    }
}
