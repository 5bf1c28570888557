import Foundation

/// Updates a site folder in place for a rebuild: writes only files whose bytes changed (each to a
/// temporary file renamed into place, so a reader never sees half a page), copies only changed
/// assets, and deletes files no longer produced.
struct IncrementalSiteWriter {
    var siteDir: String
    var docsDir: String
    /// Absolute paths of the sources that changed (copied assets among them are re-copied).
    var changedSources: Set<String>

    struct Outcome {
        var written: [String: Int]
        var changedFiles: [String]
        var diagnostics: [Diagnostic]
    }

    /// Writes what differs from `previous` (path → fingerprint); `expected` is every path the site
    /// should now contain (pages not re-rendered included).
    func update(files: [OutputFile], expected: Set<String>, previous: [String: Int]) -> Outcome {
        var written = previous.filter { expected.contains($0.key) }
        var toWrite: [OutputFile] = []
        for file in files {
            let fingerprint = file.fingerprint
            let sourceChanged: Bool
            if case .copy(let source) = file.content { sourceChanged = changedSources.contains(source) } else { sourceChanged = false }
            if previous[file.path] != fingerprint || sourceChanged { toWrite.append(file) }
            written[file.path] = fingerprint
        }
        var diagnostics: [Diagnostic] = []
        let writer = FileTreeWriter(root: siteDir)
        do {
            try writer.makeFolders(for: toWrite)
        } catch {
            return Outcome(written: previous, changedFiles: [], diagnostics: [.error("cannot write the site: \(error.localizedDescription)")])
        }
        let batch = toWrite
        let failures = parallelMap(batch.count) { index in writer.writeOne(batch[index], replacing: true) }.compactMap { $0 }
        for failure in failures {
            diagnostics.append(.error("cannot write the site: \(failure.localizedDescription)"))
            written[failure.path] = nil
        }
        let removed = previous.keys.filter { !expected.contains($0) }.sorted()
        for path in removed { unlink(siteDir + "/" + path) }
        return Outcome(written: written, changedFiles: toWrite.map(\.path) + removed, diagnostics: diagnostics)
    }
}

extension OutputFile {
    /// A hash of what the file will contain (for copies: the source path, size and modification time).
    var fingerprint: Int {
        var hasher = Hasher()
        switch content {
        case .text(let text):
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        case .copy(let source):
            hasher.combine(source)
            var info = stat()
            if stat(source, &info) == 0 {
                hasher.combine(info.st_size)
                hasher.combine(info.st_mtim.tv_sec)
                hasher.combine(info.st_mtim.tv_nsec)
            }
        }
        return hasher.finalize()
    }
}
