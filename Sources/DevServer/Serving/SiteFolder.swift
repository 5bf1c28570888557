import SiteGen

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder `serve` publishes, and the only place it reads files from.
///
/// Every lookup resolves symbolic links (`realpath`) and checks the result is still inside the
/// folder's own real path, so a link pointing out of the site is treated as missing. The root's
/// real path is remembered with the identity (device, inode) of the folder it named: a build that
/// swaps in a new site folder has a new identity, so the root is resolved again.
///
/// `lookup` serves the requests: it remembers each path's checked real path with the identity of
/// the file found there, so a request for an unchanged file costs one `stat`; any change to what
/// the path reaches (a rebuilt file, a symlink swapped in) gives another identity and a full check.
///
///     let site = SiteFolder(path: "/project/site")
///     site.resolve("guia/index.html") // "/project/site/guia/index.html", or nil
///     site.lookup("guia/index.html")  // the same real path, with the file's kind and identity
struct SiteFolder: Sendable {
    /// What a path inside the site is.
    enum Kind: Equatable {
        case file
        case folder
    }

    /// A path inside the site, checked: where it really is, what it is, and which file it was.
    struct Found: Sendable {
        var realPath: String
        var kind: Kind
        var identity: FileIdentity
    }

    /// Absolute path of the site folder as configured (it may not exist before the first build).
    let path: String
    private let resolvedRoot = RootCache()
    private let checked = CheckedPaths()

    init(path: String) {
        self.path = path
    }

    /// The real absolute path of `relativePath` when it exists inside the site, else `nil`.
    func resolve(_ relativePath: String) -> String? {
        let candidate = relativePath.isEmpty ? path : path + "/" + relativePath
        guard let real = Self.realPath(candidate), let root = resolvedRoot.realPath(of: path) else { return nil }
        if Self.isInside(real, root) { return real }
        guard let freshRoot = resolvedRoot.realPath(of: path, forceResolve: true) else { return nil }
        return Self.isInside(real, freshRoot) ? real : nil
    }

    private static func isInside(_ real: String, _ root: String) -> Bool {
        real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// Whether the real path `resolvedPath` is a regular file, a folder, or something not served.
    static func kind(ofResolved resolvedPath: String) -> Kind? {
        var info = stat()
        guard stat(resolvedPath, &info) == 0 else { return nil }
        return kind(ofMode: info.st_mode)
    }

    private static func kind(ofMode mode: mode_t) -> Kind? {
        switch mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return nil
        }
    }

    /// The kind of `relativePath` inside the site, `nil` when missing or outside.
    func kind(of relativePath: String) -> Kind? {
        lookup(relativePath)?.kind
    }

    /// `relativePath` (already checked by `RequestPath`) when it names a file or folder inside the
    /// site, else `nil`.
    func lookup(_ relativePath: String) -> Found? {
        var info = stat()
        let candidate = relativePath.isEmpty ? path : path + "/" + relativePath
        guard stat(candidate, &info) == 0, let kind = Self.kind(ofMode: info.st_mode) else { return nil }
        let identity = FileIdentity(info)
        if let known = checked[relativePath], known.identity == identity { return known }
        guard let real = resolve(relativePath) else {
            checked[relativePath] = nil
            return nil
        }
        let found = Found(realPath: real, kind: kind, identity: identity)
        checked[relativePath] = found
        return found
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// The site root's real path, kept while `stat` finds the same folder (device and inode) there.
private final class RootCache: Sendable {
    private struct Entry {
        var device: UInt64
        var inode: UInt64
        var realPath: String
    }

    private let entry = Mutex<Entry?>(nil)

    func realPath(of path: String, forceResolve: Bool = false) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let (device, inode) = (UInt64(info.st_dev), UInt64(info.st_ino))
        if !forceResolve, let cached = entry.withLock({ $0 }), cached.device == device, cached.inode == inode {
            return cached.realPath
        }
        guard let real = SiteFolder.realPath(path) else { return nil }
        entry.withLock { $0 = Entry(device: device, inode: inode, realPath: real) }
        return real
    }
}

/// The paths `SiteFolder.lookup` has checked, with what it found (bounded: it empties past
/// `limit` entries, as a site rebuilt many times leaves stale ones).
private final class CheckedPaths: Sendable {
    private let entries = Mutex<[String: SiteFolder.Found]>([:])
    private let limit = 20_000

    subscript(relativePath: String) -> SiteFolder.Found? {
        get { entries.withLock { $0[relativePath] } }
        set {
            entries.withLock { entries in
                if entries.count >= limit { entries.removeAll() }
                entries[relativePath] = newValue
            }
        }
    }
}
