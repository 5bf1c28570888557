#if canImport(Glibc)
import Glibc

/// Reports changes under the roots with Linux inotify, watching every folder below them.
///
/// Each root's parent folder is watched too, for that one name only: an editor that saves the
/// config by renaming a temporary file over it, or a `templates/` folder created later, are seen.
/// Folders created under a root get their own watch at once, and the files already in them are
/// reported. A full event queue (`IN_Q_OVERFLOW`) reports the roots themselves.
final class InotifyChangeSource: FileChangeSource {
    private struct Watch {
        var path: String
        var recursive: Bool
        /// Names reported in a non-recursive (parent) watch.
        var names: Set<String>
    }

    private static let folderMask = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
        | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF) | UInt32(IN_ONLYDIR)

    private let descriptor: Int32
    private var roots: [String]
    private let wake: WakeSignal
    private var watches: [Int32: Watch] = [:]

    /// Fails (returns nil) when inotify is unavailable or a watch cannot be added (limit reached).
    init?(roots: [String], wake: WakeSignal) {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.roots = roots
        self.wake = wake
        for root in roots {
            let (parent, name) = Self.split(root)
            guard addWatch(parent, recursive: false, names: [name]) else { return nil }
            if Self.isFolder(root), addTree(root) == nil { return nil }
        }
    }

    deinit {
        close(descriptor)
    }

    /// Each file's folder, for that name only (as the roots' parents); a folder that does not
    /// exist yet is not watched.
    func watch(files: [String]) {
        for file in files {
            let (parent, name) = Self.split(file)
            if addWatch(parent, recursive: false, names: [name]) { roots.append(file) }
        }
    }

    func waitForChanges(timeoutMilliseconds: Int32) -> [String]? {
        var entries = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wake.readDescriptor, events: Int16(POLLIN), revents: 0)]
        let ready = poll(&entries, 2, timeoutMilliseconds)
        if entries[1].revents != 0 { return nil }
        guard ready > 0, entries[0].revents != 0 else { return [] }
        return readEvents()
    }

    /// Reads and interprets every queued event.
    private func readEvents() -> [String] {
        var changed: [String] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + 16 <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<min(offset + 16 + length, count)].prefix { $0 != 0 }
                changed += handle(wd: wd, mask: mask, name: String(decoding: nameBytes, as: UTF8.self))
                offset += 16 + length
            }
        }
        return changed
    }

    /// The paths one event reports, adding watches for new folders.
    private func handle(wd: Int32, mask: UInt32, name: String) -> [String] {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 { return roots }
        if mask & UInt32(IN_IGNORED) != 0 {
            watches[wd] = nil
            return []
        }
        guard let watch = watches[wd] else { return [] }
        guard !name.isEmpty else { return watch.recursive ? [watch.path] : [] }
        let path = watch.path + "/" + name
        guard watch.recursive || watch.names.contains(name) else { return [] }
        let createdFolder = mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0
        if createdFolder, let files = addTree(path) { return [path] + files }
        return [path]
    }

    /// Watches `folder` and every folder below it; returns the files found, nil if a watch failed.
    private func addTree(_ folder: String) -> [String]? {
        var files: [String] = []
        var pending = [folder]
        while let path = pending.popLast() {
            guard addWatch(path, recursive: true, names: []) else { return nil }
            guard let directory = opendir(path) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard name != ".", name != ".." else { continue }
                let child = path + "/" + name
                if Self.isFolder(child) { pending.append(child) } else { files.append(child) }
            }
        }
        return files
    }

    private func addWatch(_ path: String, recursive: Bool, names: Set<String>) -> Bool {
        let wd = inotify_add_watch(descriptor, path, Self.folderMask | UInt32(IN_MASK_ADD))
        guard wd >= 0 else { return errno == ENOENT || errno == ENOTDIR }
        var watch = watches[wd] ?? Watch(path: path, recursive: false, names: [])
        watch.recursive = watch.recursive || recursive
        watch.names.formUnion(names)
        watches[wd] = watch
        return true
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    private static func split(_ path: String) -> (parent: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let parent = String(path[..<slash])
        return (parent.isEmpty ? "/" : parent, String(path[path.index(after: slash)...]))
    }
}
#endif
