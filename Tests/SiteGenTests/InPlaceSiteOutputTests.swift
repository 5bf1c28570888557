import Foundation
import Testing
@testable import SiteGen

/// A rebuild under `serve` updates `site/` in place: what changed is written, what is gone is
/// deleted, and every other file is left alone (a browser's open page keeps its file).
@Suite struct InPlaceSiteOutputTests {
    private final class Folders {
        let root = NSTemporaryDirectory() + "incremental-writer-" + UUID().uuidString
        var site: String { root + "/site" }
        var docs: String { root + "/content" }

        init() throws {
            try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: docs, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        func writer(changed: Set<String> = []) -> Writer {
            Writer(site: site, changed: changed)
        }

        func text(_ path: String) -> String? { try? String(contentsOfFile: site + "/" + path, encoding: .utf8) }

        /// The file's inode: a rewrite renames a new file into place, so it changes.
        func inode(_ path: String) -> UInt64? {
            var info = stat()
            return stat(site + "/" + path, &info) == 0 ? UInt64(info.st_ino) : nil
        }
    }

    /// One build's output: `files` put (as the build renders them) into the site expected to hold `expected`.
    private struct Writer {
        var site: String
        var changed: Set<String>

        func update(files: [OutputFile], expected: Set<String>, previous: [String: Int]) throws -> OutputOutcome {
            let output = try InPlaceSiteOutput(siteDir: site, paths: expected.sorted(), previous: previous, changedSources: changed)
            return output.finish(files.map(output.put))
        }
    }

    private static func page(_ path: String, _ text: String) -> OutputFile { OutputFile(path: path, content: .text(text)) }

    @Test func onlyChangedFilesAreRewrittenAndGoneOnesDeleted() throws {
        let folders = try Folders()
        let first = [Self.page("index.html", "inicio"), Self.page("guia/index.html", "guía"), Self.page("viejo/index.html", "viejo")]
        let built = try folders.writer().update(files: first, expected: Set(first.map(\.path)), previous: [:])
        #expect(built.diagnostics.isEmpty)
        #expect(Set(built.changedFiles) == Set(first.map(\.path)))
        let untouched = folders.inode("index.html")

        let second = [Self.page("index.html", "inicio"), Self.page("guia/index.html", "guía, editada")]
        let rebuilt = try folders.writer().update(files: second, expected: Set(second.map(\.path)), previous: built.files)
        #expect(rebuilt.changedFiles == ["guia/index.html", "viejo/index.html"])
        #expect(folders.text("guia/index.html") == "guía, editada")
        #expect(folders.text("viejo/index.html") == nil)
        #expect(folders.inode("index.html") == untouched)
        #expect(Set(rebuilt.files.keys) == ["index.html", "guia/index.html"])
    }

    /// Generated files (the search index's) are made as they are put: written, and fingerprinted
    /// as the same text given up front, so a rebuild leaves them when their bytes did not change.
    @Test func generatedTextIsWrittenAndFingerprintedAsItsText() throws {
        let folders = try Folders()
        let made = OutputFile(path: "assets/search/p0.js", content: .generated { "contenido" })
        #expect(made.fingerprint == Self.page(made.path, "contenido").fingerprint)
        let built = try folders.writer().update(files: [made], expected: [made.path], previous: [:])
        #expect(folders.text(made.path) == "contenido")
        let inode = folders.inode(made.path)
        let again = try folders.writer().update(files: [Self.page(made.path, "contenido")], expected: [made.path], previous: built.files)
        #expect(again.changedFiles.isEmpty && folders.inode(made.path) == inode)
    }

    @Test func aPageNotReRenderedButStillExpectedIsKept() throws {
        let folders = try Folders()
        let all = [Self.page("index.html", "inicio"), Self.page("guia/index.html", "guía")]
        let built = try folders.writer().update(files: all, expected: Set(all.map(\.path)), previous: [:])
        let rebuilt = try folders.writer().update(files: [Self.page("index.html", "inicio 2")], expected: Set(all.map(\.path)),
                                              previous: built.files)
        #expect(rebuilt.changedFiles == ["index.html"])
        #expect(folders.text("guia/index.html") == "guía")
        #expect(rebuilt.files["guia/index.html"] == built.files["guia/index.html"])
    }

    @Test func aCopiedAssetIsCopiedAgainWhenItsSourceChanged() throws {
        let folders = try Folders()
        let source = folders.docs + "/logo.svg"
        try "<svg>1</svg>".write(toFile: source, atomically: false, encoding: .utf8)
        let asset = OutputFile(path: "logo.svg", content: .copy(from: source))
        let built = try folders.writer().update(files: [asset], expected: ["logo.svg"], previous: [:])
        let unchanged = try folders.writer().update(files: [asset], expected: ["logo.svg"], previous: built.files)
        #expect(unchanged.changedFiles.isEmpty)
        // Same size, and a file system with coarse timestamps may keep the same time: the watcher's word counts.
        try "<svg>2</svg>".write(toFile: source, atomically: false, encoding: .utf8)
        let recopied = try folders.writer(changed: [source]).update(files: [asset], expected: ["logo.svg"], previous: built.files)
        #expect(recopied.changedFiles == ["logo.svg"])
        #expect(folders.text("logo.svg") == "<svg>2</svg>")
    }

    @Test func aFileThatCannotBeWrittenIsAnErrorAndIsRetriedNextTime() throws {
        let folders = try Folders()
        try FileManager.default.createDirectory(atPath: folders.site + "/bloqueado.html/dentro", withIntermediateDirectories: true)
        let files = [Self.page("index.html", "inicio"), Self.page("bloqueado.html", "no cabe")]
        let outcome = try folders.writer().update(files: files, expected: Set(files.map(\.path)), previous: [:])
        #expect(outcome.diagnostics.count == 1)
        #expect(outcome.diagnostics.first?.message.contains("bloqueado.html") == true)
        #expect(outcome.files["bloqueado.html"] == nil)
        #expect(outcome.files["index.html"] != nil)
        #expect(folders.text("index.html") == "inicio")
    }
}
