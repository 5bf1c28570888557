import Testing
@testable import SiteGen

@Suite("Navigation")
struct SiteNavTests {
    private func titles(_ items: [NavItem]) -> [String] {
        items.map { $0.children.isEmpty ? $0.title : "\($0.title)[\(titles($0.children).joined(separator: ","))]" }
    }

    @Test func fromTheFolderTreeIndexFirstThenAlphabetical() {
        let fixture = SiteFixture([
            "content/index.md": "# Inicio\n", "content/zeta.md": "# Zeta\n", "content/alfa.md": "sin título\n",
            "content/mis-notas/index.md": "# Notas\n", "content/mis-notas/b.md": "# Bé\n", "content/mis-notas/a.md": "# A\n",
        ])
        let site = fixture.load()
        #expect(titles(site.nav.items) == ["Inicio", "Alfa", "Mis notas[Notas,A,Bé]", "Zeta"])
        #expect(site.pages.map(\.sourcePath) == ["index.md", "alfa.md", "mis-notas/index.md", "mis-notas/a.md", "mis-notas/b.md", "zeta.md"])
    }

    @Test func fromConfigWithSectionsAndExternalLinks() {
        let fixture = SiteFixture([
            "sitegen.yml": "nav:\n  - index.md\n  - Guía:\n    - Primero: g/a.md\n    - g/b.md\n  - Web: https://example.com\n",
            "content/index.md": "# Inicio\n", "content/g/a.md": "# A\n", "content/g/b.md": "# B\n",
        ])
        let site = fixture.load()
        #expect(titles(site.nav.items) == ["Inicio", "Guía[Primero,B]", "Web"])
        #expect(site.nav.pageOrder == ["index.md", "g/a.md", "g/b.md"])
    }

    @Test func largeSitesCollapseSectionsOffTheCurrentPath() {
        var files = ["content/index.md": "# Inicio\n"]
        for section in 0..<3 {
            for page in 0..<40 { files["content/s\(section)/p\(page + 10).md"] = "# P\(page)\n" }
        }
        let site = SiteFixture(files).load()
        let context = PageContext(site: site)
        let nav = context.context(for: site.pages.first { $0.sourcePath == "s1/p10.md" }!)["nav"] as! [[String: Any]]
        let sections = nav.filter { $0["is_section"] as! Bool }
        #expect(sections.map { ($0["children"] as! [[String: Any]]).count } == [0, 40, 0])
        #expect(sections.map { $0["is_collapsed"] as! Bool } == [true, false, true])
        #expect(sections[0]["url"] as? String == "../../s0/p10/index.html")
    }
}

@Suite("Navigation HTML")
struct NavHTMLRendererTests {
    /// `nav_html` must be exactly what iterating `nav` through the `nav-item` partial gives, on
    /// every page of a collapsed (large) site with nested sections and on a small one.
    @Test(arguments: [3, 60])
    func sharedFragmentsGiveTheSameHTMLAsIteratingTheNav(pagesPerSection: Int) throws {
        var files = ["content/index.md": "# Inicio\n", "content/solo.md": "# Solo\n"]
        for section in 0..<2 {
            for page in 0..<pagesPerSection { files["content/s\(section)/p\(page + 10).md"] = "# P\(section)-\(page)\n" }
            files["content/s\(section)/sub/q.md"] = "# Q\(section)\n"
        }
        let site = SiteFixture(files).load()
        let (loaded, problems) = TemplateSet.load(from: TemplateLocator.bundledTemplatesDir, display: { $0 })
        let templates = try #require(loaded, "\(problems)")
        var contexts = PageContext(site: site, templates: templates)
        #expect(contexts.navHTML != nil)
        contexts.buildsNavValue = true
        for page in site.pages {
            let context = contexts.context(for: page)
            let iterated = try templates.render(text: "{{#nav}}{{> nav-item}}{{/nav}}", context)
            #expect(context["nav_html"] as? String == iterated, "\(page.sourcePath)")
        }
        let notFound = contexts.notFoundContext()
        #expect(notFound["nav_html"] as? String == (try templates.render(text: "{{#nav}}{{> nav-item}}{{/nav}}", notFound)))
    }
}

@Test func navValueIsBuiltOnlyForTemplatesThatUseIt() {
    #expect(TemplateSet.mentionsNav("<ul>{{#nav}}{{> nav-item}}{{/nav}}</ul>"))
    #expect(!TemplateSet.mentionsNav("<ul>{{{nav_html}}}</ul>"))
}

@Test func replacingTheFirstOccurrenceOnly() {
    #expect(NavHTMLRenderer.replacingFirst("<li>a</li>", in: "<ul><li>a</li><li>a</li></ul>", with: "<li>A</li>")
            == "<ul><li>A</li><li>a</li></ul>")
    #expect(NavHTMLRenderer.replacingFirst("<li>z</li>", in: "<ul><li>a</li></ul>", with: "x") == nil)
}

extension SiteNavTests {
    @Test func missingNavPagesAreWarningsInMkDocsProjects() {
        let fixture = SiteFixture(["mkdocs.yml": "site_name: x\nnav:\n  - index.md\n  - falta.md\n", "docs/index.md": "# A\n"])
        let site = SiteLoader(options: fixture.options).load()
        #expect(SiteFixture.lines(site.diagnostics) == ["mkdocs.yml:4:5: warning: nav entry 'falta.md' names a page that is not in docs"])
    }
}
