import Foundation
import Testing
@testable import DevServer

/// The next batch from `watcher`, or nil if none came within `seconds` (the watcher is then stopped).
/// The time counts on the waiting thread itself, from the start of this wait only: a test resumed
/// late (other suites hold the cooperative pool) neither loses time nor meets an earlier wait's timer.
private func nextBatch(of watcher: ChangeWatcher, within seconds: Double = 5) async throws -> [String]? {
    try await onOwnThread {
        let finished = DispatchSemaphore(value: 0)
        Thread {
            if finished.wait(timeout: .now() + seconds) == .timedOut { watcher.stop() }
        }.start()
        defer { finished.signal() }
        return watcher.nextBatch()
    }
}

@Suite struct ChangeWatcherTests {
    @Test func aBurstOfWritesIsOneBatch() async throws {
        let root = try TemporaryFolder.make()
        try FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
        let watcher = ChangeWatcher(roots: [root + "/content"], ignoring: [], quietPeriod: .milliseconds(50))
        for index in 1...5 { try TemporaryFolder.write("página \(index)", to: root + "/content/p\(index).md") }
        let batch = try await nextBatch(of: watcher)
        #expect(batch == (1...5).map { root + "/content/p\($0).md" })
    }

    @Test func aConfigSavedByRenamingATemporaryFileIsSeen() async throws {
        let root = try TemporaryFolder.make()
        try TemporaryFolder.write("site_name: A", to: root + "/sitegen.yml")
        let watcher = ChangeWatcher(roots: [root + "/sitegen.yml"], ignoring: [], quietPeriod: .milliseconds(50))
        try TemporaryFolder.write("site_name: B", to: root + "/sitegen.yml.tmp")
        #expect(rename(root + "/sitegen.yml.tmp", root + "/sitegen.yml") == 0)
        let batch = try await nextBatch(of: watcher)
        #expect(batch == [root + "/sitegen.yml"])
    }

    /// What pages include is watched once a build has found it, outside the roots too, and a
    /// file that does not exist yet is seen when it is written.
    @Test func filesAddedAfterStartAreWatched() async throws {
        let root = try TemporaryFolder.make()
        try TemporaryFolder.write("uno", to: root + "/partes/aviso.md")
        try FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
        let watcher = ChangeWatcher(roots: [root + "/content"], ignoring: [], quietPeriod: .milliseconds(50))
        watcher.watch(files: [root + "/partes/aviso.md", root + "/partes/falta.md"])
        try TemporaryFolder.write("dos", to: root + "/partes/aviso.md")
        let edited = try await nextBatch(of: watcher)
        try TemporaryFolder.write("otra", to: root + "/partes/otra.md")
        try TemporaryFolder.write("nuevo", to: root + "/partes/falta.md")
        let created = try await nextBatch(of: watcher)
        #expect(edited == [root + "/partes/aviso.md"])
        #expect(created == [root + "/partes/falta.md"], "only the watched names of that folder")
    }

    @Test func aFolderCreatedAfterStartIsWatchedToo() async throws {
        let root = try TemporaryFolder.make()
        try FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
        let watcher = ChangeWatcher(roots: [root + "/content", root + "/templates"], ignoring: [], quietPeriod: .milliseconds(50))
        try TemporaryFolder.write("{{content}}", to: root + "/templates/partials/page.html")
        let created = try await nextBatch(of: watcher)
        try TemporaryFolder.write("{{title}}", to: root + "/templates/partials/page.html")
        let edited = try await nextBatch(of: watcher)
        #expect(created?.contains(root + "/templates/partials/page.html") == true)
        #expect(edited == [root + "/templates/partials/page.html"])
    }

    @Test func theSiteFolderAndEditorScratchFilesAreIgnored() async throws {
        let root = try TemporaryFolder.make()
        try FileManager.default.createDirectory(atPath: root + "/content/_site", withIntermediateDirectories: true)
        let watcher = ChangeWatcher(roots: [root + "/content"], ignoring: [root + "/content/_site"], quietPeriod: .milliseconds(50))
        try TemporaryFolder.write("<html>", to: root + "/content/_site/index.html")
        try TemporaryFolder.write("swap", to: root + "/content/.hilos.md.swp")
        try TemporaryFolder.write("backup", to: root + "/content/hilos.md~")
        try TemporaryFolder.write("# Hilos", to: root + "/content/hilos.md")
        let batch = try await nextBatch(of: watcher)
        #expect(batch == [root + "/content/hilos.md"])
    }

    @Test func stoppingEndsAWaitingBatch() async throws {
        let root = try TemporaryFolder.make()
        let watcher = ChangeWatcher(roots: [root], ignoring: [], quietPeriod: .milliseconds(50))
        watcher.stop()
        #expect(try await onOwnThread { watcher.nextBatch() } == nil)
    }

    @Test func pollingFindsAModifiedFileWhereInotifyIsUnavailable() throws {
        let root = try TemporaryFolder.make()
        try TemporaryFolder.write("uno", to: root + "/content/a.md")
        let wake = WakeSignal()
        let source = PollingChangeSource(roots: [root + "/content"], wake: wake, intervalMilliseconds: 20)
        try TemporaryFolder.write("dos, más largo", to: root + "/content/a.md")
        try TemporaryFolder.write("nuevo", to: root + "/content/sub/b.md")
        // The changes are there already: the first poll (20 ms) finds them.
        let changes = source.waitForChanges(timeoutMilliseconds: 2000)
        #expect(Set(changes ?? []).isSuperset(of: [root + "/content/a.md", root + "/content/sub/b.md"]))
    }

    @Test func pollingWatchesFilesAddedAfterStart() throws {
        let root = try TemporaryFolder.make()
        try TemporaryFolder.write("uno", to: root + "/content/a.md")
        try TemporaryFolder.write("uno", to: root + "/partes/aviso.md")
        let source = PollingChangeSource(roots: [root + "/content"], wake: WakeSignal(), intervalMilliseconds: 20)
        source.watch(files: [root + "/partes/aviso.md"])
        try TemporaryFolder.write("dos, más largo", to: root + "/partes/aviso.md")
        #expect(source.waitForChanges(timeoutMilliseconds: 2000) == [root + "/partes/aviso.md"])
    }
}
