import Foundation
import Testing
@testable import SiteGen

@Suite("Build output")
struct BuildOutputTests {
    private static let threePages: [String: String] = [
        "sitegen.yml": "site_name: Curso\nsite_url: https://example.com/curso/\nnav:\n  - index.md\n  - Guía:\n    - g/a.md\n    - g/b.md\n",
        "content/index.md": "# Inicio\nVer [A](g/a.md).\n",
        "content/g/a.md": "# Página A\n## Primero\n### Detalle\n## Segundo\n",
        "content/g/b.md": "# Página B\n",
        "content/g/foto.png": "PNG",
    ]

    @Test func writesPrettyURLsAssetsSitemapAnd404() {
        let fixture = SiteFixture(Self.threePages)
        let report = fixture.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.pageCount == 3)
        for path in ["site/index.html", "site/g/a/index.html", "site/g/b/index.html", "site/404.html",
                     "site/g/foto.png", "site/assets/search/index.js", "site/assets/sitegen.css"] {
            #expect(fixture.exists(path), "\(path)")
        }
        #expect(fixture.read("site/sitemap.xml")?.contains("<loc>https://example.com/curso/g/a/</loc>") == true)
        let notFound = fixture.read("site/404.html") ?? ""
        #expect(notFound.contains("href=\"/curso/assets/sitegen.css\""))
        #expect(notFound.contains("Página no encontrada"))
    }

    @Test func pageHasLanguageTitleNavPreviousNextAndTOC() {
        let fixture = SiteFixture(Self.threePages)
        _ = fixture.build()
        let html = fixture.read("site/g/a/index.html") ?? ""
        #expect(html.contains("<html lang=\"es\""))
        #expect(html.contains("<title>Página A — Curso</title>"))
        #expect(html.contains("href=\"../../assets/sitegen.css\""))
        #expect(html.contains("rel=\"prev\" href=\"../../index.html\""))
        #expect(html.contains("rel=\"next\" href=\"../../g/b/index.html\""))
        #expect(html.contains("aria-current=\"page\">Página A</a>"))
        #expect(html.contains("<a href=\"#primero\">Primero</a>\n<ul>\n<li><a href=\"#detalle\">Detalle</a></li>"))
        #expect(!html.contains("href=\"#pagina-a\""))
    }

    @Test func homeLinksAreRewrittenRelative() {
        let fixture = SiteFixture(Self.threePages)
        _ = fixture.build()
        #expect(fixture.read("site/index.html")?.contains("<a href=\"g/a/index.html\">A</a>") == true)
    }

    @Test func pageContextKeys() {
        let site = SiteFixture(Self.threePages).load()
        let context = PageContext(site: site).context(for: site.pages[1])
        #expect(context["lang"] as? String == "es")
        #expect(context["root"] as? String == "../../")
        #expect(context["assets"] as? String == "../../assets/")
        #expect((context["page"] as? [String: Any])?["title"] as? String == "Página A")
        #expect((context["previous"] as? [String: Any])?["title"] as? String == "Inicio")
        #expect((context["next"] as? [String: Any])?["url"] as? String == "../../g/b/index.html")
        #expect((context["breadcrumbs"] as? [[String: Any]])?.map { $0["title"] as? String } == ["Guía"])
        #expect((context["strings"] as? [String: String])?["search"] == "Buscar")
        let first = PageContext(site: site).context(for: site.pages[0])
        #expect(first["previous"] == nil)
    }

    @Test func failedBuildLeavesThePreviousSiteByteIdentical() throws {
        let fixture = SiteFixture(Self.threePages)
        #expect(fixture.build().succeeded)
        let before = try snapshot(fixture.root + "/site")
        fixture.write("content/g/b.md", bytes: [0x23, 0x20, 0xC3])  // truncated UTF-8: an error
        let report = fixture.build()
        #expect(!report.succeeded)
        #expect(report.siteDir == nil)
        #expect(try snapshot(fixture.root + "/site") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.root).filter { $0.hasPrefix(".site") }
        #expect(leftovers.isEmpty)
    }

    @Test func successfulRebuildReplacesTheSiteAndLeavesNoTemporaryFolders() throws {
        let fixture = SiteFixture(Self.threePages)
        fixture.write("site/stale.html", "old")
        #expect(fixture.build().succeeded)
        #expect(!fixture.exists("site/stale.html"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.root).filter { $0.hasPrefix(".site") }
        #expect(leftovers == [".site.recycle"], "only the replaced site, kept for the next build")
    }

    @Test func aRebuildIntoTheRecycledTreeHasExactlyTheNewSite() throws {
        let fixture = SiteFixture(Self.threePages)
        #expect(fixture.build().succeeded)
        #expect(fixture.build().succeeded)  // the first site is now the recycled tree
        fixture.write("sitegen.yml", "site_name: Curso\nnav:\n  - index.md\n  - g/a.md\n")
        try FileManager.default.removeItem(atPath: fixture.root + "/content/g/b.md")
        fixture.write("content/g/a.md", "# Página A, nueva\n")
        #expect(fixture.build().succeeded)
        let rebuilt = try snapshot(fixture.root + "/site")
        try FileManager.default.removeItem(atPath: fixture.root + "/site")
        try FileManager.default.removeItem(atPath: fixture.root + "/.site.recycle")
        #expect(fixture.build().succeeded)
        #expect(rebuilt == (try snapshot(fixture.root + "/site")), "same files and bytes as a build from nothing")
        #expect(rebuilt["g/b/index.html"] == nil)
    }

    /// The recycled tree is pruned one top-level folder per thread: stale pages, folders and stray
    /// files deep in any of them are gone, and what the new site has is kept.
    @Test func aRebuildRemovesWhatIsStaleDeepInEveryTopLevelFolder() throws {
        var files = ["sitegen.yml": "site_name: Curso\n", "content/index.md": "# Inicio\n"]
        for section in ["a", "b", "c", "d"] {
            for page in 1...3 { files["content/\(section)/sub/p\(page).md"] = "# \(section) \(page)\n" }
        }
        let fixture = SiteFixture(files)
        #expect(fixture.build().succeeded)
        #expect(fixture.build().succeeded)
        let recycled = fixture.root + "/.site.recycle"
        fixture.write(".site.recycle/c/sub/stray.txt", "suelto")
        fixture.write(".site.recycle/d/old/deep/index.html", "viejo")
        for section in ["a", "b", "c", "d"] {
            try FileManager.default.removeItem(atPath: fixture.root + "/content/\(section)/sub/p2.md")
        }
        try FileManager.default.removeItem(atPath: fixture.root + "/content/b/sub/p1.md")
        #expect(fixture.build().succeeded)
        let rebuilt = try snapshot(fixture.root + "/site")
        try FileManager.default.removeItem(atPath: fixture.root + "/site")
        try FileManager.default.removeItem(atPath: recycled)
        #expect(fixture.build().succeeded)
        #expect(rebuilt == (try snapshot(fixture.root + "/site")), "same files and bytes as a build from nothing")
        #expect(rebuilt.keys.filter { $0.contains("/p2/") || $0.hasPrefix("b/sub/p1/") || $0.contains("stray") || $0.hasPrefix("d/old") }.isEmpty)
        #expect(rebuilt["a/sub/p3/index.html"] != nil && rebuilt["d/sub/p1/index.html"] != nil)
    }

    @Test func aRebuildNeverWritesThroughLinksOrHardLinksLeftInTheRecycledTree() throws {
        let fixture = SiteFixture(Self.threePages.merging(["victim.txt": "intacto", "outside/keep.html": "intacto"]) { $1 })
        #expect(fixture.build().succeeded)
        #expect(fixture.build().succeeded)
        let recycled = fixture.root + "/.site.recycle"
        let manager = FileManager.default
        try manager.removeItem(atPath: recycled + "/index.html")
        try manager.createSymbolicLink(atPath: recycled + "/index.html", withDestinationPath: fixture.root + "/victim.txt")
        try manager.removeItem(atPath: recycled + "/g")
        try manager.createSymbolicLink(atPath: recycled + "/g", withDestinationPath: fixture.root + "/outside")
        try manager.linkItem(atPath: recycled + "/404.html", toPath: fixture.root + "/snapshot-404.html")
        let snapshotBefore = fixture.read("snapshot-404.html")
        fixture.write("content/index.md", "# Inicio cambiado\n")
        #expect(fixture.build().succeeded)
        #expect(fixture.read("victim.txt") == "intacto")
        #expect(try manager.contentsOfDirectory(atPath: fixture.root + "/outside") == ["keep.html"])
        #expect(fixture.read("snapshot-404.html") == snapshotBefore)
        #expect(fixture.read("site/index.html")?.contains("Inicio cambiado") == true)
        #expect(try manager.attributesOfItem(atPath: fixture.root + "/site/g")[.type] as? FileAttributeType == .typeDirectory)
    }

    @Test func summaryLine() {
        let report = BuildReport(diagnostics: [.warning("w")], pageCount: 12, duration: 0.4231, siteDir: "/p/site")
        #expect(DiagnosticPrinter.summary(of: report, displayRoot: "/p") == "12 páginas, 1 aviso, 0 errores en 0.42 s → site/")
        var english = BuildReport(diagnostics: [.error("e")], pageCount: 1, duration: 0.1, siteDir: nil)
        english.language = "en"
        #expect(DiagnosticPrinter.summary(of: english, displayRoot: "/p") == "1 page, 0 warnings, 1 error in 0.10 s (previous site unchanged)")
    }

    /// Every file under `folder` with its bytes.
    private func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder)! {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = FileManager.default.contents(atPath: folder + "/" + path)
            }
        }
        return files
    }
}
