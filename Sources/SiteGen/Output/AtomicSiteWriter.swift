import Foundation

/// Writes a whole site into a temporary folder next to `site_dir` (same filesystem), then swaps
/// it in with renames: old → backup, new → site_dir, backup kept as the next build's staging
/// folder (`RecycledSiteTree`). If anything fails the temporary folder is removed and the
/// previous site is left (or put back) as it was.
struct AtomicSiteWriter {
    var siteDir: String

    /// Writes `files`; returns the problems (none means the new site is in place).
    func write(_ files: [OutputFile]) -> [Diagnostic] {
        var timings = PhaseTimings()
        return write(files, timings: &timings)
    }

    /// `write(_:)`, recording the time of writing and of swapping in `timings`.
    func write(_ files: [OutputFile], timings: inout PhaseTimings) -> [Diagnostic] {
        let fileManager = FileManager.default
        let parent = PathUtilities.folder(of: siteDir)
        let name = (siteDir as NSString).lastPathComponent
        let token = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent + "/.\(name).new-\(token)"
        let backup = parent + "/.\(name).old-\(token)"
        let recycled = RecycledSiteTree(siteDir: siteDir)
        do {
            if recycled.claim(as: staging) {
                RecycledSiteTree.prune(staging, keeping: files)
            } else {
                try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            }
            try FileTreeWriter(root: staging).write(files)
        } catch {
            try? fileManager.removeItem(atPath: staging)
            return [.error("cannot write the site: \(error.localizedDescription)")]
        }
        timings.lap("write files")
        let problems = swap(staging: staging, backup: backup)
        timings.lap("swap in")
        return problems
    }

    private func swap(staging: String, backup: String) -> [Diagnostic] {
        let fileManager = FileManager.default
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
