import Foundation
import Testing
@testable import SiteGen

/// pymdownx.emoji with Material's generator: icons from `.icons` folders inlined as SVG.
@Suite struct EmojiTests {
    private func icons() throws -> (IconLibrary, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("icons-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/material", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/fontawesome/brands", withIntermediateDirectories: true)
        try "<svg viewBox=\"0 0 24 24\"><path d=\"M1\"/></svg>\n".write(toFile: folder + "/material/apple.svg", atomically: true, encoding: .utf8)
        try "<svg viewBox=\"0 0 9 9\"/>".write(toFile: folder + "/fontawesome/brands/github.svg", atomically: true, encoding: .utf8)
        return (IconLibrary(iconFolders: [folder], pymdownxFolder: nil), folder)
    }

    @Test func iconsAreInlinedInTwemojiSpans() throws {
        let (library, folder) = try icons()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let html = ExtensionRender.html(":material-apple: y :fontawesome-brands-github:\n", ["pymdownx.emoji"], icons: library)
        #expect(html == ##"<p><span class="twemoji"><svg viewBox="0 0 24 24"><path d="M1"/></svg></span> y <span class="twemoji"><svg viewBox="0 0 9 9"/></span></p>"## + "\n")
    }

    @Test func iconsInTabLabelsAndTitles() throws {
        let (library, folder) = try icons()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let html = ExtensionRender.html("=== \":material-apple: macOS\"\n\n    x\n", ["pymdownx.emoji", "pymdownx.tabbed"], icons: library)
        #expect(html.contains(##"<label for="__tabbed_1_1"><span class="twemoji"><svg viewBox="0 0 24 24"><path d="M1"/></svg></span> macOS</label>"##))
    }

    @Test func unknownIconIsAWarningNotText() throws {
        let (library, folder) = try icons()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page = ExtensionRender.document("Texto\n\nOtro :material-nope: y 10:30:45\n", ["pymdownx.emoji"], icons: library)
        #expect(page.html == "<p>Texto</p>\n<p>Otro  y 10:30:45</p>\n")
        #expect(page.diagnostics.map(\.description) == ["t.md:3:1: warning: unknown icon ':material-nope:' (no .icons folder has material/nope.svg); left out"])
    }
}
