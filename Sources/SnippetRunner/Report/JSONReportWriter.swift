import Foundation

/// Writes a verification as JSON (`--json FILE`): the counts and, per snippet, its place, mode,
/// verdict, reason and compile/run times in seconds.
public enum JSONReportWriter {
    private struct Document: Encodable {
        var passed: Int, failed: Int, skipped: Int, duration: Double
        var shard: Shard?
        var snippets: [Entry]
    }

    /// With `--shard I/N`: `{"index": 2, "count": 4, "snippets": 15, "totalSnippets": 60, …}`.
    private struct Shard: Encodable {
        var index: Int, count: Int, snippets: Int, totalSnippets: Int
        var balancedBy: String, plan: String
    }

    private struct Entry: Encodable {
        var file: String, line: Int, info: String, language: String
        var status: String
        var reason: String?
        var compileSeconds: Double, runSeconds: Double, cached: Bool
    }

    /// The JSON text of `report`.
    public static func json(_ report: VerificationReport) throws -> String {
        let entries = report.results.map { result in
            Entry(file: result.snippet.location.file, line: result.snippet.location.line, info: result.snippet.rawInfo,
                  language: result.snippet.language.rawValue,
                  status: result.status.label, reason: result.status.reason?.description ?? result.skipReason,
                  compileSeconds: result.compileTime, runSeconds: result.runTime, cached: result.fromCache)
        }
        let document = Document(passed: report.passed, failed: report.failed, skipped: report.skipped,
                                duration: report.duration,
                                shard: report.shard.map { Shard(index: $0.shard.index, count: $0.shard.count, snippets: $0.snippets,
                                                                totalSnippets: $0.totalSnippets, balancedBy: $0.balancedBy, plan: $0.plan) },
                                snippets: entries)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    /// Writes `report` to `path` atomically.
    public static func write(_ report: VerificationReport, to path: String) throws {
        try json(report).write(toFile: path, atomically: true, encoding: .utf8)
    }
}

extension SnippetResult.Status {
    /// `passed`, `failed` or `skipped`.
    var label: String {
        switch self {
        case .passed: "passed"
        case .failed: "failed"
        case .skipped: "skipped"
        }
    }

    /// Why it failed, if it did.
    var reason: FailureReason? {
        if case .failed(let reason) = self { return reason }
        return nil
    }
}
