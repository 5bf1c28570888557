import Foundation

/// Writes the Swift source the compiler sees for snippets, with `#sourceLocation` lines so every
/// diagnostic names the Markdown file and line, never a generated file.
enum SnippetSourceWriter {
    /// The snippet as a `main.swift` of its own: exactly what its author wrote, top-level code and all.
    static func standalone(_ snippet: Snippet) -> String {
        var out = ""
        append(snippet.compiledLines, file: snippet.location.file, to: &out)
        out += "#sourceLocation()\n"
        return out
    }

    /// The snippet in its own namespace, for a merged build: imports stay at file level, everything
    /// else becomes the body of `Snippet_N.main()`, isolated to the main actor like top-level code.
    static func namespaced(_ snippet: Snippet) -> String {
        let lines = snippet.compiledLines
        let shape = SnippetShape(lines: lines.map(\.text))
        let imports = lines.indices.filter { shape.importLines.contains($0) }.map { lines[$0] }
        let body = lines.indices.filter { !shape.importLines.contains($0) }.map { lines[$0] }
        var out = ""
        if !imports.isEmpty {
            append(imports, file: snippet.location.file, to: &out)
            out += "#sourceLocation()\n"
        }
        out += "enum \(snippet.namespace) {\n@MainActor static func main() throws {\n"
        append(body, file: snippet.location.file, to: &out)
        out += "#sourceLocation()\n}\n}\n"
        return out
    }

    /// The `main.swift` of a merged build: runs the snippet named by the first argument.
    static func dispatcher(for snippets: [Snippet]) -> String {
        var out = "let snippetName = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : \"\"\n"
        out += "switch snippetName {\n"
        for snippet in snippets {
            out += "case \"\(snippet.namespace)\": try \(snippet.namespace).main()\n"
        }
        out += "default: fatalError(\"no snippet named '\\(snippetName)'\")\n}\n"
        return out
    }

    /// Appends `lines`, restating the Markdown position whenever it does not follow the previous line.
    private static func append(_ lines: [Snippet.Line], file: String, to out: inout String) {
        var expected: Int?
        for line in lines {
            if line.fileLine != expected {
                out += "#sourceLocation(file: \"\(escaped(file))\", line: \(line.fileLine))\n"
            }
            out += line.text + "\n"
            expected = line.fileLine + 1
        }
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
