import Testing
@testable import SiteGen

@Suite("sitegen new")
struct StarterProjectTests {
    @Test(arguments: ["es", "en"])
    func starterBuildsWithNoDiagnostics(language: String) throws {
        let fixture = SiteFixture()
        try StarterProject(language: language).write(to: fixture.root + "/nuevo")
        var builder = SiteBuilder(options: BuildOptions(projectRoot: fixture.root + "/nuevo"))
        builder.renderMarkdown = .standard
        let report = builder.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.pageCount == 1)
        let html = fixture.read("nuevo/site/index.html") ?? ""
        #expect(html.contains("<html lang=\"\(language)\""))
        #expect(html.contains(language == "es" ? "Consejo" : ">Tip<"))
    }

    @Test func anExistingProjectIsNotOverwritten() {
        let fixture = SiteFixture(["p/sitegen.yml": "site_name: Mío\n"])
        #expect(throws: StarterProject.AlreadyAProject.self) { try StarterProject().write(to: fixture.root + "/p") }
        #expect(fixture.read("p/sitegen.yml") == "site_name: Mío\n")
        #expect(!fixture.exists("p/content/index.md"))
    }
}
