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

    /// The file, checked to be inside the site (`SiteFolder.lookup`).
    typealias FileIdentifier = SiteFolder.Found

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

    func getFileIdentifier(_ path: String) -> SiteFolder.Found? {
        site.lookup(String(path.drop { $0 == "/" }))
    }

    /// The attributes of `id` as served.
    func getAttributes(id: SiteFolder.Found) async throws -> FileAttributes? {
        let isFolder = id.kind == .folder
        var size = id.identity.size
        if !isFolder, let injection, LiveReloadInjection.isHTML(id.realPath) { size += injection.tag.count }
        let modified = Double(id.identity.modifiedSeconds) + Double(id.identity.modifiedNanoseconds) / 1_000_000_000
        return FileAttributes(isFolder: isFolder, size: size, modificationDate: Date(timeIntervalSince1970: modified))
    }

    func loadFile(id: SiteFolder.Found, context: some RequestContext) async throws -> ResponseBody {
        if let buffer = try contentsInMemory(of: id) { return ResponseBody(byteBuffer: buffer) }
        return try await fileIO.loadFile(path: id.realPath, context: context)
    }

    func loadFile(id: SiteFolder.Found, range: ClosedRange<Int>, context: some RequestContext) async throws -> ResponseBody {
        if let buffer = try contentsInMemory(of: id) {
            let lower = min(range.lowerBound, buffer.readableBytes)
            let upper = min(range.upperBound + 1, buffer.readableBytes)
            return ResponseBody(byteBuffer: buffer.getSlice(at: buffer.readerIndex + lower, length: upper - lower) ?? ByteBuffer())
        }
        return try await fileIO.loadFile(path: id.realPath, range: range, context: context)
    }

    /// The served bytes of `file` when it is HTML (always read, to inject) or small enough to cache.
    private func contentsInMemory(of file: SiteFolder.Found) throws -> ByteBuffer? {
        if let injection, LiveReloadInjection.isHTML(file.realPath) {
            return try cache.contents(ofFileAt: file.realPath, identity: file.identity, transform: injection.inject(into:))
        }
        guard file.identity.size <= cache.maximumFileSize else { return nil }
        return try cache.contents(ofFileAt: file.realPath, identity: file.identity) { $0 }
    }
}
