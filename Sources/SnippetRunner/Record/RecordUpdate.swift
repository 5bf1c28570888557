import Foundation
import SiteGen

/// The verification record after a run: the snippets that passed now, plus the earlier entries of
/// snippets this run did not look at (`--filter`) that are still in the pages unchanged. Entries of
/// snippets that failed, were edited or are gone are dropped.
struct RecordUpdate {
    var previous: VerificationRecord

    /// The record for every snippet of the site (`all`), given this run's `results`.
    func record(all: [Snippet], results: [SnippetResult]) -> VerificationRecord {
        let ran = Dictionary(results.map { ($0.snippet.index, $0) }) { first, _ in first }
        let entries = all.compactMap { snippet -> VerificationRecord.Entry? in
            guard let result = ran[snippet.index] else {
                return previous.entry(page: snippet.page, fingerprint: snippet.fingerprint)
            }
            guard let tool = result.verifiedBy else { return nil }
            return VerificationRecord.Entry(page: snippet.page, line: snippet.location.line, language: snippet.language.rawValue,
                                            fingerprint: snippet.fingerprint, tool: tool,
                                            timeline: result.timeline.map { $0.split(separator: "\n").map(String.init) })
        }
        return VerificationRecord(entries: entries)
    }

    /// Writes `record` to `path` unless the file already holds exactly it (so `serve` does not
    /// rebuild for nothing); a problem is a warning naming the file.
    static func write(_ record: VerificationRecord, to path: String, display: String) -> [Diagnostic] {
        let data = record.json()
        if FileManager.default.contents(atPath: path) == data { return [] }
        do { try record.write(to: path) } catch {
            return [.warning("cannot write the verification record: \(error.localizedDescription)", at: SourceLocation(file: display, line: 1))]
        }
        return []
    }
}
