import Foundation
import Hummingbird

/// Hands `FileMiddleware` the files of the site folder, with what it lacks for a dev server.
///
/// - only real paths inside the site are found (`SiteFolder`), so symlinks pointing out are missing;
/// - modification times keep their nanoseconds, so the ETag changes after every rebuild, even
///   one finishing within the same second with the same size;
/// - HTML pages get the live-reload script, and their size includes it;
/// - small files are served from memory while unchanged (`FileContentCache`).
struct SiteFileProvider: FileProvider {
    /// What `FileMiddleware` needs to know of a file to answer (size as served, folder or not, mtime).
    struct FileAttributes: Sendable, FileMiddlewareFileAttributes {
        let isFolder: Bool
        let size: Int
        let modificationDate: Date
    }

    /// The file's real absolute path.
    typealias FileIdentifier = String

    let site: SiteFolder
    let injection: LiveReloadInjection?
    let cache: FileContentCache
    let fileIO: FileIO

    init(site: SiteFolder, injection: LiveReloadInjection?, cache: FileContentCache = FileContentCache()) {
        self.site = site
        self.injection = injection
        self.cache = cache
        self.fileIO = FileIO()
    }

    func getFileIdentifier(_ path: String) -> String? {
        site.resolve(String(path.drop { $0 == "/" }))
    }

    func getAttributes(id: String) async throws -> FileAttributes? {
        var info = stat()
        guard stat(id, &info) == 0 else { return nil }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG || kind == S_IFDIR else { return nil }
        let isFolder = kind == S_IFDIR
        var size = Int(info.st_size)
        if !isFolder, let injection, LiveReloadInjection.isHTML(id) { size += injection.tag.count }
        let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1_000_000_000
        return FileAttributes(isFolder: isFolder, size: size, modificationDate: Date(timeIntervalSince1970: modified))
    }

    func loadFile(id: String, context: some RequestContext) async throws -> ResponseBody {
        if let buffer = try contentsInMemory(of: id) { return ResponseBody(byteBuffer: buffer) }
        return try await fileIO.loadFile(path: id, context: context)
    }

    func loadFile(id: String, range: ClosedRange<Int>, context: some RequestContext) async throws -> ResponseBody {
        if let buffer = try contentsInMemory(of: id) {
            let lower = min(range.lowerBound, buffer.readableBytes)
            let upper = min(range.upperBound + 1, buffer.readableBytes)
            return ResponseBody(byteBuffer: buffer.getSlice(at: buffer.readerIndex + lower, length: upper - lower) ?? ByteBuffer())
        }
        return try await fileIO.loadFile(path: id, range: range, context: context)
    }

    /// The served bytes of `path` when it is HTML (always read, to inject) or small enough to cache.
    private func contentsInMemory(of path: String) throws -> ByteBuffer? {
        if let injection, LiveReloadInjection.isHTML(path) {
            return try cache.contents(ofFileAt: path, transform: injection.inject(into:))
        }
        var info = stat()
        guard stat(path, &info) == 0, Int(info.st_size) <= cache.maximumFileSize else { return nil }
        return try cache.contents(ofFileAt: path) { $0 }
    }
}
