import Foundation

/// The compiler `sitegen verify-snippets` last verified the snippets with, as the build shows it in
/// the "verificado" badge's title. `verify-snippets` records it in the project's `.sitegen-cache/`
/// (it asks `swiftc --version` anyway); the build only reads that file, so it never starts a compiler.
public enum VerifiedCompiler {
    /// Where the record lives, relative to the project root.
    public static let recordPath = ".sitegen-cache/snippets/compiler-version"

    /// Records `versionLine` (the first line of `swiftc --version`) for the project at `projectRoot`.
    public static func record(_ versionLine: String, projectRoot: String) {
        let path = "\(projectRoot)/\(recordPath)"
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? Data((versionLine + "\n").utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// The recorded compiler as a short name (`Swift 6.3.1`); `nil` when snippets were never verified here.
    public static func displayName(projectRoot: String) -> String? {
        guard let data = FileManager.default.contents(atPath: "\(projectRoot)/\(recordPath)") else { return nil }
        return displayName(ofVersionLine: String(decoding: data, as: UTF8.self))
    }

    /// `Swift 6.3.1` for `Swift version 6.3.1 (swift-6.3.1-RELEASE)`; other text trimmed as it is.
    public static func displayName(ofVersionLine line: String) -> String? {
        let text = line.split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard !text.isEmpty else { return nil }
        let words = text.split(separator: " ")
        if let at = words.firstIndex(of: "version"), at > 0, at + 1 < words.count {
            return "\(words[at - 1]) \(words[at + 1])"
        }
        return text
    }
}
