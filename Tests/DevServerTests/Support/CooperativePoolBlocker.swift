import Foundation

/// Occupies every thread of Swift's cooperative pool (one per core on Linux) while `body` runs,
/// as a test suite compiling snippets or driving a browser does. Call from a thread of your own
/// (`onOwnThread`): it waits until each blocker has started on a pool thread, which proves by
/// state, not by a delay, that the pool has no thread left.
enum CooperativePoolBlocker {
    static func whileBlocked<T>(_ body: () throws -> T) rethrows -> T {
        let width = ProcessInfo.processInfo.activeProcessorCount
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        for _ in 0..<width {
            Task.detached { occupy(started: started, release: release) }
        }
        for _ in 0..<width { started.wait() }
        defer { for _ in 0..<width { release.signal() } }
        return try body()
    }

    private static func occupy(started: DispatchSemaphore, release: DispatchSemaphore) {
        started.signal()
        release.wait()
    }
}
