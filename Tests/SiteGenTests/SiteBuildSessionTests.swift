import Foundation
import Testing
@testable import SiteGen

@Suite("Incremental rebuilds")
struct SiteBuildSessionTests {
    private func session(_ fixture: SiteFixture) -> SiteBuildSession {
        SiteBuildSession(builder: fixture.builder())
    }

    private static let files = [
        "content/index.md": "# Inicio\n", "content/a.md": "# A\nuno\n", "content/b.md": "# B\n",
    ]

    @Test func editingABodyRewritesOnlyThatPage() {
        let fixture = SiteFixture(Self.files)
        let session = session(fixture)
        #expect(session.build().succeeded)
        fixture.write("content/a.md", "# A\ndos\n")
        let report = session.rebuild(changedPaths: ["content/a.md"])
        #expect(report.succeeded)
        #expect(report.changedFiles.filter { $0.hasSuffix(".html") } == ["a/index.html"])
        #expect(fixture.read("site/a/index.html")?.contains("<p>dos</p>") == true)
    }

    @Test func changingATitleReRendersEveryPage() {
        let fixture = SiteFixture(Self.files)
        let session = session(fixture)
        _ = session.build()
        fixture.write("content/a.md", "# Nuevo título\n")
        let report = session.rebuild(changedPaths: [fixture.root + "/content/a.md"])
        #expect(Set(report.changedFiles).isSuperset(of: ["index.html", "a/index.html", "b/index.html"]))
        #expect(fixture.read("site/b/index.html")?.contains("Nuevo título") == true)
    }

    @Test func addedAndDeletedPagesAppearAndDisappear() {
        let fixture = SiteFixture(Self.files)
        let session = session(fixture)
        _ = session.build()
        fixture.write("content/c.md", "# C\n")
        try? FileManager.default.removeItem(atPath: fixture.root + "/content/b.md")
        let report = session.rebuild(changedPaths: ["content/c.md", "content/b.md"])
        #expect(report.succeeded)
        #expect(fixture.exists("site/c/index.html"))
        #expect(!fixture.exists("site/b/index.html"))
        #expect(report.changedFiles.contains("b/index.html"))
    }

    @Test func aFailedRebuildWritesNothing() {
        let fixture = SiteFixture(Self.files)
        let session = session(fixture)
        _ = session.build()
        let before = fixture.read("site/a/index.html")
        fixture.write("content/a.md", bytes: [0x23, 0x20, 0xFF])
        let report = session.rebuild(changedPaths: ["content/a.md"])
        #expect(!report.succeeded)
        #expect(report.changedFiles.isEmpty)
        #expect(fixture.read("site/a/index.html") == before)
    }

    @Test func aConfigChangeRebuildsEverything() {
        let fixture = SiteFixture(Self.files)
        let session = session(fixture)
        _ = session.build()
        fixture.write("sitegen.yml", "site_name: Otro nombre\n")
        let report = session.rebuild(changedPaths: ["sitegen.yml"])
        #expect(report.succeeded)
        #expect(fixture.read("site/b/index.html")?.contains("<title>B — Otro nombre</title>") == true)
    }

    @Test func unchangedSaveWritesNoPage() {
        let fixture = SiteFixture(Self.files)
        let session = session(fixture)
        _ = session.build()
        let report = session.rebuild(changedPaths: ["content/a.md"])
        #expect(report.changedFiles.filter { $0.hasSuffix(".html") }.isEmpty)
    }
}
