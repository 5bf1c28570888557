import Foundation
import Testing
@testable import DevServer

@Suite struct LiveReloadTests {
    @Test func anEditIsRebuiltAnnouncedAndServed() async throws {
        let server = try await RunningServer.start(pages: ["index.page": "<p>antes</p>"])
        let events = try await EventStreamClient.connect(port: server.port)
        _ = try await events.next(named: "hello")
        try server.edit("index.page", "<p>después</p>")
        _ = try await events.next(named: "reload")
        let page = try await server.get("/")
        try await server.stop()
        #expect(page.text.contains("<p>después</p>"))
        #expect(server.rebuilder.rebuiltBatches.last == [server.root + "/content/index.page"])
    }

    @Test func aBrokenEditKeepsTheOldPageAndReportsTheLocatedError() async throws {
        let server = try await RunningServer.start(pages: ["index.page": "<p>bien</p>"])
        let events = try await EventStreamClient.connect(port: server.port)
        _ = try await events.next(named: "hello")
        try server.edit("index.page", "<p>mal</p>\n  {{broken}}")
        let failed = try await events.next(named: "failed")
        let page = try await server.get("/")
        let latecomer = try await EventStreamClient.connect(port: server.port)
        _ = try await latecomer.next(named: "hello")
        let replayed = try await latecomer.next(named: "failed")
        try server.edit("index.page", "<p>arreglado</p>")
        _ = try await events.next(named: "reload")
        let fixed = try await server.get("/")
        try await server.stop()
        #expect(failed.data == #"{"errors":["content/index.page:2:3: error: unknown tag {{broken}}"]}"#)
        #expect(page.text.contains("<p>bien</p>"))
        #expect(replayed == failed)
        #expect(fixed.text.contains("<p>arreglado</p>"))
    }

    @Test func aNewFolderUnderContentIsWatched() async throws {
        let server = try await RunningServer.start(pages: ["index.page": "x"])
        let events = try await EventStreamClient.connect(port: server.port)
        _ = try await events.next(named: "hello")
        try TemporaryFolder.write("nuevo", to: server.root + "/content/capitulo/notas.txt")
        _ = try await events.next(named: "reload")
        try TemporaryFolder.write("otra vez", to: server.root + "/content/capitulo/notas.txt")
        _ = try await events.next(named: "reload")
        try await server.stop()
        #expect(server.rebuilder.rebuiltBatches.last == [server.root + "/content/capitulo/notas.txt"])
    }

    @Test func theScriptListensForReloadAndFailedEvents() async throws {
        let server = try await RunningServer.start(pages: ["index.page": "x"])
        let response = try await server.get("/__sitegen/livereload.js")
        try await server.stop()
        #expect(response.status == 200)
        #expect(response.headers["content-type"] == "text/javascript; charset=utf-8")
        #expect(response.text.contains("new EventSource(\"/__sitegen/events\")"))
        #expect(response.text.contains("addEventListener(\"failed\""))
        #expect(response.text.contains("textContent = errors.join"))
    }

    @Test func stoppingEndsOpenEventStreamsAndReturns() async throws {
        let server = try await RunningServer.start(pages: ["index.page": "x"])
        let events = try await EventStreamClient.connect(port: server.port)
        _ = try await events.next(named: "hello")
        try await server.stop()
        #expect(try await events.endsWithin(seconds: 5))
    }
}
