import Testing
@testable import DevServer

/// The server answers from its own threads, so work that holds Swift's cooperative pool (a long
/// build in the same process, other test suites) cannot stall it.
@Test func pagesAreServedWhileEveryCooperativePoolThreadIsBlocked() async throws {
    let server = try await RunningServer.start(pages: ["index.page": "<p>Hola</p>"])
    let port = server.port
    let response = try await onOwnThread {
        try CooperativePoolBlocker.whileBlocked { try RawHTTPClient.sendBlocking("GET", "/", port: port, headers: [:]) }
    }
    try await server.stop()
    #expect(response.status == 200)
    #expect(response.text.contains("<p>Hola</p>"))
}
