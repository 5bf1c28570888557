@testable import SiteGen

/// A fixture folder and the include stage over it: pages are `docs/page.md`, paths print relative to the folder.
struct IncludeFixture {
    let fixture: SiteFixture

    init(_ files: [String: String]) {
        fixture = SiteFixture(files)
    }

    var root: String { fixture.root }

    func stage(_ settings: IncludeSettings) -> IncludeStage {
        let root = fixture.root
        var settings = settings
        settings.projectRoot = root
        if var snippets = settings.snippets {
            snippets.basePaths = snippets.basePaths.map { PathUtilities.absolute($0, relativeTo: root) }
            settings.snippets = snippets
        }
        return IncludeStage(settings: settings, displayPath: { PathUtilities.display($0, relativeTo: root) })
    }

    /// `page` as `docs/page.md` through the stage.
    func expand(_ page: String, _ settings: IncludeSettings, firstLine: Int = 1) -> ExpandedSource {
        stage(settings).expand(page, file: "docs/page.md", absolutePath: root + "/docs/page.md", firstLine: firstLine)
    }

    /// Snippets only, base path the fixture root.
    func snippets(_ page: String, autoAppend: [String] = [], checkPaths: Bool = false) -> ExpandedSource {
        expand(page, IncludeSettings(snippets: .init(basePaths: ["."], autoAppend: autoAppend, checkPaths: checkPaths)))
    }
}
