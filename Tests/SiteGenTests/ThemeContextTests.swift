import Testing
@testable import SiteGen

@Suite("Config in the page: head, header, footer")
struct ThemeContextTests {
    private static let project: [String: String] = [
        "mkdocs.yml": """
        site_name: Docs
        site_description: About the docs
        site_author: Ana
        copyright: Copyright &copy; 2026 Ana
        repo_url: https://github.com/ana/docs
        theme:
          name: material
          logo: img/logo.svg
          favicon: img/favicon.png
          features: [content.action.edit]
          palette:
            - scheme: default
              primary: teal
              accent: amber
            - scheme: slate
              primary: black
        extra_css:
          - css/a.css
          - https://cdn.example.com/b.css
          - css/c.css
        extra_javascript:
          - js/one.js
          - path: js/two.mjs
          - path: js/three.js
            async: true
            defer: true
        extra:
          version: "2.1"
        """,
        "docs/index.md": "# Home\n",
        "docs/guide/page.md": "---\ndescription: Its own description\nhide:\n  - navigation\n  - toc\n  - footer\nsearch:\n  exclude: true\n---\n# Page\n## Part\n",
        "docs/css/a.css": "a{}", "docs/css/c.css": "c{}", "docs/js/one.js": "1", "docs/js/two.mjs": "2", "docs/js/three.js": "3",
        "docs/img/logo.svg": "<svg/>", "docs/img/favicon.png": "PNG",
    ]

    private func built() -> SiteFixture {
        let fixture = SiteFixture(Self.project)
        let report = fixture.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        return fixture
    }

    @Test func extraCSSIsLinkedInTheHeadInOrderAfterTheTheme() throws {
        let html = built().read("site/guide/page/index.html") ?? ""
        let head = try #require(html.components(separatedBy: "</head>").first)
        let order = ["../../assets/sitegen.css", "../../css/a.css", "https://cdn.example.com/b.css", "../../css/c.css"]
            .map { head.range(of: "<link rel=\"stylesheet\" href=\"\($0)\">")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
    }

    @Test func extraJavaScriptEndsTheBodyInOrderWithItsAttributes() {
        let html = built().read("site/index.html") ?? ""
        #expect(html.hasSuffix("""
        <script src="js/one.js"></script>
        <script src="js/two.mjs" type="module"></script>
        <script src="js/three.js" async defer></script>
        </body>
        </html>

        """))
    }

    @Test func extraFilesAreCopiedFromTheDocsFolder() {
        let fixture = built()
        #expect(fixture.read("site/css/a.css") == "a{}")
        #expect(fixture.read("site/js/two.mjs") == "2")
    }

    @Test func descriptionAuthorFaviconLogoRepoAndCopyright() {
        let fixture = built()
        let home = fixture.read("site/index.html") ?? ""
        #expect(home.contains("<meta name=\"description\" content=\"About the docs\">"))
        #expect(home.contains("<meta name=\"author\" content=\"Ana\">"))
        #expect(home.contains("<link rel=\"icon\" href=\"img/favicon.png\">"))
        #expect(home.contains("<img class=\"header-logo\" src=\"img/logo.svg\" alt=\"\">Docs</a>"))
        #expect(home.contains("<a class=\"header-repo\" href=\"https://github.com/ana/docs\">GitHub</a>"))
        #expect(home.contains("<p class=\"copyright\">Copyright &copy; 2026 Ana</p>"))
        #expect(home.contains("href=\"https://github.com/ana/docs/edit/master/docs/index.md\""))
        let page = fixture.read("site/guide/page/index.html") ?? ""
        #expect(page.contains("<meta name=\"description\" content=\"Its own description\">"))
        #expect(page.contains("<link rel=\"icon\" href=\"../../img/favicon.png\">"))
        #expect(page.contains("href=\"https://github.com/ana/docs/edit/master/docs/guide/page.md\""))
    }

    @Test func paletteColoursBecomeCustomProperties() {
        let home = built().read("site/index.html") ?? ""
        #expect(home.contains("<style>:root{--header-bg:#009485;--header-fg:#ffffff;--link:#009485;--accent:#ffaa00;--accent-fg:#1f2328;}"))
        #expect(home.contains(":root[data-theme=\"dark\"]{--header-bg:#000000;--header-fg:#ffffff;}"))
    }

    @Test func frontMatterHidesNavigationTOCAndFooterAndLeavesSearch() {
        let fixture = built()
        let page = fixture.read("site/guide/page/index.html") ?? ""
        #expect(!page.contains("<nav class=\"sidebar\""))
        #expect(!page.contains("class=\"toc-title\""))
        #expect(!page.contains("class=\"pager\""))
        let home = fixture.read("site/index.html") ?? ""
        #expect(home.contains("<nav class=\"sidebar\""))
        #expect(home.contains("class=\"pager\""))
        let index = fixture.read("site/assets/search/index.js") ?? ""
        #expect(index.contains("\"Home\""))
        #expect(!index.contains("guide/page/"))
    }

    @Test func extraValuesReachTemplates() {
        let site = SiteFixture(Self.project).load()
        let context = PageContext(site: site).context(for: site.pages[0])
        #expect((context["extra"] as? [String: Any])?["version"] as? String == "2.1")
    }

    @Test func withoutTheseKeysThePageHasNoneOfIt() {
        let fixture = SiteFixture(["mkdocs.yml": "site_name: Docs\n", "docs/index.md": "# Home\n"])
        _ = fixture.build()
        let home = fixture.read("site/index.html") ?? ""
        for absent in ["name=\"description\"", "rel=\"icon\"", "header-logo", "header-repo", "copyright", "edit-link", "<style>"] {
            #expect(!home.contains(absent), "\(absent)")
        }
    }

    @Test func redirectMapsBecomeRefreshPages() {
        let fixture = SiteFixture([
            "mkdocs.yml": "plugins:\n  - redirects:\n      redirect_maps:\n        old/page.md: guide/new.md#part\n        gone.md: https://example.com/\n",
            "docs/index.md": "# Home\n", "docs/guide/new.md": "# New\n",
        ])
        let report = fixture.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let old = fixture.read("site/old/page/index.html") ?? ""
        #expect(old.contains("<meta http-equiv=\"refresh\" content=\"0; url=../../guide/new/index.html#part\">"))
        #expect(old.contains("<link rel=\"canonical\" href=\"../../guide/new/index.html#part\">"))
        #expect(fixture.read("site/gone/index.html")?.contains("url=https://example.com/") == true)
    }
}
