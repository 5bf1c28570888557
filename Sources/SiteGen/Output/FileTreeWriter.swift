import Foundation

/// Writes output files under a root folder (its folders made first with `makeFolders`).
struct FileTreeWriter: Sendable {
    var root: String

    struct WriteError: Error, LocalizedError, Sendable {
        var path: String
        var reason: String
        var errorDescription: String? { "\(path): \(reason)" }
    }

    /// Creates every folder the files at `paths` go in (parents first): the top-level folders,
    /// then what is in each of them, side by side.
    func makeFolders(for paths: [String]) throws {
        var folders = Set<String>()
        for path in paths {
            var folder = PathUtilities.folder(of: path)
            while !folder.isEmpty, folders.insert(folder).inserted {
                folder = PathUtilities.folder(of: folder)
            }
        }
        var byTop: [String: [String]] = [:]
        for folder in folders {
            let top = folder.split(separator: "/", maxSplits: 1).first.map(String.init) ?? folder
            if top != folder { byTop[top, default: []].append(folder) }
        }
        let tops = folders.filter { !$0.contains("/") }.sorted()
        if let failure = make(tops) { throw failure }
        let root = self.root
        let groups = tops.compactMap { byTop[$0] }
        let failures = ParallelWork.map(groups.count) { FileTreeWriter(root: root).make(groups[$0].sorted()) }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }

    /// Creates `folders` in order (an existing one is fine); the first failure.
    private func make(_ folders: [String]) -> WriteError? {
        for folder in folders where mkdir(root + "/" + folder, 0o755) != 0 && errno != EEXIST {
            return WriteError(path: folder, reason: String(cString: strerror(errno)))
        }
        return nil
    }

    /// Writes one file; returns the failure instead of throwing (files are written from several threads).
    /// With `replacing`, the bytes go to a temporary file renamed over the old one.
    func writeOne(_ file: OutputFile, replacing: Bool = false) -> WriteError? {
        let final = root + "/" + file.path
        let target = replacing ? final + ".sitegen-tmp" : final
        let failure = write(file, to: target)
        if failure == nil, replacing, rename(target, final) != 0 {
            unlink(target)
            return WriteError(path: file.path, reason: String(cString: strerror(errno)))
        }
        return failure
    }

    private func write(_ file: OutputFile, to target: String) -> WriteError? {
        switch file.content {
        case .generated:
            return write(file.resolved(), to: target)
        case .text(let text):
            var text = text
            let ok = text.withUTF8 { bytes in Self.writeBytes(bytes, to: target) }
            return ok ? nil : WriteError(path: file.path, reason: String(cString: strerror(errno)))
        case .copy(let source):
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: source))
                let ok = data.withUnsafeBytes { raw in Self.writeBytes(raw.bindMemory(to: UInt8.self), to: target) }
                return ok ? nil : WriteError(path: file.path, reason: String(cString: strerror(errno)))
            } catch {
                return WriteError(path: file.path, reason: error.localizedDescription)
            }
        }
    }

    /// Creates (or rewrites in place) `path` and writes `bytes` with POSIX calls (cheaper than
    /// Foundation's). A symbolic link at `path` is not followed, and a file with other hard links
    /// (a snapshot made with `cp -al`) is replaced, never changed, so no other copy sees the write.
    static func writeBytes(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) -> Bool {
        var fd = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        var info = stat()
        if fstat(fd, &info) == 0, info.st_nlink > 1 {
            close(fd)
            unlink(path)
            fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard fd >= 0 else { return false }
        }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        // Cut what is left of longer old contents only now: truncating an existing file to zero
        // first makes ext4 flush it to disk when it is closed (its replace-by-truncate safeguard).
        return info.st_size <= bytes.count || ftruncate(fd, off_t(bytes.count)) == 0
    }
}
