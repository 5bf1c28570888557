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

    /// pymdownx.snippets' base is the project root: an included file is usually outside `content/`.
    @Test func editingAnIncludedFileRebuildsThePagesIncludingItAndNoOther() {
        let fixture = SiteFixture([
            "sitegen.yml": "site_name: x\nmarkdown_extensions:\n  - pymdownx.snippets\n",
            "content/index.md": "# Inicio\n", "content/a.md": "# A\n\n--8<-- \"partes/aviso.md\"\n",
            "content/b.md": "# B\n\n--8<-- \"partes/falta.md\"\n", "partes/aviso.md": "Versión uno.\n",
        ])
        let session = session(fixture)
        #expect(session.build().includedFiles.isSuperset(of: [fixture.root + "/partes/aviso.md", fixture.root + "/partes/falta.md"]),
                "the files included, and where a missing one would be")
        #expect(fixture.read("site/a/index.html")?.contains("Versión uno.") == true)

        fixture.write("partes/aviso.md", "Versión dos.\n")
        let edited = session.rebuild(changedPaths: [fixture.root + "/partes/aviso.md"])
        #expect(edited.changedFiles.filter { $0.hasSuffix(".html") } == ["a/index.html"])
        #expect(fixture.read("site/a/index.html")?.contains("Versión dos.") == true)

        // A file named by a page but missing is picked up once it is written.
        fixture.write("partes/falta.md", "Ya existe.\n")
        let created = session.rebuild(changedPaths: [fixture.root + "/partes/falta.md"])
        #expect(created.diagnostics.isEmpty)
        #expect(fixture.read("site/b/index.html")?.contains("Ya existe.") == true)
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

    @Test func aChangeToAnInheritedConfigRebuildsEverything() {
        var files = Self.files
        files["sitegen.yml"] = "INHERIT: base.yml\n"
        files["base.yml"] = "site_name: Base\n"
        let fixture = SiteFixture(files)
        let session = session(fixture)
        _ = session.build()
        fixture.write("base.yml", "site_name: Otra base\n")
        let report = session.rebuild(changedPaths: ["base.yml"])
        #expect(report.succeeded)
        #expect(fixture.read("site/b/index.html")?.contains("<title>B — Otra base</title>") == true)
    }

    @Test func unchangedSaveWritesNoPage() {
        let fixture = SiteFixture(Self.files)
        let session = session(fixture)
        _ = session.build()
        let report = session.rebuild(changedPaths: ["content/a.md"])
        #expect(report.changedFiles.filter { $0.hasSuffix(".html") }.isEmpty)
    }

    @Test func removingAHeadingWarnsAboutLinksToItFromUnchangedPages() {
        let fixture = SiteFixture(["content/index.md": "# Inicio\n[ver](a.md#uso)\n", "content/a.md": "# A\n## Uso\n"])
        let session = session(fixture)
        let warnings = { (report: BuildReport) in SiteFixture.lines(report.diagnostics.filter { $0.severity == .warning }) }
        #expect(warnings(session.build()).isEmpty)
        fixture.write("content/a.md", "# A\n## Otro\n")
        let broken = session.rebuild(changedPaths: ["content/a.md"])
        #expect(warnings(broken) == ["content/index.md:2:1: warning: no heading or anchor '#uso' in 'a.md'"])
        fixture.write("content/a.md", "# A\n## Uso\n")
        #expect(warnings(session.rebuild(changedPaths: ["content/a.md"])).isEmpty)
    }

    @Test func theSearchIndexFollowsABodyEdit() {
        let fixture = SiteFixture(["content/index.md": "# Inicio\n", "content/a.md": "# A\n\nzanahoria\n"])
        let session = SiteBuildSession(builder: SiteBuilder(options: fixture.options))
        #expect(session.build().succeeded)
        fixture.write("content/a.md", "# A\n\nberenjena\n")
        let report = session.rebuild(changedPaths: ["content/a.md"])
        let index = (fixture.read("site/assets/search/p0.js") ?? "") + (fixture.read("site/assets/search/t0.js") ?? "")
        #expect(report.changedFiles.contains("assets/search/p0.js"))
        #expect(index.contains("berenjena"))
        #expect(!index.contains("zanahoria"))
        #expect(index.contains("Inicio"))
    }

    @Test func aPageEditedDuringAFailedRebuildIsWrittenByTheNextOne() {
        let fixture = SiteFixture([
            "content/index.md": "# Inicio\n[a](a.md#uso)\n", "content/a.md": "# A\n## Uso\n", "content/b.md": "# B\nuno\n",
        ])
        let session = SiteBuildSession(builder: fixture.builder(strict: true))
        #expect(session.build().succeeded)
        fixture.write("content/a.md", "# A\n## Otro\n")
        fixture.write("content/b.md", "# B\ndos\n")
        let failed = session.rebuild(changedPaths: ["content/a.md", "content/b.md"])
        #expect(!failed.succeeded)
        #expect(fixture.read("site/b/index.html")?.contains("uno") == true)
        fixture.write("content/index.md", "# Inicio\n[a](a.md#otro)\n")
        let fixed = session.rebuild(changedPaths: ["content/index.md"])
        #expect(fixed.succeeded)
        #expect(fixture.read("site/b/index.html")?.contains("dos") == true)
        #expect(fixture.read("site/a/index.html")?.contains("Otro") == true)
    }

    @Test func anEditedAssetIsCopiedAgainAndADeletedOneRemoved() {
        let fixture = SiteFixture(["content/index.md": "# Inicio\n", "content/img/a.svg": "<svg>1</svg>", "content/img/b.svg": "<svg/>"])
        let session = session(fixture)
        _ = session.build()
        fixture.write("content/img/a.svg", "<svg>22</svg>")
        let edited = session.rebuild(changedPaths: ["content/img/a.svg"])
        #expect(edited.changedFiles == ["img/a.svg"])
        #expect(fixture.read("site/img/a.svg") == "<svg>22</svg>")
        try? FileManager.default.removeItem(atPath: fixture.root + "/content/img/b.svg")
        let deleted = session.rebuild(changedPaths: ["content/img/b.svg"])
        #expect(deleted.changedFiles == ["img/b.svg"])
        #expect(!fixture.exists("site/img/b.svg"))
    }
}
