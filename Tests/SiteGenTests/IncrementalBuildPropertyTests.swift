import Foundation
import Testing
@testable import SiteGen

/// The property `serve` relies on: after any sequence of edits, the site a `SiteBuildSession`
/// keeps up to date holds exactly the bytes a fresh full build writes, and reports the same
/// problems. Sequences are random but seeded (reproducible); a failure prints its seed and the
/// shortest sequence of edits still failing. `SITEGEN_PROPERTY_SEED=N` replays one seed,
/// `SITEGEN_PROPERTY_RUNS=N` tries more seeds.
@Suite("Incremental build equals full build")
struct IncrementalBuildPropertyTests {
    @Test func randomEditSequencesKeepTheSiteIdenticalToAFullBuild() {
        let environment = ProcessInfo.processInfo.environment
        let seeds: [UInt64] = environment["SITEGEN_PROPERTY_SEED"].flatMap(UInt64.init).map { [$0] }
            ?? Array(1...UInt64(environment["SITEGEN_PROPERTY_RUNS"].flatMap(Int.init) ?? 6))
        for seed in seeds {
            let edits = EditScript.generate(seed: seed, steps: 14)
            guard let failure = Replay.firstMismatch(edits) else { continue }
            let shortest = Replay.shrink(edits, failingAt: failure)
            let listing = shortest.edits.enumerated().map { "  \($0.offset + 1). \($0.element)" }.joined(separator: "\n")
            Issue.record("""
                seed \(seed): after \(shortest.mismatch.step) edit(s) the incremental site differs from a full build: \
                \(shortest.mismatch.difference)
                shortest failing sequence:
                \(listing)
                """)
        }
    }

    @Test func theComparisonSeesADifference() {
        let fixture = SiteFixture(["content/index.md": "# Inicio\n"])
        #expect(Replay.builtFiles(fixture.root + "/content") != Replay.builtFiles(fixture.root + "/none"))
        fixture.write("a/x.txt", "1")
        fixture.write("b/x.txt", "2")
        #expect(Replay.difference(Replay.builtFiles(fixture.root + "/a"), Replay.builtFiles(fixture.root + "/b")) == "x.txt differs")
    }
}

/// One change a writer makes to a project.
enum Edit: CustomStringConvertible {
    case write(page: String, text: String)
    case rename(from: String, to: String)
    case delete(page: String)
    /// Breaks a page (invalid UTF-8: an error, so nothing is written).
    case corrupt(page: String)
    case nav([(title: String?, page: String)]?)
    case template(revision: Int)
    case asset(path: String, text: String?)

    var description: String {
        switch self {
        case .write(let page, let text): "write content/\(page): \(text.debugDescription)"
        case .rename(let from, let to): "rename content/\(from) → content/\(to)"
        case .delete(let page): "delete content/\(page)"
        case .corrupt(let page): "write invalid UTF-8 to content/\(page)"
        case .nav(let entries): "nav: " + (entries.map { $0.map { "\($0.title ?? "·"): \($0.page)" }.joined(separator: ", ") } ?? "none (folder tree)")
        case .template(let revision): "templates/page.mustache revision \(revision)"
        case .asset(let path, let text): text.map { "write content/\(path): \($0)" } ?? "delete content/\(path)"
        }
    }

    /// Applies the edit to the project at `fixture`; returns the project-relative paths it touched.
    func apply(to fixture: SiteFixture) -> [String] {
        switch self {
        case .write(let page, let text):
            fixture.write("content/" + page, text)
            return ["content/" + page]
        case .rename(let from, let to):
            guard fixture.exists("content/" + from) else { return [] }
            fixture.write("content/" + to, "")
            _ = Foundation.rename(fixture.root + "/content/" + from, fixture.root + "/content/" + to)
            return ["content/" + from, "content/" + to]
        case .delete(let page), .asset(let page, nil):
            try? FileManager.default.removeItem(atPath: fixture.root + "/content/" + page)
            return ["content/" + page]
        case .corrupt(let page):
            fixture.write("content/" + page, bytes: Array("# Roto\n".utf8) + [0xC3, 0x28])
            return ["content/" + page]
        case .nav(let entries):
            fixture.write("sitegen.yml", EditScript.config(nav: entries))
            return ["sitegen.yml"]
        case .template(let revision):
            let original = (try? String(contentsOfFile: TemplateLocator.bundledTemplatesDir + "/page.mustache", encoding: .utf8)) ?? ""
            fixture.write("templates/page.mustache", original.replacingOccurrences(of: "</body>", with: "<!-- r\(revision) --></body>"))
            return ["templates/page.mustache"]
        case .asset(let path, let text?):
            fixture.write("content/" + path, text)
            return ["content/" + path]
        }
    }
}

/// Random edit sequences over a small site (three folders, a few pages each, links between them).
enum EditScript {
    static let folders = ["", "guia/", "ref/"]
    static let names = ["index", "hilos", "colas", "procesos", "cerrojos"]
    static let words = ["hilo", "cola", "proceso", "cerrojo", "evento", "tarea", "señal", "barrera", "futuro"]

    static func generate(seed: UInt64, steps: Int) -> [Edit] {
        var random = SeededRandom(seed: seed)
        var pages = Set(["index.md"])
        var edits: [Edit] = [.write(page: "index.md", text: "# Inicio\n\nBienvenida.\n")]
        var revision = 0
        for _ in 0..<steps {
            let existing = pages.sorted()
            let newPage = folders[random.below(folders.count)] + names[random.below(names.count)] + ".md"
            switch existing.isEmpty ? 0 : random.below(20) {
            case 0..<5:
                pages.insert(newPage)
                edits.append(.write(page: newPage, text: page(at: newPage, linkingTo: existing, random: &random)))
            case 5..<10:
                let page = existing[random.below(existing.count)]
                edits.append(.write(page: page, text: self.page(at: page, linkingTo: existing, random: &random)))
            case 10..<12:
                let from = existing[random.below(existing.count)]
                guard !pages.contains(newPage) else { continue }
                pages.remove(from)
                pages.insert(newPage)
                edits.append(.rename(from: from, to: newPage))
            case 12..<14:
                let page = existing[random.below(existing.count)]
                pages.remove(page)
                edits.append(.delete(page: page))
            case 14..<16:
                let listed = existing.filter { _ in random.below(3) > 0 }.shuffled(using: &random)
                let entries = listed.map { page -> (title: String?, page: String) in
                    (random.below(2) == 0 ? nil : "Título \(random.below(9))", page)
                }
                edits.append(.nav(random.below(4) == 0 ? nil : entries))
            case 16:
                revision += 1
                edits.append(.template(revision: revision))
            case 17:
                edits.append(.corrupt(page: existing[random.below(existing.count)]))
            default:
                let path = folders[random.below(folders.count)] + "img.svg"
                edits.append(.asset(path: path, text: random.below(3) == 0 ? nil : "<svg>\(random.below(100))</svg>"))
            }
        }
        return edits
    }

    /// A page: maybe front matter, maybe a title, paragraphs, sections and links to other pages.
    static func page(at path: String, linkingTo others: [String], random: inout SeededRandom) -> String {
        var text = ""
        if random.below(4) == 0 { text += "---\ntitle: Portada \(random.below(9))\n---\n" }
        if random.below(5) > 0 { text += "# \(words[random.below(words.count)].capitalized) \(random.below(9))\n\n" }
        for _ in 0..<(1 + random.below(3)) {
            text += (0..<(3 + random.below(6))).map { _ in words[random.below(words.count)] }.joined(separator: " ") + ".\n\n"
            if random.below(2) == 0 { text += "## \(words[random.below(words.count)].capitalized)\n\n" }
            if random.below(2) == 0, !others.isEmpty {
                let target = others[random.below(others.count)]
                let anchor = random.below(2) == 0 ? "#" + words[random.below(words.count)] : ""
                text += "Ver [otra](\(relative(from: path, to: target))\(anchor)).\n\n"
            }
        }
        return text
    }

    /// The `sitegen.yml` of the test site, with `nav` when given.
    static func config(nav: [(title: String?, page: String)]?) -> String {
        var text = "site_name: Prueba\n"
        guard let nav else { return text }
        text += "nav:\n"
        for entry in nav { text += entry.title.map { "  - \($0): \(entry.page)\n" } ?? "  - \(entry.page)\n" }
        return text
    }

    /// A relative link from the page at `from` to the page at `to` (docs-relative paths).
    static func relative(from: String, to: String) -> String {
        let depth = from.split(separator: "/").count - 1
        return String(repeating: "../", count: depth) + to
    }
}

/// Replays edit sequences on a fresh project, comparing the kept-up-to-date site with a full build after each edit.
enum Replay {
    struct Mismatch {
        var step: Int
        var difference: String
    }

    /// The first edit after which the sites (or the problems reported) differ, or `nil`.
    static func firstMismatch(_ edits: [Edit]) -> Mismatch? {
        let fixture = SiteFixture(["sitegen.yml": EditScript.config(nav: nil)])
        _ = Edit.template(revision: 0).apply(to: fixture)
        copyThemeAssets(to: fixture)
        let session = SiteBuildSession(builder: SiteBuilder(options: fixture.options))
        _ = session.build()
        for (index, edit) in edits.enumerated() {
            let touched = edit.apply(to: fixture)
            let kept = session.rebuild(changedPaths: touched)
            var options = fixture.options
            options.siteDirOverride = fixture.root + "/fresh"
            try? FileManager.default.removeItem(atPath: fixture.root + "/fresh")
            let fresh = SiteBuilder(options: options).build()
            let problems = (Set(kept.diagnostics.map(\.description)), Set(fresh.diagnostics.map(\.description)))
            if problems.0 != problems.1 {
                return Mismatch(step: index + 1, difference: "problems \(problems.0.sorted()) ≠ \(problems.1.sorted())")
            }
            guard fresh.succeeded else { continue }
            if let difference = difference(builtFiles(fixture.root + "/site"), builtFiles(fixture.root + "/fresh")) {
                return Mismatch(step: index + 1, difference: difference)
            }
        }
        return nil
    }

    /// Drops edits one at a time while the sequence still fails (a greedy shrink).
    static func shrink(_ edits: [Edit], failingAt mismatch: Mismatch) -> (edits: [Edit], mismatch: Mismatch) {
        var best = (edits: Array(edits.prefix(mismatch.step)), mismatch: mismatch)
        var index = best.edits.count - 1
        while index >= 0 {
            var fewer = best.edits
            fewer.remove(at: index)
            if let failure = firstMismatch(fewer) { best = (Array(fewer.prefix(failure.step)), failure) }
            index = min(index - 1, best.edits.count - 1)
        }
        return best
    }

    /// The theme's assets, next to the project's own page template.
    static func copyThemeAssets(to fixture: SiteFixture) {
        try? FileManager.default.copyItem(atPath: TemplateLocator.bundledTemplatesDir + "/assets", toPath: fixture.root + "/templates/assets")
        for partial in ["nav-item", "toc-item"] {
            try? FileManager.default.copyItem(atPath: TemplateLocator.bundledTemplatesDir + "/\(partial).mustache",
                                              toPath: fixture.root + "/templates/\(partial).mustache")
        }
    }

    /// Every file and folder under `root`, by relative path (folders map to `nil`).
    static func builtFiles(_ root: String) -> [String: Data?] {
        var result: [String: Data?] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root) else { return result }
        while let path = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder)
            result[path] = isFolder.boolValue ? Data?.none : FileManager.default.contents(atPath: root + "/" + path)
        }
        return result
    }

    /// The first difference between two trees, or `nil`.
    static func difference(_ kept: [String: Data?], _ fresh: [String: Data?]) -> String? {
        for path in Set(kept.keys).union(fresh.keys).sorted() {
            switch (kept[path], fresh[path]) {
            case (nil, _): return "\(path) is missing"
            case (_, nil): return "\(path) should not exist"
            case (let a?, let b?) where a != b: return "\(path) differs"
            default: continue
            }
        }
        return nil
    }
}

/// A small seeded generator (xorshift64*): the same seed gives the same edits on every machine.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = (seed &+ 1) &* 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
