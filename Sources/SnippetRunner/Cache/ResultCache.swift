import Foundation

/// Remembers snippets that passed, in `.sitegen-cache/snippets/results/`, so an unchanged snippet is
/// neither compiled nor run again. The key hashes everything the verdict depends on: the code (its
/// hidden and included lines too), the words, the expected output, the library and the compiler.
/// A `timeline` snippet's entry also keeps its timeline, so a cached pass still has its picture.
struct ResultCache {
    /// `.sitegen-cache/snippets/results`.
    var directory: String
    /// The library's hash, or `""` without a library.
    var libraryHash: String
    var compilerVersion: String

    /// The cache key of `snippet` (line numbers are left out: moving a snippet keeps its verdict).
    func key(for snippet: Snippet) -> String {
        var hasher = SHA256()
        hasher.update(field: "sitegen-snippet-v1")
        hasher.update(field: compilerVersion)
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
        FileManager.default.fileExists(atPath: path(for: snippet))
    }

    /// The timeline stored with `snippet`'s pass (`nil`: none, or not a `timeline` snippet).
    func timeline(of snippet: Snippet) -> String? {
        guard snippet.recordsTimeline, let data = FileManager.default.contents(atPath: path(for: snippet)) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        guard text.hasPrefix(Self.passedLine) else { return nil }
        let timeline = String(text.dropFirst(Self.passedLine.count))
        return timeline.isEmpty ? nil : timeline
    }

    /// Records that `snippet` passed, with its timeline if it has one.
    func recordPass(_ snippet: Snippet, timeline: String? = nil) {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path(for: snippet), contents: Data((Self.passedLine + (timeline ?? "")).utf8))
    }

    private static let passedLine = "passed\n"

    private func path(for snippet: Snippet) -> String { "\(directory)/\(key(for: snippet))" }
}
