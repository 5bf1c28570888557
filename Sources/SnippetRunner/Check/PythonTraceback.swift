/// Rewrites what Python prints about a snippet's script so it names the Markdown page instead:
/// `File "/…/work-…/python/Snippet_3.py", line 7, in foo` becomes `content/x.md:42, in foo`, and a
/// warning's `/…/Snippet_3.py:7: DeprecationWarning` becomes `content/x.md:42: DeprecationWarning`
/// (hidden and included lines counted: line N of the script is `compiledLines[N - 1]`).
enum PythonTraceback {
    static func mapped(_ text: String, script: String, snippet: Snippet) -> String {
        guard text.contains(script) else { return text }
        var mapped = text
        for prefix in ["File \"\(script)\", line ", "\(script):"] {
            mapped = replacing(prefix, in: mapped) { number in
                number >= 1 && number <= snippet.compiledLines.count
                    ? "\(snippet.location.file):\(snippet.compiledLines[number - 1].fileLine)" : nil
            }
        }
        return mapped
    }

    /// `text` with each `prefix` followed by a line number replaced by `location(number)` (kept when `nil`).
    private static func replacing(_ prefix: String, in text: String, with location: (Int) -> String?) -> String {
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: prefix) {
            out += rest[..<range.lowerBound]
            rest = rest[range.upperBound...]
            let digits = rest.prefix { $0.isNumber }
            rest = rest.dropFirst(digits.count)
            out += Int(digits).flatMap(location) ?? (prefix + digits)
        }
        return out + rest
    }
}
