import Foundation
import Testing
import SiteGen

/// The theme in a real browser: pages built by sitegen, opened from `file://` in headless Chromium,
/// checked after their scripts ran. Skipped (with this reason) only when Chromium is not installed.
@Suite("Theme in headless Chromium", .serialized,
       .enabled(if: HeadlessChromium.isAvailable, "chromium is not installed: run scripts/setup (CI installs it)"))
struct ThemeBrowserTests {
    /// The project's own site (the course), built once for the tests that read it.
    static let courseSite = Result { try BuiltSite() }

    /// `<input …>` tags of the DOM, to read which tab is checked.
    func inputTag(withID id: String, in dom: String) -> String? {
        guard let range = dom.range(of: #"<input[^>]*id="\#(id)"[^>]*>"#, options: .regularExpression) else { return nil }
        return String(dom[range])
    }

    func isChecked(_ id: String, in dom: String) -> Bool {
        inputTag(withID: id, in: dom)?.contains("checked") == true
    }

    func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func searchFromTheURLListsTheNotesPageWithTheTermHighlighted() throws {
        let site = try Self.courseSite.get()
        let browser = try HeadlessChromium()
        defer { browser.removeProfile() }
        let dom = try browser.dom(of: site.url("index.html", query: "?q=ejecucion"))
        let results = try #require(dom.range(of: #"<div id="search-results"[^>]*>"#, options: .regularExpression))
        let panel = dom[results.lowerBound...]
        #expect(!dom[results].contains("hidden"))
        #expect(panel.contains(#"href="concurrencia/hilos/index.html"#))
        #expect(panel.contains("<mark>ejecución</mark>"))
    }

    @Test func searchFoldsPluralsAndAccents() throws {
        let site = try Self.courseSite.get()
        let browser = try HeadlessChromium()
        defer { browser.removeProfile() }
        // The notes say "semáforo"; the reader types a plural without the accent.
        let dom = try browser.dom(of: site.url("concurrencia/hilos/index.html", query: "?q=semaforos"))
        #expect(dom.contains("<mark>semáforo</mark>"))
        let none = try browser.dom(of: site.url("index.html", query: "?q=zzzyyyxxx"))
        #expect(none.contains("Sin resultados"))
    }

    @Test func everyCodeBlockButOutputGetsACopyButton() throws {
        let site = try Self.courseSite.get()
        let browser = try HeadlessChromium()
        defer { browser.removeProfile() }
        let built = try site.html("concurrencia/hilos/index.html")
        let blocks = occurrences(of: #"<div class="language-"#, in: built) - occurrences(of: #" highlight output""#, in: built)
        #expect(blocks > 0)
        let dom = try browser.dom(of: site.url("concurrencia/hilos/index.html"))
        #expect(occurrences(of: #"class="copy-button""#, in: dom) == blocks)
        #expect(dom.contains(">Copiar</button>"))
    }

    @Test func choosingATabSwitchesEverySetOnThisAndLaterPages() throws {
        let tabs = "=== \"Python\"\n    En Python.\n\n=== \"Swift\"\n    En Swift.\n"
        let site = try BuiltSite(pages: [
            "index.md": "# A\n\n" + tabs + "\nTexto.\n\n" + tabs,
            "b.md": "# B\n\n" + tabs,
        ], config: "site_name: Pestañas\nnav:\n  - A: index.md\n  - B: b.md\n")
        let browser = try HeadlessChromium()
        defer { browser.removeProfile() }
        let pageA = try browser.dom(of: site.url("index.html", query: "?tab=Swift"))
        #expect(isChecked("__tabbed_1_2", in: pageA))
        #expect(isChecked("__tabbed_2_2", in: pageA))
        #expect(!isChecked("__tabbed_1_1", in: pageA))
        let pageB = try browser.dom(of: site.url("b/index.html"))
        #expect(isChecked("__tabbed_1_2", in: pageB), "the choice made on page A is remembered on page B")
        let freshBrowser = try HeadlessChromium()
        defer { freshBrowser.removeProfile() }
        let pageBFresh = try freshBrowser.dom(of: site.url("b/index.html"))
        #expect(isChecked("__tabbed_1_1", in: pageBFresh), "without a remembered choice the first tab stays selected")
    }

    @Test func darkModeFollowsTheSystemPreference() throws {
        let site = try Self.courseSite.get()
        let browser = try HeadlessChromium()
        defer { browser.removeProfile() }
        let dark = try browser.dom(of: site.url("index.html"), extraArguments: ["--blink-settings=preferredColorScheme=0"])
        #expect(dark.contains(#"data-color-scheme="dark""#))
        let light = try browser.dom(of: site.url("index.html"), extraArguments: ["--blink-settings=preferredColorScheme=1"])
        #expect(light.contains(#"data-color-scheme="light""#))
    }

    @Test func snippetsTheVerificationRecordListsCarryTheVerifiedBadge() throws {
        let page = "# Código\n\n```swift\nprint(\"hola\")\n```\n\n```swift\nprint(\"sin verificar\")\n```\n"
        let blocks = MarkdownRenderer().render(page, file: "content/index.md").codeBlocks
        let record = VerificationRecord(entries: [
            .init(page: "index.md", line: 3, language: "swift", fingerprint: SnippetFingerprint.of(blocks)[0], tool: "Swift 6.3.1"),
        ])
        let site = try BuiltSite(pages: ["index.md": page], config: "site_name: Código\n",
                                 otherFiles: ["verified-snippets.json": String(decoding: record.json(), as: UTF8.self)])
        let browser = try HeadlessChromium()
        defer { browser.removeProfile() }
        let dom = try browser.dom(of: site.url("index.html"))
        #expect(occurrences(of: #"class="verified-badge""#, in: dom) == 1)
        #expect(dom.contains(#"title="Compilado y ejecutado por sitegen verify-snippets (Swift 6.3.1)">verificado</span>"#))
    }
}
