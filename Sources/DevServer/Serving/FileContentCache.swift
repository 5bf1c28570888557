import NIOCore
import SiteGen

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File contents kept in memory between requests, keyed by real path and file identity.
///
/// A dev server answers the same few pages and assets over and over; reading them once and
/// reusing the bytes while the file's identity (`FileIdentity`) is unchanged keeps it fast. A
/// rebuilt file has a new identity, so it is read again. Files above `maximumFileSize` are never
/// kept; the cache empties when it grows past `maximumTotalSize`.
final class FileContentCache: Sendable {
    private struct Entry {
        var identity: FileIdentity
        var contents: ByteBuffer
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var totalSize = 0
    }

    let maximumFileSize: Int
    let maximumTotalSize: Int
    private let state = Mutex(State())

    init(maximumFileSize: Int = 8 << 20, maximumTotalSize: Int = 256 << 20) {
        self.maximumFileSize = maximumFileSize
        self.maximumTotalSize = maximumTotalSize
    }

    /// The contents of the file at `path` after `transform`: from memory when the file kept there
    /// has `identity` (what a `stat` of the path just gave), else read from disk.
    func contents(ofFileAt path: String, identity: FileIdentity, transform: ([UInt8]) -> [UInt8]) throws(FileReadError) -> ByteBuffer {
        if let cached = state.withLock({ $0.entries[path] }), cached.identity == identity {
            return cached.contents
        }
        let file = try OpenFile(path: path)
        defer { file.release() }
        let contents = ByteBuffer(bytes: transform(try file.readAll()))
        if file.identity.size <= maximumFileSize {
            store(Entry(identity: file.identity, contents: contents), for: path)
        }
        return contents
    }

    private func store(_ entry: Entry, for path: String) {
        state.withLock { state in
            if state.totalSize + entry.contents.readableBytes > maximumTotalSize {
                state = State()
            }
            state.totalSize += entry.contents.readableBytes - (state.entries[path]?.contents.readableBytes ?? 0)
            state.entries[path] = entry
        }
    }
}

/// A file could not be opened or read while serving it.
struct FileReadError: Error {
    var path: String
    var errno: Int32
}

/// An open file descriptor with the identity `fstat` gave when it was opened.
private struct OpenFile {
    let descriptor: Int32
    let identity: FileIdentity
    let path: String

    init(path: String) throws(FileReadError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileReadError(path: path, errno: errno) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let code = errno
            close(descriptor)
            throw FileReadError(path: path, errno: code)
        }
        self.descriptor = descriptor
        self.path = path
        self.identity = FileIdentity(info)
    }

    func readAll() throws(FileReadError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: identity.size)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: 4096)) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileReadError(path: path, errno: errno)
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    func release() {
        _ = close(descriptor)
    }
}
