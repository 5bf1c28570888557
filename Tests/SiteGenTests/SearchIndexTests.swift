import Foundation
import Testing
@testable import SiteGen

@Suite("Search index")
struct SearchIndexTests {
    func page(_ path: String, url: String, title: String?, sections: [DocumentSection]) -> ParsedPage {
        ParsedPage(sourcePath: path, displayPath: "content/" + path, url: url,
                   document: RenderedDocument(title: title, sections: sections))
    }

    /// The index files by site path.
    func files(_ pages: [ParsedPage], strings: LocalizedStrings = .spanish) -> [String: String] {
        Dictionary(uniqueKeysWithValues: SearchIndex.files(for: pages, strings: strings).map { ($0.path, $0.text) })
    }

    /// The JSON value a file assigns (`….index=` or `….parts["t0"]=`).
    func payload(_ script: String?) throws -> Any {
        let script = try #require(script)
        #expect(script.hasPrefix(SearchIndexFiles.head))
        #expect(script.hasSuffix(";\n"))
        let assignment = try #require(script.range(of: "="  , range: script.index(script.startIndex, offsetBy: SearchIndexFiles.head.count)..<script.endIndex))
        let json = script[assignment.upperBound...].dropLast(2)
        return try JSONSerialization.jsonObject(with: Data(json.utf8))
    }

    func dictionary(_ files: [String: String]) throws -> [String: Any] {
        try #require(try payload(files[SearchIndex.dictionaryPath]) as? [String: Any])
    }

    /// Every word of every term shard, with its postings decoded to (section, weight).
    func words(_ files: [String: String]) throws -> [String: [(section: Int, weight: Int)]] {
        var found: [String: [(section: Int, weight: Int)]] = [:]
        let shards = try #require(try dictionary(files)["shards"] as? [String])
        for number in shards.indices {
            let shard = try #require(try payload(files["\(SearchIndex.folder)/t\(number).js"]) as? [String: [Int]])
            for (word, list) in shard {
                #expect(found[word] == nil, "\(word) is in two shards")
                var section = 0
                found[word] = list.map { value in
                    section += value >> 4
                    return (section, value & 15)
                }
            }
        }
        return found
    }

    let course = [
        ParsedPage(sourcePath: "index.md", displayPath: "content/index.md", url: "",
                   document: RenderedDocument(title: "Inicio", sections: [DocumentSection(headingID: nil, title: nil, text: "Un curso breve.")])),
        ParsedPage(sourcePath: "concurrencia/hilos.md", displayPath: "content/concurrencia/hilos.md", url: "concurrencia/hilos/",
                   document: RenderedDocument(title: "Hilos en Python", sections: [
                       DocumentSection(headingID: nil, title: nil, text: "Decimos que dos tareas son concurrentes."),
                       DocumentSection(headingID: "ejecucion", title: "Ejecución", text: "Hilos de ejecución concurrentes; la EJECUCIÓN termina."),
                   ])),
    ]

    @Test func theDictionaryListsPagesInNavigationOrderAndTheContentFilesHoldTheirText() throws {
        let index = files(course)
        let dictionary = try dictionary(index)
        #expect(dictionary["lang"] as? String == "es")
        let pages = try #require(dictionary["pages"] as? [[Any]])
        #expect(pages.count == 2)
        #expect(pages[1][0] as? String == "Hilos en Python")
        #expect(pages[1][1] as? String == "concurrencia/hilos/")
        #expect(pages[1][2] as? Int == 2)
        #expect(dictionary["chunks"] as? [Int] == [0])
        let content = try #require(try payload(index["\(SearchIndex.folder)/p0.js"]) as? [[Any]])
        #expect(content[1][0] as? String == "Hilos en Python")
        #expect(content[1][2] as? [[String]] == [["", "", "Decimos que dos tareas son concurrentes."],
                                                 ["ejecucion", "Ejecución", "Hilos de ejecución concurrentes; la EJECUCIÓN termina."]])
    }

    @Test func wordsAreFoldedAsTheBrowserFoldsQueriesWithTheirSectionsAndWeights() throws {
        let words = try words(files(course))
        // Sections are numbered across the site: index.md has 0, hilos.md 1 and 2.
        let ejecucion = try #require(words["ejecucion"])
        #expect(ejecucion.map(\.section) == [2])
        #expect(ejecucion[0].weight == 8 + 2, "in the heading, and twice in the text (any case, any accent)")
        #expect(words["concurrentes"]?.map(\.section) == [1, 2])
        #expect(words["ejecución"] == nil && words["Hilos"] == nil)
        #expect(words["hilos"]?.map(\.section) == [2], "the page title is matched in the browser, not indexed")
    }

    @Test func foldingMatchesSearchJS() {
        var splitter = SearchWords()
        var seen: [String] = []
        splitter.forEach(in: "¿Pingüino? ÑANDÚ straße_2 e\u{301}xito x\u{2028}y Ǆ İ 漢字 1½") { seen.append($0) }
        // ü, ú, é (precomposed or not) lose their accent; ñ becomes n (NFD n + U+0303); ½ is a number.
        #expect(seen == ["pinguino", "nandu", "straße_2", "exito", "x", "y", "ǆ", "i", "漢字", "1½"])
    }

    /// U+0080–U+024F fold from a table made once; every one must fold as Foundation folds it
    /// (NFD, accents U+0300–U+036F dropped, lowercased, non-letters ending the word).
    @Test func latinLettersFoldAsFoundationFoldsThem() {
        var splitter = SearchWords()
        for value in UInt32(0x80)..<0x250 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var expected = ""
            for part in String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars where !(0x300...0x36F).contains(part.value) {
                for lower in String(Character(part)).lowercased().unicodeScalars {
                    // search.js: [\p{L}\p{N}_]
                    let isWord = lower == "_" || [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                                                  .decimalNumber, .letterNumber, .otherNumber].contains(lower.properties.generalCategory)
                    expected += isWord ? String(lower) : " "
                }
            }
            var seen: [String] = []
            splitter.forEach(in: "a\(Character(scalar))b") { seen.append($0) }
            let words = ("a" + expected + "b").split(separator: " ").map(String.init)
            #expect(seen == words, "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    @Test func textThatCouldBreakTheScriptIsEscaped() throws {
        let nasty = "a \"b\" \\ </script><script>alert(1)</script>\u{2028}\n\t\u{01}"
        let index = files([page("x.md", url: "x/", title: nasty, sections: [DocumentSection(headingID: nil, title: nil, text: nasty)])])
        for text in index.values {
            #expect(!text.contains("</script"))
            #expect(!text.contains("\u{2028}"))
        }
        let pages = try #require(try dictionary(index)["pages"] as? [[Any]])
        #expect(pages[0][0] as? String == nasty)
        #expect(try words(index)["script"] != nil)
    }

    @Test func aPageWithoutAHeadingIsTitledByItsFileName() throws {
        let index = files([page("guia/colas.md", url: "guia/colas/", title: nil, sections: [])], strings: .english)
        let dictionary = try dictionary(index)
        #expect(dictionary["lang"] as? String == "en")
        #expect((dictionary["pages"] as? [[Any]])?[0][0] as? String == "colas")
    }

    @Test func emptyTextBeforeTheFirstHeadingIsLeftOut() throws {
        let pages = [page("a.md", url: "a/", title: "A", sections: [
            DocumentSection(headingID: nil, title: nil, text: ""),
            DocumentSection(headingID: "b", title: "B", text: ""),
        ])]
        let content = try #require(try payload(files(pages)["\(SearchIndex.folder)/p0.js"]) as? [[Any]])
        #expect((content[0][2] as? [[String]]) == [["b", "B", ""]])
    }

    /// A large site: shards stay near their target, each word is in one shard, and the shards a
    /// query term selects (prefix rule of search.js) hold every word starting with it.
    @Test func aLargeIndexIsSplitByPrefixAndATermFindsItsShards() throws {
        let vocabulary = (0..<3000).map { n in
            let letters = Array("abcdefghijklmnopqrstuvwxyz")
            return String([letters[n % 26], letters[(n / 26) % 26], letters[(n / 676) % 26]]) + "palabra\(n)"
        }
        let pages = (0..<300).map { p in
            page("p\(p).md", url: "p\(p)/", title: "Página \(p)", sections: (0..<4).map { s in
                DocumentSection(headingID: "s\(s)", title: "Parte \(s)",
                                text: (0..<60).map { vocabulary[($0 * 37 + p * 11 + s * 5) % vocabulary.count] }.joined(separator: " "))
            })
        }
        let index = files(pages)
        let shards = try #require(try dictionary(index)["shards"] as? [String])
        #expect(shards.count > 10)
        #expect(Set(shards).count == shards.count)
        let words = try words(index)
        for number in shards.indices {
            let text = try #require(index["\(SearchIndex.folder)/t\(number).js"])
            #expect(text.utf8.count < 2 * SearchIndexFiles.shardTarget)
        }
        for term in ["a", "ab", "abc", "abcpalabra", "zzz", "parte", "pa"] {
            let selected = shards.enumerated().filter { $0.element.hasPrefix(term) || term.hasPrefix($0.element) }.map(\.offset)
            var reachable = Set<String>()
            for number in selected {
                let shard = try #require(try payload(index["\(SearchIndex.folder)/t\(number).js"]) as? [String: Any])
                reachable.formUnion(shard.keys)
            }
            let expected = Set(words.keys.filter { $0.hasPrefix(term) })
            #expect(expected.isSubset(of: reachable), "\(term)")
        }
        // Content files: runs of pages of about 64 KB, covering every page once.
        let chunks = try #require(try dictionary(index)["chunks"] as? [Int])
        #expect(chunks.first == 0 && chunks.count > 1)
        let counted = try chunks.indices.reduce(0) { total, number in
            total + (try #require(try payload(index["\(SearchIndex.folder)/p\(number).js"]) as? [Any])).count
        }
        #expect(counted == 300)
    }
}
