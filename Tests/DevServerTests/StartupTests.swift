import Foundation
import Testing
@testable import DevServer

@Test func aTakenPortIsAnErrorNamingHostAndPort() async throws {
    let first = try await RunningServer.start(pages: ["index.page": "x"])
    let root = try TemporaryFolder.make()
    let second = DevServer(settings: DevServerSettings(port: first.port),
                           project: ServeProject(siteDir: root + "/site", watchedPaths: [root + "/content"]),
                           rebuilder: PageCopyingRebuilder(projectRoot: root), projectRoot: root,
                           console: BuildConsole(write: { _ in }))
    await #expect(throws: DevServerError.self) { try await second.run(handlingSignals: false) }
    do {
        try await second.run(handlingSignals: false)
    } catch let error as DevServerError {
        #expect(error.description.contains("127.0.0.1:\(first.port)"))
        #expect(error.description.contains("already in use"))
    }
    try await first.stop()
    try? FileManager.default.removeItem(atPath: root)
}
