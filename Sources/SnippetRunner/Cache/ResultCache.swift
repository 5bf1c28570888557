import Foundation
import SiteGen

/// Remembers snippets that passed, in `.sitegen-cache/snippets/results/`, so an unchanged snippet is
/// neither compiled nor run again. The key hashes everything the verdict depends on: the code (its
/// hidden and included lines too), the words, the expected output, the library, the compiler and
/// its flags. An entry is a small file holding `passed`, followed for a `timeline` snippet by its
/// timeline's text (so a cached pass still has its picture); anything else there (a file cut short
/// by a crash, say) is a miss, and the next pass replaces it.
struct ResultCache {
    /// `.sitegen-cache/snippets/results`.
    var directory: String
    /// The library's hash, or `""` without a library.
    var libraryHash: String
    var compilerVersion: String
    /// The flags every snippet compiles with (the library's own flags are covered by its hash).
    var compilerFlags = SwiftToolchain.commonFlags

    private static let passed = Data("passed\n".utf8)

    /// The cache key of `snippet` (line numbers are left out: moving a snippet keeps its verdict).
    func key(for snippet: Snippet) -> String {
        var hasher = SHA256()
        hasher.update(field: "sitegen-snippet-v1")
        hasher.update(field: compilerVersion)
        hasher.update(field: compilerFlags.joined(separator: " "))
        hasher.update(field: libraryHash)
        hasher.update(field: "\(snippet.mode)")
        hasher.update(field: "\(snippet.timeout)")
        if snippet.recordsTimeline { hasher.update(field: "timeline") }
        hasher.update(field: snippet.expectedOutput.map { "\($0.unordered)\n\($0.text)" } ?? "<none>")
        hasher.update(field: snippet.includedLines.map(\.text).joined(separator: "\n"))
        hasher.update(field: snippet.ownLines.map(\.text).joined(separator: "\n"))
        return hasher.hexDigest()
    }

    /// True when `snippet` passed before with the same key.
    func hasPassed(_ snippet: Snippet) -> Bool {
        entry(of: snippet) != nil
    }

    /// The timeline stored with `snippet`'s pass (`nil`: none, or not a `timeline` snippet).
    func timeline(of snippet: Snippet) -> String? {
        guard let stored = entry(of: snippet), !stored.isEmpty else { return nil }
        return stored
    }

    /// Records that `snippet` passed, with its timeline if it has one (written aside and renamed,
    /// so no reader sees half an entry).
    func recordPass(_ snippet: Snippet, timeline: String? = nil) {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let contents = Self.passed + Data((snippet.recordsTimeline ? timeline ?? "" : "").utf8)
        try? contents.write(to: URL(fileURLWithPath: path(for: snippet)), options: .atomic)
    }

    /// What follows `passed` in a valid entry (`""` for a plain pass); `nil` when there is no valid entry.
    private func entry(of snippet: Snippet) -> String? {
        guard let data = FileManager.default.contents(atPath: path(for: snippet)), data.starts(with: Self.passed) else { return nil }
        let rest = String(decoding: data.dropFirst(Self.passed.count), as: UTF8.self)
        if rest.isEmpty { return "" }
        return snippet.recordsTimeline && ThreadTimeline(serialized: rest) != nil ? rest : nil
    }

    private func path(for snippet: Snippet) -> String { "\(directory)/\(key(for: snippet))" }
}
