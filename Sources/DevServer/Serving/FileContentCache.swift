import NIOCore
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File contents kept in memory between requests, checked against the file on every read.
///
/// A dev server answers the same few pages and assets over and over; reading them once and
/// reusing the bytes while the file's identity (device, inode, size, modification time in
/// nanoseconds) is unchanged keeps it fast. A rebuilt file has a new identity, so it is read
/// again. Files above `maximumFileSize` are never kept; the cache empties when it grows past
/// `maximumTotalSize`.
final class FileContentCache: Sendable {
    /// What makes two reads of a path the same file.
    struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
        var size: Int
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
    }

    private struct Entry {
        var identity: Identity
        var contents: ByteBuffer
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var totalSize = 0
    }

    let maximumFileSize: Int
    let maximumTotalSize: Int
    private let state = Mutex(State())

    init(maximumFileSize: Int = 2 << 20, maximumTotalSize: Int = 128 << 20) {
        self.maximumFileSize = maximumFileSize
        self.maximumTotalSize = maximumTotalSize
    }

    /// The contents of the file at `path` after `transform`, from memory when the file is unchanged.
    func contents(ofFileAt path: String, transform: ([UInt8]) -> [UInt8]) throws(FileReadError) -> ByteBuffer {
        let file = try OpenFile(path: path)
        defer { file.release() }
        if let cached = state.withLock({ $0.entries[path] }), cached.identity == file.identity {
            return cached.contents
        }
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
    let identity: FileContentCache.Identity
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
        self.identity = FileContentCache.Identity(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int(info.st_size),
            modifiedSeconds: Int(info.st_mtim.tv_sec), modifiedNanoseconds: Int(info.st_mtim.tv_nsec))
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
