import Foundation
import Testing
import SiteGen
@testable import DevServer

/// `serve` over the real site builder's incremental session: Markdown in `content/`, the bundled templates.
@Suite struct RealBuildTests {
    @Test func aMarkdownEditShowsUpAndABrokenOneKeepsTheOldPage() async throws {
        let root = try TemporaryFolder.make()
        try TemporaryFolder.write("site_name: Prueba\nnav:\n  - Inicio: index.md\n", to: root + "/sitegen.yml")
        try TemporaryFolder.write("# Inicio\n\nTexto antes.\n", to: root + "/content/index.md")
        let served = try await RealServer.start(root: root)
        let port = served.port
        let events = try await EventStreamClient.connect(port: port)
        _ = try await events.next(named: "hello")

        try TemporaryFolder.write("# Inicio\n\nTexto después.\n", to: root + "/content/index.md")
        let reload = try await events.next(named: "reload", within: 30)
        let edited = try await RawHTTPClient.send("GET", "/", port: port)
        try TemporaryFolder.write(Array("# Inicio\n\nroto: ".utf8) + [0xFF, 0x0A], to: root + "/content/index.md")
        let failed = try await events.next(named: "failed", within: 30)
        let kept = try await RawHTTPClient.send("GET", "/", port: port)

        try await served.stop()
        try? FileManager.default.removeItem(atPath: root)
        #expect(served.project.siteDir == root + "/site")
        #expect(edited.text.contains("Texto después."))
        #expect(reload.data.contains("\"index.html\""))
        #expect(failed.data.contains("content/index.md:3:7: error: invalid UTF-8"))
        #expect(kept.text.contains("Texto después."))
    }

    /// A page built from a pymdownx.snippets include outside `content/`: editing the included file
    /// rebuilds the page and reloads the browser.
    @Test func editingAnIncludedFileReloadsThePageIncludingIt() async throws {
        let root = try TemporaryFolder.make()
        try TemporaryFolder.write("site_name: Prueba\nmarkdown_extensions:\n  - pymdownx.snippets\n", to: root + "/sitegen.yml")
        try TemporaryFolder.write("# Inicio\n\n--8<-- \"partes/aviso.md\"\n", to: root + "/content/index.md")
        try TemporaryFolder.write("Aviso antes.\n", to: root + "/partes/aviso.md")
        let served = try await RealServer.start(root: root)
        let port = served.port
        let events = try await EventStreamClient.connect(port: port)
        _ = try await events.next(named: "hello")
        let before = try await RawHTTPClient.send("GET", "/", port: port)

        try TemporaryFolder.write("Aviso después.\n", to: root + "/partes/aviso.md")
        let reload = try await events.next(named: "reload", within: 30)
        let after = try await RawHTTPClient.send("GET", "/", port: port)

        try await served.stop()
        try? FileManager.default.removeItem(atPath: root)
        #expect(before.text.contains("Aviso antes."))
        #expect(reload.data.contains("\"index.html\""))
        #expect(after.text.contains("Aviso después."))
    }
}

/// `serve` on the project at `root` with the real incremental site builder, on an ephemeral port.
private struct RealServer {
    let server: DevServer
    let task: Task<Void, any Error>
    let port: Int
    let project: ServeProject

    static func start(root: String) async throws -> RealServer {
        let options = BuildOptions(projectRoot: root)
        let (project, language) = ServeProject.load(options)
        let server = DevServer(settings: DevServerSettings(port: 0, language: language), project: project,
                               rebuilder: IncrementalSiteRebuilder(session: SiteBuildSession(builder: SiteBuilder(options: options))), projectRoot: root,
                               console: BuildConsole(write: { _ in }))
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let task = Task { try await server.run(handlingSignals: false) { continuation.yield($0.port) } }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        return RealServer(server: server, task: task, port: port, project: project)
    }

    func stop() async throws {
        await server.stop()
        try await task.value
    }
}
