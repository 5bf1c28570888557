import Foundation
import SiteGen

/// Turns file events into batches worth one rebuild each.
///
/// A batch starts with the first change and ends after `quietPeriod` without another one (or
/// `maximumDelay` after it started), so an editor's save or a `git checkout` is one rebuild.
/// Changes inside ignored folders (the site being written) and editor scratch files
/// (`.x.swp`, `x~`, `4913`, `.#x`) are dropped. Uses inotify on Linux, polling elsewhere.
final class ChangeWatcher: Sendable {
    /// Taken by the thread waiting in `nextBatch` (`stop` only needs `wake`).
    private let source: Mutex<any FileChangeSource>
    private let wake = WakeSignal()
    private let ignoredFolders: [String]
    private let quietMilliseconds: Int32
    private let maximumDelay: Duration
    /// Files watched besides the roots (`watch(files:)`).
    private let extraFiles = Mutex<Set<String>>([])

    init(roots: [String], ignoring ignoredFolders: [String], quietPeriod: Duration, maximumDelay: Duration = .milliseconds(500)) {
        #if canImport(Glibc)
        source = Mutex(InotifyChangeSource(roots: roots, wake: wake) ?? PollingChangeSource(roots: roots, wake: wake))
        #else
        source = Mutex(PollingChangeSource(roots: roots, wake: wake))
        #endif
        self.ignoredFolders = ignoredFolders.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        self.quietMilliseconds = Int32(quietPeriod.components.seconds * 1000 + quietPeriod.components.attoseconds / 1_000_000_000_000_000)
        self.maximumDelay = maximumDelay
    }

    /// Blocks until a batch of relevant changes is complete; `nil` once `stop()` was called.
    func nextBatch() -> [String]? {
        source.withLock { source in nextBatch(from: source) }
    }

    private func nextBatch(from source: any FileChangeSource) -> [String]? {
        var batch = Set<String>()
        while batch.isEmpty {
            guard let changes = source.waitForChanges(timeoutMilliseconds: -1) else { return nil }
            batch.formUnion(changes.filter(isRelevant))
        }
        let clock = ContinuousClock()
        let deadline = clock.now + maximumDelay
        while clock.now < deadline {
            guard let changes = source.waitForChanges(timeoutMilliseconds: quietMilliseconds) else { return nil }
            if changes.isEmpty { break }
            batch.formUnion(changes.filter(isRelevant))
        }
        return batch.sorted()
    }

    /// Watches `files` too (the files pages include, found by each build), from the next batch on.
    /// Call it between batches: it waits for a batch being gathered to end.
    func watch(files: Set<String>) {
        let new = extraFiles.withLock { known in
            let new = files.subtracting(known)
            known.formUnion(new)
            return new.sorted()
        }
        guard !new.isEmpty else { return }
        source.withLock { $0.watch(files: new) }
    }

    /// Makes the current and every later `nextBatch()` return nil.
    func stop() {
        wake.fire()
    }

    private func isRelevant(_ path: String) -> Bool {
        guard !ignoredFolders.contains(where: { path.hasPrefix($0) || path + "/" == $0 }) else { return false }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let scratch = name.hasSuffix("~") || name.hasPrefix(".#") || name == "4913"
            || (name.hasPrefix(".") && (name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasSuffix(".swpx")))
        return !scratch
    }
}
