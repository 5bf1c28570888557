import Foundation
import Testing
@testable import DevServer

@Suite struct TraversalTests {
    /// Request targets sent byte for byte, each trying to reach `secret.txt` next to `site/`.
    static let tricks = [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/%2e%2e/etc/passwd",
        "/assets/..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "/assets%5c..%5c..%5csecret.txt",
        "//etc/passwd",
        "/etc/passwd%00.html",
        "/%00",
        "../secret.txt",
        "http://127.0.0.1/../secret.txt",
        "/./../secret.txt",
    ]

    @Test(arguments: tricks)
    func noTrickServesAFileOutsideTheSite(target: String) async throws {
        let server = try await RunningServer.start(pages: ["index.page": "x"], assets: ["assets/a.css": Array("a{}".utf8)])
        try TemporaryFolder.write("TOP SECRET", to: server.root + "/secret.txt")
        let response = try await server.get(target)
        try await server.stop()
        #expect([400, 404].contains(response.status), "\(target) answered \(response.status)")
        #expect(!response.text.contains("TOP SECRET"))
        #expect(!response.text.contains("root:"))
    }

    @Test func aSymlinkPointingOutOfTheSiteIsNotFollowed() async throws {
        let server = try await RunningServer.start(pages: ["index.page": "x"])
        try TemporaryFolder.write("TOP SECRET", to: server.root + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: server.root + "/site/leak.txt", withDestinationPath: server.root + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: server.root + "/site/outside", withDestinationPath: server.root)
        let file = try await server.get("/leak.txt")
        let throughFolder = try await server.get("/outside/secret.txt")
        try await server.stop()
        #expect(file.status == 404)
        #expect(throughFolder.status == 404)
        #expect(!file.text.contains("TOP SECRET"))
        #expect(!throughFolder.text.contains("TOP SECRET"))
    }

    @Test func aSymlinkInsideTheSiteStillWorks() async throws {
        let server = try await RunningServer.start(pages: ["index.page": "x"], assets: ["assets/a.css": Array("a{}".utf8)])
        try FileManager.default.createSymbolicLink(atPath: server.root + "/site/b.css", withDestinationPath: server.root + "/site/assets/a.css")
        let response = try await server.get("/b.css")
        try await server.stop()
        #expect(response.status == 200)
        #expect(response.text == "a{}")
    }
}
