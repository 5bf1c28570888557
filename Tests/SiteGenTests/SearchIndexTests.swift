import Foundation
import Testing
@testable import SiteGen

@Suite("Search index")
struct SearchIndexTests {
    func page(_ path: String, url: String, title: String?, sections: [DocumentSection]) -> ParsedPage {
        ParsedPage(sourcePath: path, displayPath: "content/" + path, url: url,
                   document: RenderedDocument(title: title, sections: sections))
    }

    /// The JSON value the script assigns to the global.
    func payload(_ script: String) throws -> [String: Any] {
        let prefix = "self.\(SearchIndex.globalName)="
        #expect(script.hasPrefix(prefix))
        #expect(script.hasSuffix(";\n"))
        let json = script.dropFirst(prefix.count).dropLast(2)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func pagesKeepTheirTitleURLAndSectionsInNavigationOrder() throws {
        let pages = [
            page("index.md", url: "", title: "Inicio", sections: [DocumentSection(headingID: nil, title: nil, text: "Un curso breve.")]),
            page("concurrencia/hilos.md", url: "concurrencia/hilos/", title: "Hilos en Python", sections: [
                DocumentSection(headingID: nil, title: nil, text: "Decimos que dos tareas son concurrentes."),
                DocumentSection(headingID: "threading", title: "Threading", text: "Hilos de ejecución concurrentes."),
            ]),
        ]
        let index = try payload(SearchIndex.script(for: pages, strings: .spanish))
        #expect(index["lang"] as? String == "es")
        let entries = try #require(index["pages"] as? [[Any]])
        #expect(entries.count == 2)
        #expect(entries[1][0] as? String == "Hilos en Python")
        #expect(entries[1][1] as? String == "concurrencia/hilos/")
        let sections = try #require(entries[1][2] as? [[String]])
        #expect(sections == [["", "", "Decimos que dos tareas son concurrentes."],
                             ["threading", "Threading", "Hilos de ejecución concurrentes."]])
    }

    @Test func textThatCouldBreakTheScriptIsEscaped() throws {
        let nasty = "a \"b\" \\ </script><script>alert(1)</script>\u{2028}\n\t\u{01}"
        let script = SearchIndex.script(for: [page("x.md", url: "x/", title: nasty, sections: [])], strings: .spanish)
        #expect(!script.contains("</script"))
        #expect(!script.contains("\u{2028}"))
        let entries = try #require(try payload(script)["pages"] as? [[Any]])
        #expect(entries[0][0] as? String == nasty)
    }

    @Test func aPageWithoutAHeadingIsTitledByItsFileName() throws {
        let script = SearchIndex.script(for: [page("guia/colas.md", url: "guia/colas/", title: nil, sections: [])], strings: .english)
        let index = try payload(script)
        #expect(index["lang"] as? String == "en")
        let entries = try #require(index["pages"] as? [[Any]])
        #expect(entries[0][0] as? String == "colas")
    }

    @Test func emptyTextBeforeTheFirstHeadingIsLeftOut() throws {
        let pages = [page("a.md", url: "a/", title: "A", sections: [
            DocumentSection(headingID: nil, title: nil, text: ""),
            DocumentSection(headingID: "b", title: "B", text: ""),
        ])]
        let entries = try #require(try payload(SearchIndex.script(for: pages, strings: .spanish))["pages"] as? [[Any]])
        #expect((entries[0][2] as? [[String]]) == [["b", "B", ""]])
    }
}
