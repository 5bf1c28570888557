/// Rewrites what Python prints about a snippet's script so it names the Markdown page instead:
/// `File "/…/work-…/python/Snippet_3.py", line 7, in foo` becomes `content/x.md:42, in foo`
/// (hidden and included lines counted: line N of the script is `compiledLines[N - 1]`).
enum PythonTraceback {
    static func mapped(_ text: String, script: String, snippet: Snippet) -> String {
        let prefix = "File \"\(script)\", line "
        guard text.contains(prefix) else { return text }
        let lines = snippet.compiledLines
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: prefix) {
            out += rest[..<range.lowerBound]
            rest = rest[range.upperBound...]
            let digits = rest.prefix { $0.isNumber }
            rest = rest.dropFirst(digits.count)
            if let number = Int(digits), number >= 1, number <= lines.count {
                out += "\(snippet.location.file):\(lines[number - 1].fileLine)"
            } else {
                out += prefix + digits
            }
        }
        return out + rest
    }
}
