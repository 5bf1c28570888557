import Foundation
import Testing

/// A generated site of 10,000 pages (issue 13), opened from `file://`: search loads the dictionary
/// and only some term shards and still finds a page by a word typed without its accents; the
/// pruned nav expands from the shared `assets/nav.js`.
@Suite("Large site in headless Chromium", .serialized,
       .enabled(if: HeadlessChromium.isAvailable, "chromium is not installed: run scripts/setup (CI installs it)"))
struct LargeSiteBrowserTests {
    /// 20 sections of 500 pages (10,000 pages: the nav is pruned, the index has many shards);
    /// page 7237 is the only one saying "señalización".
    static let sections = 20
    static let perSection = 500

    static let site = Result { () throws -> BuiltSite in
        let words = ["hilo", "tarea", "ejecución", "cola", "semáforo", "proceso", "núcleo", "memoria", "canal", "señal",
                     "candado", "barrera", "futuro", "promesa", "actor", "mensaje", "evento", "bucle", "pila", "montículo"]
        var pages = ["index.md": "# Inicio\n\nUn sitio grande generado.\n"]
        var nav = "site_name: Grande\nextra_javascript:\n  - probe.js\nnav:\n  - Inicio: index.md\n"
        for section in 0..<sections {
            nav += "  - Parte \(section + 1):\n"
            for number in section * perSection..<(section * perSection + perSection) {
                var text = "# Página \(number)\n\n"
                for part in 0..<2 {
                    text += "## Apartado \(part)\n\n"
                    text += (0..<40).map { "\(words[($0 * 7 + number + part) % words.count])\(($0 * 31 + number * 17) % 997)" }.joined(separator: " ")
                    text += "\n\n"
                }
                if number == 7237 { text += "La señalización del semáforo es única aquí.\n" }
                pages["s\(section)/p\(number).md"] = text
                nav += "      - s\(section)/p\(number).md\n"
            }
        }
        pages["probe.js"] = """
            window.addEventListener('load', function () {
              if (location.search) return; // a search: a click would close its results
              var body = document.body;
              var collapsed = document.querySelector('.nav-section.is-collapsed > a');
              body.setAttribute('data-collapsed-before', document.querySelectorAll('.nav-section.is-collapsed').length);
              if (collapsed) collapsed.click();
              setTimeout(function () {
                var opened = document.querySelector('.sidebar details:not(.is-active) li a');
                var section = collapsed && collapsed.isConnected ? 'not-expanded' : 'expanded';
                var links = document.querySelectorAll('.sidebar a').length;
                body.setAttribute('data-nav-probe', section + '|' + links + '|' + (opened ? opened.getAttribute('href') : 'none'));
              }, 1000);
            });
            """
        return try BuiltSite(pages: pages, config: nav)
    }

    @Test func searchFromFileURLFindsAPageByAWordWithoutItsAccents() throws {
        let site = try Self.site.get()
        let shards = try FileManager.default.contentsOfDirectory(atPath: site.siteDir.appendingPathComponent("assets/search").path)
            .filter { $0.hasPrefix("t") }
        #expect(shards.count > 3, "the index is split")
        let browser = try HeadlessChromium()
        defer { browser.removeProfile() }
        let dom = try browser.dom(of: site.url("s0/p3/index.html", query: "?q=senalizacion"))
        let results = try #require(dom.range(of: #"<div id="search-results"[^>]*>"#, options: .regularExpression))
        let panel = dom[results.lowerBound...]
        #expect(!dom[results].contains("hidden"))
        #expect(panel.contains(#"href="../../s14/p7237/index.html"#))
        #expect(panel.contains("<mark>señalización</mark>"))
        #expect(panel.contains("Páginas encontradas: 1<"))
        // A plural without accents finds the singular with them, on many pages.
        let plural = try browser.dom(of: site.url("index.html", query: "?q=semaforos"))
        #expect(plural.contains("<mark>semáforo"))
        #expect(plural.contains("Páginas encontradas: 15<"), "results are capped at 15 pages")
    }

    @Test func thePrunedNavExpandsFromTheSharedNavFile() throws {
        let site = try Self.site.get()
        let page = try site.html("s3/p1630/index.html")
        // The page carries the top level and the 25 pages around it in its own section, not the
        // other sections' pages: each page stays about as large as on a small site.
        #expect(page.contains(#"aria-current="page">Página 1630<"#))
        #expect(!page.contains(">Página 10<") && !page.contains(">Página 1500<"))
        #expect(page.utf8.count < 40_000)
        #expect(page.contains(#"data-nav-file="../../assets/nav.js""#))
        let browser = try HeadlessChromium()
        defer { browser.removeProfile() }
        let dom = try browser.dom(of: site.url("s3/p1630/index.html"))
        #expect(dom.contains(#"data-collapsed-before="\#(Self.sections - 1)""#))
        // Clicking "Parte 1" (collapsed) filled it in from nav.js: its pages link from here.
        #expect(dom.contains(#"data-nav-probe="expanded|"#))
        #expect(dom.contains(#"../../s0/p0/index.html"#))
        #expect(dom.contains(">Página 10</a>"))
    }
}
