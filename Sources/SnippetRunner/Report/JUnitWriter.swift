import Foundation

/// Writes a verification as JUnit XML (`--junit FILE`), one `<testsuite>` per Markdown file and one
/// `<testcase>` per snippet (`name` is `file:line`, `time` is compile + run seconds), for CI dashboards.
public enum JUnitWriter {
    /// The XML text of `report`.
    public static func xml(_ report: VerificationReport) -> String {
        var files: [String] = []
        var byFile: [String: [SnippetResult]] = [:]
        for result in report.results {
            let file = result.snippet.location.file
            if byFile[file] == nil { files.append(file) }
            byFile[file, default: []].append(result)
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let name = report.shard.map { "verify-snippets shard \($0.shard)" } ?? "verify-snippets"
        out += "<testsuites name=\"\(name)\" tests=\"\(report.results.count)\" failures=\"\(report.failed)\" skipped=\"\(report.skipped)\" time=\"\(seconds(report.duration))\">\n"
        for file in files {
            let results = byFile[file] ?? []
            let failures = results.filter(\.failed).count
            let skipped = results.filter { $0.status == .skipped }.count
            out += "  <testsuite name=\"\(escape(file))\" tests=\"\(results.count)\" failures=\"\(failures)\" skipped=\"\(skipped)\">\n"
            for result in results { out += testCase(result) }
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }

    /// Writes `report` to `path` atomically.
    public static func write(_ report: VerificationReport, to path: String) throws {
        try xml(report).write(toFile: path, atomically: true, encoding: .utf8)
    }

    private static func testCase(_ result: SnippetResult) -> String {
        let time = seconds(result.compileTime + result.runTime)
        let open = "    <testcase classname=\"\(escape(result.snippet.location.file))\" name=\"\(escape(result.snippet.name))\" time=\"\(time)\""
        switch result.status {
        case .passed:
            return open + "/>\n"
        case .skipped:
            let message = result.skipReason.map { " message=\"\(escape($0))\"" } ?? ""
            return open + ">\n      <skipped\(message)/>\n    </testcase>\n"
        case .failed(let reason):
            let lines = reason.description.split(separator: "\n", omittingEmptySubsequences: false)
            let message = escape(String(lines.first ?? ""))
            return open + ">\n      <failure message=\"\(message)\">\(escape(reason.description))</failure>\n    </testcase>\n"
        }
    }

    private static func seconds(_ value: Double) -> String { String(format: "%.3f", value) }

    private static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                // XML 1.0 has no place for other control characters (a snippet may print them).
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { out += "?" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
