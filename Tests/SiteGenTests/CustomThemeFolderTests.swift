import Testing
@testable import SiteGen

@Suite("theme.custom_dir")
struct CustomThemeFolderTests {
    private static let materialProject: [String: String] = [
        "mkdocs.yml": "site_name: Material\ntheme:\n  name: material\n  custom_dir: overrides\n",
        "docs/index.md": "# Inicio\n",
        "overrides/main.html": "{% extends \"base.html\" %}",
        "overrides/partials/footer.html": "{% block x %}{% endblock %}",
        "overrides/assets/images/logo.png": "PNG",
        "overrides/assets/stylesheets/extra.css": "body{}",
        "overrides/.icons/brand/logo.svg": "<svg/>",
        "overrides/hooks/shortcodes.py": "def on_page_markdown(): pass",
    ]

    @Test func jinjaOverridesBuildWithTheBuiltInThemeAndOneWarning() {
        let fixture = SiteFixture(Self.materialProject)
        let report = fixture.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(SiteFixture.lines(report.diagnostics) == [
            "mkdocs.yml:4:15: warning: theme.custom_dir 'overrides' holds Jinja templates sitegen does not use "
                + "(its built-in theme is used; static files are copied): main.html, partials/footer.html",
        ])
        #expect(fixture.read("site/index.html")?.contains("sitegen.css") == true)
    }

    @Test func staticFilesAreCopiedButNotTemplatesOrPython() {
        let fixture = SiteFixture(Self.materialProject)
        _ = fixture.build()
        #expect(fixture.read("site/assets/images/logo.png") == "PNG")
        #expect(fixture.read("site/assets/stylesheets/extra.css") == "body{}")
        #expect(fixture.exists("site/.icons/brand/logo.svg"))
        #expect(!fixture.exists("site/main.html"))
        #expect(!fixture.exists("site/partials/footer.html"))
        #expect(!fixture.exists("site/hooks/shortcodes.py"))
    }

    @Test func docsFilesWinOverThemeStaticFiles() {
        var files = Self.materialProject
        files["docs/assets/images/logo.png"] = "DOCS"
        let fixture = SiteFixture(files)
        _ = fixture.build()
        #expect(fixture.read("site/assets/images/logo.png") == "DOCS")
    }

    @Test func aFolderWithPageMustacheIsStillOurTemplatesFolder() {
        let fixture = SiteFixture([
            "sitegen.yml": "theme:\n  custom_dir: mio\n",
            "content/index.md": "# A\n",
            "mio/page.mustache": "<p>propio: {{page.title}}</p>",
        ])
        let report = fixture.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(fixture.read("site/index.html") == "<p>propio: A</p>")
    }

    @Test func aMissingFolderIsAWarningNotAnError() {
        let fixture = SiteFixture(["mkdocs.yml": "theme:\n  custom_dir: falta\n", "docs/index.md": "# A\n"])
        let report = fixture.build()
        #expect(report.succeeded)
        #expect(SiteFixture.lines(report.diagnostics) == ["mkdocs.yml:2:15: warning: theme.custom_dir 'falta' is not a folder; ignored"])
    }
}
