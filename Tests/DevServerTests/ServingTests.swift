import Foundation
import Testing
@testable import DevServer

@Suite struct ServingTests {
    @Test func aPageIsServedAsUTF8HTMLWithTheLiveReloadScript() async throws {
        let server = try await RunningServer.start(pages: ["index.page": "<h1>Hola</h1>"])
        let response = try await server.get("/")
        try await server.stop()
        #expect(response.status == 200)
        #expect(response.headers["content-type"] == "text/html; charset=utf-8")
        #expect(response.text.contains("<h1>Hola</h1><script src=\"/__sitegen/livereload.js\" defer></script></body>"))
        #expect(Int(response.headers["content-length"] ?? "") == response.body.count)
    }

    @Test func theBuiltFileOnDiskHasNoLiveReloadScript() async throws {
        let server = try await RunningServer.start(pages: ["index.page": "<h1>Hola</h1>"])
        let onDisk = try String(contentsOfFile: server.root + "/site/index.html", encoding: .utf8)
        try await server.stop()
        #expect(!onDisk.contains("livereload"))
    }

    @Test(arguments: [
        ("assets/site.css", "text/css; charset=utf-8"),
        ("assets/app.js", "text/javascript; charset=utf-8"),
        ("assets/logo.svg", "image/svg+xml"),
        ("search/search_index.json", "application/json; charset=utf-8"),
        ("sitemap.xml", "application/xml; charset=utf-8"),
        ("assets/logo.png", "image/png"),
        ("assets/fonts/inter.woff2", "font/woff2"),
    ])
    func assetsHaveTheirContentType(path: String, contentType: String) async throws {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0, 1, 2, 3]
        let server = try await RunningServer.start(pages: ["index.page": "x"], assets: [path: bytes])
        let response = try await server.get("/" + path)
        try await server.stop()
        #expect(response.status == 200)
        #expect(response.headers["content-type"] == contentType)
        #expect(response.body == bytes)
    }

    @Test func aMatchingETagGets304AndARebuiltPageGetsANewOne() async throws {
        let server = try await RunningServer.start(pages: ["index.page": "uno"])
        let first = try await server.get("/")
        let etag = try #require(first.headers["etag"])
        let revalidated = try await server.get("/", headers: ["If-None-Match": etag])
        try TemporaryFolder.write("<html><body>dos</body></html>", to: server.root + "/site/index.html")
        let afterChange = try await server.get("/", headers: ["If-None-Match": etag])
        try await server.stop()
        #expect(revalidated.status == 304)
        #expect(revalidated.body.isEmpty)
        #expect(afterChange.status == 200)
        #expect(afterChange.headers["etag"] != etag)
        #expect(afterChange.text.contains("dos"))
    }

    @Test func anOldIfModifiedSinceGetsTheWholeFileWithTheSameHeadersAndRangesWork() async throws {
        let server = try await RunningServer.start(pages: ["index.page": "uno"], assets: ["assets/a.css": Array("a{}".utf8)])
        var pairs: [(RawHTTPResponse, RawHTTPResponse)] = []
        for target in ["/", "/assets/a.css"] {
            let plain = try await server.get(target)
            // The file changed after that date: the answer is the whole file, as without the header.
            let sinceOld = try await server.get(target, headers: ["If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"])
            pairs.append((plain, sinceOld))
        }
        let ranged = try await server.get("/assets/a.css", headers: ["Range": "bytes=1-2"])
        try await server.stop()
        for (plain, sinceOld) in pairs {
            #expect(plain.status == 200)
            #expect(sinceOld.status == 200)
            for header in ["etag", "last-modified", "content-type", "content-length", "cache-control", "accept-ranges"] {
                #expect(plain.headers[header] != nil)
                #expect(plain.headers[header] == sinceOld.headers[header], "\(header)")
            }
            #expect(plain.body == sinceOld.body)
        }
        #expect(ranged.status == 206)
        #expect(ranged.text == "{}")
    }

    @Test func headAnswersTheHeadersWithoutABody() async throws {
        let server = try await RunningServer.start(pages: ["index.page": "<p>Hola</p>"])
        let get = try await server.get("/")
        let head = try await RawHTTPClient.send("HEAD", "/", port: server.port)
        try await server.stop()
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.headers["content-length"] == get.headers["content-length"])
        #expect(head.headers["etag"] == get.headers["etag"])
    }

    @Test func aMissingPageGetsTheSite404PageWithStatus404() async throws {
        let server = try await RunningServer.start(pages: ["index.page": "x"])
        let response = try await server.get("/no/existe/")
        try await server.stop()
        #expect(response.status == 404)
        #expect(response.text.contains("Página no encontrada"))
        #expect(response.text.contains("/__sitegen/livereload.js"))
    }

    @Test func aFolderURLWithoutSlashRedirectsKeepingTheQuery() async throws {
        let server = try await RunningServer.start(pages: ["index.page": "x", "guia.page": "<h1>Guía</h1>"])
        let redirect = try await server.get("/guia?tab=2")
        let page = try await server.get("/guia/")
        try await server.stop()
        #expect(redirect.status == 302)
        #expect(redirect.headers["location"] == "/guia/?tab=2")
        #expect(page.status == 200)
        #expect(page.text.contains("<h1>Guía</h1>"))
    }

    @Test func aFolderWithoutIndexIsNotListed() async throws {
        let server = try await RunningServer.start(pages: ["index.page": "x"], assets: ["assets/a.css": Array("a{}".utf8)])
        let withSlash = try await server.get("/assets/")
        let withoutSlash = try await server.get("/assets")
        try await server.stop()
        #expect(withSlash.status == 404)
        #expect(withoutSlash.status == 404)
        #expect(!withSlash.text.contains("a.css"))
    }
}
