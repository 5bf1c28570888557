import Testing
import SiteGen
@testable import DevServer

@Suite("What serve watches")
struct ServeProjectTests {
    @Test func inheritedConfigsAndAMaterialCustomDirAreWatched() {
        var config = SiteConfig(projectRoot: "/p", configFile: "mkdocs.yml", docsDir: "/p/docs", siteDir: "/p/site",
                                templatesDir: "/t")
        config.inheritedConfigFiles = ["/p/base.yml"]
        config.theme.staticDir = "/p/overrides"
        let project = ServeProject(config: config, displayRoot: "/p")
        #expect(project.watchedPaths == ["/p/docs", "/t", "/p/mkdocs.yml", "/p/base.yml", "/p/overrides",
                                       "/p/verified-snippets.json"], "the verification record is an input of the build")
    }
}
