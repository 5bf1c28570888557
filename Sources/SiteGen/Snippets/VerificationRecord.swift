import Foundation

/// What `sitegen verify-snippets` proved, as the build reads it: one entry per snippet that passed,
/// kept in a small JSON file at the project root (`verified-snippets.json`, or `snippets: record:`)
/// that is committed with the pages, like a lock file.
///
/// The record is an explicit input of the build: the same sources and record give the same HTML on
/// every machine, and `serve` rebuilds when it changes. The build never runs code and never reads
/// `.sitegen-cache/`. An entry counts for a code block only while the block's fingerprint
/// (`SnippetFingerprint`) still matches, so an edited snippet loses its badge until it is verified again.
///
///     {
///       "version": 1,
///       "snippets": [
///         { "page": "hilos.md", "line": 12, "language": "swift", "fingerprint": "9f1c…", "tool": "Swift 6.3.1" }
///       ]
///     }
public struct VerificationRecord: Sendable, Hashable {
    /// One verified snippet.
    public struct Entry: Sendable, Hashable, Codable {
        /// The page, relative to the docs folder (`hilos.md`).
        public var page: String
        /// The line of the snippet's opening fence (for people reading the file; matching uses the fingerprint).
        public var line: Int
        /// The fence's language (`swift`, `python`).
        public var language: String
        /// `SnippetFingerprint` of the block when it passed.
        public var fingerprint: String
        /// What verified it, as the badge names it (`Swift 6.3.1`, `Python 3.11.7`).
        public var tool: String
        /// For a `timeline` snippet, what its threads did in the verified run: the lines of
        /// `ThreadTimeline.serialized` (one JSON string per line, so the file diffs well). Absent otherwise.
        public var timeline: [String]?

        public init(page: String, line: Int, language: String, fingerprint: String, tool: String, timeline: [String]? = nil) {
            self.page = page
            self.line = line
            self.language = language
            self.fingerprint = fingerprint
            self.tool = tool
            self.timeline = timeline
        }

        /// The recorded timeline, read back; `nil` without one (or one this version cannot read).
        public var threadTimeline: ThreadTimeline? {
            timeline.flatMap { ThreadTimeline(serialized: $0.joined(separator: "\n")) }
        }
    }

    /// The file's format version; a newer one is read as empty (with a warning).
    public static let formatVersion = 1
    /// The default file name, at the project root.
    public static let defaultFileName = "verified-snippets.json"

    /// Entries in page order, then line order.
    public private(set) var entries: [Entry]
    /// Where each page's entries are in `entries` (every page of a build asks for its own).
    private var pageRanges: [String: Range<Int>] = [:]

    public init(entries: [Entry] = []) {
        self.entries = entries.sorted { ($0.page, $0.line, $0.fingerprint) < ($1.page, $1.line, $1.fingerprint) }
        var start = 0
        for index in self.entries.indices where index + 1 == self.entries.count || self.entries[index + 1].page != self.entries[index].page {
            pageRanges[self.entries[index].page] = start..<(index + 1)
            start = index + 1
        }
    }

    /// The entries of one page (docs-relative path), for its renderer.
    public func entries(forPage page: String) -> [Entry] {
        pageRanges[page].map { Array(entries[$0]) } ?? []
    }

    /// The entry for the block of `page` whose fingerprint is `fingerprint`, if it was verified.
    public func entry(page: String, fingerprint: String) -> Entry? {
        pageRanges[page].flatMap { range in entries[range].first { $0.fingerprint == fingerprint } }
    }

    // MARK: Reading and writing

    private struct FileShape: Codable {
        var version: Int
        var snippets: [Entry]
    }

    /// The JSON written: keys sorted, one entry per line group, no timestamps (so an unchanged
    /// verification leaves the file byte for byte the same).
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(FileShape(version: Self.formatVersion, snippets: entries))) ?? Data()
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Writes the record to `path` (atomically).
    public func write(to path: String) throws {
        try json().write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// The record at `path`: empty when there is none; empty with a warning naming the file when it
    /// cannot be read (the build goes on without badges).
    public static func read(from path: String, display: String) -> (record: VerificationRecord, diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else { return (VerificationRecord(), []) }
        let location = SourceLocation(file: display, line: 1)
        do {
            let shape = try JSONDecoder().decode(FileShape.self, from: data)
            guard shape.version <= formatVersion else {
                return (VerificationRecord(), [.warning("verification record version \(shape.version) is newer than this sitegen reads (\(formatVersion)); snippets are shown without badges", at: location)])
            }
            return (VerificationRecord(entries: shape.snippets), [])
        } catch {
            return (VerificationRecord(), [.warning("cannot read the verification record (\(Self.reason(error))); snippets are shown without badges until `sitegen verify-snippets` writes it again", at: location)])
        }
    }

    private static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): "not valid JSON: \(context.debugDescription)"
        case DecodingError.keyNotFound(let key, _): "missing key '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context): "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: "\(error)"
        }
    }
}
