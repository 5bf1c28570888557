import Foundation
import SiteGen
import Testing
@testable import SnippetRunner

/// The cache of passes: a snippet is skipped only when nothing its verdict depends on changed.
@Suite struct ResultCacheTests {
    private static func snippet(_ code: String, line: Int = 3, output: String? = "hola") -> Snippet {
        let file = "content/x.md"
        return Snippet(index: 0, location: SourceLocation(file: file, line: line), rawInfo: "swift", mode: .run, timeout: 10,
                       ownLines: [Snippet.Line(code, fileLine: line + 1)],
                       expectedOutput: output.map { ExpectedOutput(text: $0, unordered: false, location: SourceLocation(file: file, line: line + 3),
                                                                   firstTextLine: line + 4) })
    }

    private static func withCache(_ body: (ResultCache, String) throws -> Void) throws {
        let folder = NSTemporaryDirectory() + "result-cache-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(ResultCache(directory: folder, libraryHash: "lib-1", compilerVersion: "Swift version 6.3.1"), folder)
    }

    @Test func aRecordedPassIsAHitEvenWhenTheSnippetMoved() throws {
        try Self.withCache { cache, _ in
            let snippet = Self.snippet(#"print("hola")"#)
            #expect(!cache.hasPassed(snippet))
            cache.recordPass(snippet)
            #expect(cache.hasPassed(snippet))
            #expect(cache.hasPassed(Self.snippet(#"print("hola")"#, line: 40)))
        }
    }

    @Test func changedSourceOrExpectedOutputIsAMiss() throws {
        try Self.withCache { cache, _ in
            cache.recordPass(Self.snippet(#"print("hola")"#))
            #expect(!cache.hasPassed(Self.snippet(#"print("adiós")"#)))
            #expect(!cache.hasPassed(Self.snippet(#"print("hola")"#, output: "adiós")))
            #expect(!cache.hasPassed(Self.snippet(#"print("hola")"#, output: nil)))
        }
    }

    @Test func anotherCompilerFlagsOrLibraryIsAMiss() throws {
        try Self.withCache { cache, _ in
            let snippet = Self.snippet(#"print("hola")"#)
            cache.recordPass(snippet)
            var otherCompiler = cache
            otherCompiler.compilerVersion = "Swift version 6.4"
            var otherFlags = cache
            otherFlags.compilerFlags = SwiftToolchain.commonFlags.filter { $0 != "-Onone" } + ["-O"]
            var otherLibrary = cache
            otherLibrary.libraryHash = "lib-2"
            #expect(!otherCompiler.hasPassed(snippet))
            #expect(!otherFlags.hasPassed(snippet))
            #expect(!otherLibrary.hasPassed(snippet))
        }
    }

    @Test func aCorruptedEntryIsAMissAndTheNextPassRepairsIt() throws {
        try Self.withCache { cache, folder in
            let snippet = Self.snippet(#"print("hola")"#)
            cache.recordPass(snippet)
            let entry = folder + "/" + cache.key(for: snippet)
            for damaged in [Data(), Data("pas".utf8), Data([0xFF, 0x00, 0x13])] {
                try damaged.write(to: URL(fileURLWithPath: entry))
                #expect(!cache.hasPassed(snippet))
            }
            cache.recordPass(snippet)
            #expect(cache.hasPassed(snippet))
        }
    }
}
