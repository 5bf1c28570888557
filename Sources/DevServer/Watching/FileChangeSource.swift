#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Something that reports changed paths under a set of roots (inotify, or polling as a fallback).
protocol FileChangeSource: AnyObject {
    /// Blocks until paths change, `timeoutMilliseconds` pass (`-1`: no limit) or `wake` fires.
    /// Returns the changed absolute paths, `[]` on timeout, `nil` once `wake` has fired.
    func waitForChanges(timeoutMilliseconds: Int32) -> [String]?
    /// Watches `files` too (absolute paths, existing or not yet): changes to them are reported.
    func watch(files: [String])
}

/// A pipe that wakes a thread blocked in `poll()`: the watcher's stop button.
final class WakeSignal: Sendable {
    let readDescriptor: Int32
    private let writeDescriptor: Int32

    init() {
        var descriptors: [Int32] = [-1, -1]
        _ = pipe(&descriptors)
        readDescriptor = descriptors[0]
        writeDescriptor = descriptors[1]
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
    }

    deinit {
        close(readDescriptor)
        close(writeDescriptor)
    }

    /// Wakes every current and future `poll()` on `readDescriptor` (the byte is never read).
    func fire() {
        var byte: UInt8 = 1
        _ = write(writeDescriptor, &byte, 1)
    }
}
