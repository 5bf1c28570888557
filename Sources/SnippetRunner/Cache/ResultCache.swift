import Foundation

/// Remembers snippets that passed, in `.sitegen-cache/snippets/results/`, so an unchanged snippet is
/// neither compiled nor run again. The key hashes everything the verdict depends on: the code (its
/// hidden and included lines too), the words, the expected output, the library, the compiler and
/// its flags. An entry is a small file holding `passed`; anything else there (a file cut short by a
/// crash, say) is a miss, and the next pass replaces it.
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
        hasher.update(field: snippet.expectedOutput.map { "\($0.unordered)\n\($0.text)" } ?? "<none>")
        hasher.update(field: snippet.includedLines.map(\.text).joined(separator: "\n"))
        hasher.update(field: snippet.ownLines.map(\.text).joined(separator: "\n"))
        return hasher.hexDigest()
    }

    /// True when `snippet` passed before with the same key.
    func hasPassed(_ snippet: Snippet) -> Bool {
        FileManager.default.contents(atPath: path(for: snippet)) == Self.passed
    }

    /// Records that `snippet` passed (written aside and renamed, so no reader sees half an entry).
    func recordPass(_ snippet: Snippet) {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try? Self.passed.write(to: URL(fileURLWithPath: path(for: snippet)), options: .atomic)
    }

    private func path(for snippet: Snippet) -> String { "\(directory)/\(key(for: snippet))" }
}
