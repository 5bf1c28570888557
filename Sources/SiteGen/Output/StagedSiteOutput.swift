import Foundation

/// Writes a whole site into a temporary folder next to `site_dir` (same filesystem), then swaps
/// it in with renames: old → backup, new → site_dir, backup kept as the next build's staging
/// folder (`RecycledSiteTree`). If anything fails the temporary folder is removed and the
/// previous site is left (or put back) as it was.
struct StagedSiteOutput: SiteOutput {
    var siteDir: String
    /// The temporary folder the files go to.
    let staging: String
    private let writer: FileTreeWriter
    /// False for a build nobody rebuilds from (`sitegen build`): the files are not fingerprinted.
    let fingerprints: Bool

    /// Prepares the staging folder for a site of `paths` (site-relative): the recycled tree
    /// pruned to them, or a new folder; then every folder they go in.
    init(siteDir: String, paths: [String], fingerprints: Bool = true) throws {
        let parent = PathUtilities.folder(of: siteDir)
        let name = (siteDir as NSString).lastPathComponent
        self.siteDir = siteDir
        self.fingerprints = fingerprints
        staging = parent + "/.\(name).new-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        writer = FileTreeWriter(root: staging)
        do {
            if RecycledSiteTree(siteDir: siteDir).claim(as: staging) {
                RecycledSiteTree.prune(staging, keeping: paths)
            } else {
                try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
            }
            try writer.makeFolders(for: paths)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
    }

    func put(_ file: OutputFile) -> FilePut {
        let file = file.resolved()
        let failure = writer.writeOne(file)
        return FilePut(path: file.path, fingerprint: fingerprints ? file.fingerprint : nil, wrote: failure == nil, failure: failure?.reason)
    }

    /// Swaps the staging folder in when every file was written; else removes it.
    func finish(_ puts: [FilePut]) -> OutputOutcome {
        if let failed = puts.first(where: { $0.failure != nil }) {
            try? FileManager.default.removeItem(atPath: staging)
            return OutputOutcome(changedFiles: [], files: [:],
                                 diagnostics: [.error("cannot write the site: \(failed.path): \(failed.failure ?? "")")], complete: false)
        }
        let problems = swap()
        guard problems.isEmpty else { return OutputOutcome(changedFiles: [], files: [:], diagnostics: problems, complete: false) }
        return OutputOutcome(changedFiles: puts.map(\.path), files: Dictionary(puts.compactMap { put in put.fingerprint.map { (put.path, $0) } }, uniquingKeysWith: { $1 }),
                             diagnostics: [], complete: true)
    }

    private func swap() -> [Diagnostic] {
        let fileManager = FileManager.default
        let backup = staging.replacingOccurrences(of: ".new-", with: ".old-")
        let hadSite = fileManager.fileExists(atPath: siteDir)
        if hadSite, rename(siteDir, backup) != 0 {
            try? fileManager.removeItem(atPath: staging)
            return [.error("cannot move the old site aside: \(String(cString: strerror(errno)))")]
        }
        if rename(staging, siteDir) != 0 {
            let reason = String(cString: strerror(errno))
            if hadSite { _ = rename(backup, siteDir) }
            try? fileManager.removeItem(atPath: staging)
            return [.error("cannot move the new site into place: \(reason)")]
        }
        if hadSite { RecycledSiteTree(siteDir: siteDir).keep(backup) }
        return []
    }
}
