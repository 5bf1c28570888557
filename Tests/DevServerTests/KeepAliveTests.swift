import Foundation
import Testing
@testable import DevServer

/// Requests on kept-alive connections, as browsers and benchmarks send them: the answers leave in
/// request order and match what a fresh connection gets.
@Suite struct KeepAliveTests {
    /// Writes `requests` in one go on one connection and reads the answers until the server
    /// closes it (the last request asks it to).
    private static func exchange(_ requests: [String], port: Int, methods: [String]) async throws -> [RawHTTPResponse] {
        try await onOwnThread {
            let socket = try TestSocket(port: port)
            defer { socket.close() }
            try socket.write(requests.joined())
            var bytes: [UInt8] = []
            while let chunk = try socket.read(timeoutMilliseconds: 5000) { bytes += chunk }
            return try split(bytes, methods: methods)
        }
    }

    /// Cuts consecutive responses apart by their `Content-Length`.
    private static func split(_ bytes: [UInt8], methods: [String]) throws -> [RawHTTPResponse] {
        var responses: [RawHTTPResponse] = []
        var rest = bytes[...]
        for method in methods {
            guard let end = rest.firstRange(of: Array("\r\n\r\n".utf8)) else { break }
            let head = try RawHTTPClient.parse(Array(rest[..<end.upperBound]), method: method)
            let length = method == "HEAD" || head.status == 304 ? 0 : Int(head.headers["content-length"] ?? "0") ?? 0
            let bodyEnd = min(end.upperBound + length, rest.endIndex)
            responses.append(RawHTTPResponse(status: head.status, headers: head.headers, body: Array(rest[end.upperBound..<bodyEnd])))
            rest = rest[bodyEnd...]
        }
        return responses
    }

    private static func request(_ method: String, _ target: String, _ headers: [String] = []) -> String {
        "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n"
    }

    @Test func mixedAnswersLeaveInRequestOrder() async throws {
        let server = try await RunningServer.start(pages: ["index.page": "<p>Inicio</p>"], assets: ["assets/a.css": Array("a{}".utf8)])
        let responses = try await Self.exchange([
            Self.request("GET", "/nada"),
            Self.request("GET", "/assets/a.css"),
            Self.request("GET", "/%2e%2e/secreto"),
            Self.request("HEAD", "/"),
            Self.request("GET", "/", ["Connection: close"]),
        ], port: server.port, methods: ["GET", "GET", "GET", "HEAD", "GET"])
        try await server.stop()
        #expect(responses.map(\.status) == [404, 200, 400, 200, 200])
        #expect(responses.count == 5)
        guard responses.count == 5 else { return }
        #expect(responses[0].text.contains("Página no encontrada"))
        #expect(responses[1].text == "a{}")
        #expect(responses[3].body.isEmpty)
        #expect(responses[4].text.contains("<p>Inicio</p>"))
    }

    @Test func aKeptAliveAnswerMatchesAFreshConnectionsAndHonoursIfNoneMatch() async throws {
        let server = try await RunningServer.start(pages: ["index.page": "uno"], assets: ["assets/a.css": Array("a{}".utf8)])
        let fresh = try await server.get("/assets/a.css")
        let etag = fresh.headers["etag"] ?? "?"
        let responses = try await Self.exchange([
            Self.request("GET", "/assets/a.css"),
            Self.request("GET", "/assets/a.css", ["If-None-Match: \(etag)"]),
            Self.request("GET", "/", ["Connection: close"]),
        ], port: server.port, methods: ["GET", "GET", "GET"])
        try await server.stop()
        #expect(responses.map(\.status) == [200, 304, 200])
        guard responses.count == 3 else { return }
        for header in ["etag", "last-modified", "content-type", "content-length", "cache-control", "accept-ranges", "server"] {
            #expect(responses[0].headers[header] == fresh.headers[header], "\(header)")
        }
        #expect(responses[0].headers["date"] != nil)
        #expect(responses[0].body == fresh.body)
        #expect(responses[1].body.isEmpty)
    }

    @Test(arguments: TraversalTests.tricks)
    func noTrickServesAFileOutsideTheSiteOnAKeptAliveConnection(target: String) async throws {
        let server = try await RunningServer.start(pages: ["index.page": "x"], assets: ["assets/a.css": Array("a{}".utf8)])
        try TemporaryFolder.write("TOP SECRET", to: server.root + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: server.root + "/site/leak.txt", withDestinationPath: server.root + "/secret.txt")
        let responses = try await Self.exchange([
            Self.request("GET", target), Self.request("GET", "/leak.txt"), Self.request("GET", "/", ["Connection: close"]),
        ], port: server.port, methods: ["GET", "GET", "GET"])
        try await server.stop()
        #expect([400, 404].contains(responses.first?.status ?? 0), "\(target) answered \(responses.first?.status ?? 0)")
        #expect(!responses.contains { $0.text.contains("TOP SECRET") || $0.text.contains("root:") })
        // A request line HTTP itself rejects ends the connection after the 400; others keep it.
        if responses.count > 1 {
            #expect(responses.map(\.status).dropFirst() == [404, 200])
        }
    }
}
