#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds changes by comparing modification times every `interval`: the fallback when inotify is
/// unavailable (another OS, or the watch limit reached). Slower, but needs nothing from the kernel.
final class PollingChangeSource: FileChangeSource {
    private struct Stamp: Equatable {
        var size: Int
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
    }

    private var roots: [String]
    private let wake: WakeSignal
    private let intervalMilliseconds: Int32
    private var snapshot: [String: Stamp]

    init(roots: [String], wake: WakeSignal, intervalMilliseconds: Int32 = 250) {
        self.roots = roots
        self.wake = wake
        self.intervalMilliseconds = intervalMilliseconds
        self.snapshot = Self.scan(roots)
    }

    func waitForChanges(timeoutMilliseconds: Int32) -> [String]? {
        var waited: Int32 = 0
        while true {
            let step = timeoutMilliseconds < 0 ? intervalMilliseconds : min(intervalMilliseconds, timeoutMilliseconds - waited)
            var entry = pollfd(fd: wake.readDescriptor, events: Int16(POLLIN), revents: 0)
            if poll(&entry, 1, step) > 0 { return nil }
            waited += step
            let current = Self.scan(roots)
            let changed = Set(current.keys).union(snapshot.keys).filter { current[$0] != snapshot[$0] }
            snapshot = current
            if !changed.isEmpty { return changed.sorted() }
            if timeoutMilliseconds >= 0, waited >= timeoutMilliseconds { return [] }
        }
    }

    func watch(files: [String]) {
        roots += files
        snapshot.merge(Self.scan(files)) { current, _ in current }
    }

    /// Every file and folder under `roots` with its stamp (`lstat`: links are not followed).
    private static func scan(_ roots: [String]) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        var pending = roots
        while let path = pending.popLast() {
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            stamps[path] = Stamp(size: Int(info.st_size), seconds: Int(info.st_mtim.tv_sec),
                                 nanoseconds: Int(info.st_mtim.tv_nsec), inode: UInt64(info.st_ino))
            guard info.st_mode & S_IFMT == S_IFDIR, let directory = opendir(path) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." { pending.append(path + "/" + name) }
            }
        }
        return stamps
    }
}
