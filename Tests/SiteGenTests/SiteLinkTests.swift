import Testing
@testable import SiteGen

@Suite("URLs and links")
struct SiteLinkTests {
    @Test(arguments: [
        ("index.md", ""), ("README.md", ""), ("a.md", "a/"), ("a/b.md", "a/b/"), ("a/index.md", "a/"),
        ("guía/niño.md", "guía/niño/"),
    ])
    func prettyURLs(source: String, url: String) {
        #expect(PageURL.url(forSource: source) == url)
        #expect(PageURL.outputFile(forURL: url) == url + "index.html")
    }

    @Test(arguments: [
        ("b.md", "../b/index.html"),
        ("b.md#uso", "../b/index.html#uso"),
        ("../index.md", "../../index.html"),
        ("../otra/c.md", "../../otra/c/index.html"),
        ("index.md", "../index.html"),
        ("img/x.png", "../img/x.png"),
        ("#local", "#local"),
        ("https://example.com/a.md", "https://example.com/a.md"),
        ("/absoluto.md", "/absoluto.md"),
        ("mailto:a@b.c", "mailto:a@b.c"),
    ])
    func rewritesRelativeLinksFromANestedPage(destination: String, href: String) {
        let resolver = LinkResolver(sourcePath: "guia/a.md", directoryURLs: false)
        #expect(resolver.rewrite(destination) == href)
    }

    @Test func directoryURLsDropIndexHTML() {
        let resolver = LinkResolver(sourcePath: "guia/a.md", directoryURLs: true)
        #expect(resolver.rewrite("b.md#x") == "../b/#x")
        #expect(resolver.rewrite("../index.md") == "../../")
    }

    @Test func linksFromTheHomePage() {
        let resolver = LinkResolver(sourcePath: "index.md", directoryURLs: false)
        #expect(resolver.rewrite("guia/a.md") == "guia/a/index.html")
        #expect(resolver.rewrite("index.md#top") == "index.html#top")
    }

    @Test func brokenLinksAndAnchorsAreWarnings() {
        let fixture = SiteFixture([
            "content/index.md": "# Inicio\n## Uso\n[a](guia/a.md#uso)\n[b](guia/nada.md)\n[c](#uso)\n[d](#nope)\n",
            "content/guia/a.md": "# A\n## Uso\n[e](../index.md#nope)\n[f](foto.png)\n",
        ])
        let report = fixture.build()
        #expect(SiteFixture.lines(report.diagnostics.filter { $0.severity != .note }) == [
            "content/index.md:4:1: warning: link to a missing page 'guia/nada.md'",
            "content/index.md:6:1: warning: no heading or anchor '#nope' on this page",
            "content/guia/a.md:3:1: warning: no heading or anchor '#nope' in '../index.md'",
            "content/guia/a.md:4:1: warning: link to a missing file 'foto.png'",
        ])
        #expect(report.succeeded)
    }

    @Test func strictMakesBrokenLinksErrorsAndKeepsTheOldSite() {
        let fixture = SiteFixture(["content/index.md": "# Inicio\n[b](nada.md)\n"])
        let report = fixture.build(strict: true)
        #expect(report.diagnostics.contains { $0.severity == .error && $0.message == "link to a missing page 'nada.md'" })
        #expect(!report.succeeded)
        #expect(!fixture.exists("site"))
    }

    @Test func navEntryNamingAMissingFileIsALocatedError() {
        let fixture = SiteFixture(["sitegen.yml": "nav:\n  - index.md\n  - Falta: falta.md\n", "content/index.md": "# A\n"])
        let report = fixture.build()
        #expect(SiteFixture.lines(report.diagnostics.filter { $0.severity == .error }) == [
            "sitegen.yml:3:12: error: nav entry 'falta.md' names a page that is not in content",
        ])
    }
}

/// Links to `#anchors` are checked against the ids a page's HTML really has.
@Suite struct AnchorIDTests {
    @Test func findsEveryIDAttributeAndNothingElse() {
        let html = #"""
        <h2 id="hilos">Hilos</h2><p>data-id="no" grid="no" x=id</p><sup id="fnref:1"><a href="#fn:1">1</a></sup>
        <input id="__tabbed_1_1" type="radio" /><div id="">vacío</div><p>id="suelto"</p><span id="fin"
        """#
        #expect(AnchorSet.htmlIDs(in: html) == ["hilos", "fnref:1", "__tabbed_1_1", "", "fin"])
        #expect(AnchorSet.htmlIDs(in: "") == [])
        #expect(AnchorSet.htmlIDs(in: " id=\"") == [""])
    }
}
