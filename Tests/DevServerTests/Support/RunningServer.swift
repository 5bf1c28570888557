import Foundation
@testable import DevServer
import SiteGen

/// A temporary project (`content/`, `site/`) served by a real `DevServer` on an ephemeral port.
///
///     let server = try await RunningServer.start(pages: ["index.page": "Hola"])
///     defer { server.cleanUp() }  // after `await server.stop()`
final class RunningServer: @unchecked Sendable {
    let root: String
    let port: Int
    let server: DevServer
    let rebuilder: PageCopyingRebuilder
    private let task: Task<Void, any Error>

    private init(root: String, port: Int, server: DevServer, rebuilder: PageCopyingRebuilder, task: Task<Void, any Error>) {
        self.root = root
        self.port = port
        self.server = server
        self.rebuilder = rebuilder
        self.task = task
    }

    /// Creates the project with `pages` (file name → text) and `assets` (assets, copied from
    /// `content/` into the site by each build), then starts the server and waits until it listens.
    static func start(pages: [String: String], assets: [String: [UInt8]] = [:], settings: DevServerSettings = DevServerSettings(port: 0)) async throws -> RunningServer {
        let root = try TemporaryFolder.make()
        for (name, text) in pages { try TemporaryFolder.write(text, to: root + "/content/" + name) }
        for (path, bytes) in assets { try TemporaryFolder.write(bytes, to: root + "/content/" + path) }
        let rebuilder = PageCopyingRebuilder(projectRoot: root)
        let project = ServeProject(siteDir: root + "/site", watchedPaths: [root + "/content"])
        let server = DevServer(settings: settings, project: project, rebuilder: rebuilder, projectRoot: root,
                               console: BuildConsole(write: { _ in }))
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let task = Task {
            defer { continuation.finish() }
            try await server.run(handlingSignals: false) { continuation.yield($0.port) }
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            try await task.value
            throw RawHTTPClient.Failure(description: "server stopped before listening")
        }
        return RunningServer(root: root, port: port, server: server, rebuilder: rebuilder, task: task)
    }

    /// `GET target` (sent as is).
    func get(_ target: String, headers: [String: String] = [:]) async throws -> RawHTTPResponse {
        try await RawHTTPClient.send("GET", target, port: port, headers: headers)
    }

    /// Replaces `content/name` with `text`, as an editor saves it.
    func edit(_ name: String, _ text: String) throws {
        try TemporaryFolder.write(text, to: root + "/content/" + name)
    }

    /// Stops the server gracefully and waits for `run` to return, then deletes the project.
    func stop() async throws {
        await server.stop()
        try await task.value
        try? FileManager.default.removeItem(atPath: root)
    }
}

/// Fresh folders under the system temporary directory.
enum TemporaryFolder {
    static func make() throws -> String {
        let path = NSTemporaryDirectory() + "sitegen-serve-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return (path as NSString).resolvingSymlinksInPath
    }

    static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}
