import Foundation

/// Writes a verification as JSON (`--json FILE`): the counts and, per snippet, its place, mode,
/// verdict, reason and compile/run times in seconds.
public enum JSONReportWriter {
    private struct Document: Encodable {
        var passed: Int, failed: Int, skipped: Int, duration: Double
        var snippets: [Entry]
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
                                duration: report.duration, snippets: entries)
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
