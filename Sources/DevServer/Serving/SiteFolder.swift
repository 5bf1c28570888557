#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder `serve` publishes, and the only place it reads files from.
///
/// Every lookup resolves symbolic links (`realpath`) and checks the result is still inside the
/// folder's own real path, so a link pointing out of the site is treated as missing. The root is
/// resolved on each lookup: a build that swaps in a new site folder is picked up at once.
///
///     let site = SiteFolder(path: "/project/site")
///     site.resolve("guia/index.html") // "/project/site/guia/index.html", or nil
struct SiteFolder: Sendable {
    /// What a path inside the site is.
    enum Kind: Equatable {
        case file
        case folder
    }

    /// Absolute path of the site folder as configured (it may not exist before the first build).
    let path: String

    /// The real absolute path of `relativePath` when it exists inside the site, else `nil`.
    func resolve(_ relativePath: String) -> String? {
        guard let root = Self.realPath(path) else { return nil }
        let candidate = relativePath.isEmpty ? path : path + "/" + relativePath
        guard let real = Self.realPath(candidate) else { return nil }
        guard real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/") else { return nil }
        return real
    }

    /// Whether the real path `resolvedPath` is a regular file, a folder, or something not served.
    static func kind(ofResolved resolvedPath: String) -> Kind? {
        var info = stat()
        guard stat(resolvedPath, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return nil
        }
    }

    /// The kind of `relativePath` inside the site, `nil` when missing or outside.
    func kind(of relativePath: String) -> Kind? {
        resolve(relativePath).flatMap(Self.kind(ofResolved:))
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
